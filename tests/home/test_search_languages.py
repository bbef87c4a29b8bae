"""Search in every language: a reader finds the pages of their language and
the English pages not translated yet (served to them under their prefix);
a query in Chinese or Japanese finds the pages containing it, on PostgreSQL
and on SQLite alike."""

import pytest

from home.models import StandardPage
from tests import content
from tests.core.i18n_support import HOME_TITLES, LANGUAGE_CODES, all_locales, english_home, localize, translate

pytestmark = pytest.mark.django_db

OTHER_LANGUAGES = [code for code in LANGUAGE_CODES if code != "en"]


@pytest.fixture
def site():
    """English pages about Kaniv and the Dnipro; the about page translated into French."""
    all_locales()
    home = english_home()
    homes = {code: translate(home, code, title=HOME_TITLES[code]) for code in OTHER_LANGUAGES}
    kaniv = content.add_page(home, StandardPage(title="Kaniv", slug="kaniv", intro="A town on the Dnipro."))
    about = content.add_page(home, StandardPage(title="About us", slug="about", intro="We visit Kaniv each May."))
    localize(about, "fr", {"title": "À propos", "slug": "a-propos", "intro": "Nous allons à Kaniv chaque mai."})
    return {"homes": homes, "home": home, "kaniv": kaniv, "about": about}


def found(client, code: str, query: str) -> list[tuple[str, str]]:
    response = client.get(f"/{code}/search/", {"q": query})
    assert response.status_code == 200
    return [(result.title, result.url) for result in response.context["results"]]


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_a_reader_finds_the_english_pages_not_translated_into_their_language(client, site, code):
    assert ("Kaniv", f"/{code}/kaniv/") in found(client, code, "Dnipro")


def test_a_french_reader_finds_the_french_page_once_and_the_fallback_marked_english(client, site):
    results = found(client, "fr", "Kaniv")

    assert sorted(results) == [("Kaniv", "/fr/kaniv/"), ("À propos", "/fr/a-propos/")]  # not "About us" too
    html = client.get("/fr/search/", {"q": "Kaniv"}).content.decode()
    assert '<h2 class="result-title" lang="en" dir="ltr"><a href="/fr/kaniv/">Kaniv</a></h2>' in html
    assert '<h2 class="result-title"><a href="/fr/a-propos/">À propos</a></h2>' in html


def test_an_english_reader_finds_only_english_pages(client, site):
    assert sorted(found(client, "en", "Kaniv")) == [("About us", "/en/about/"), ("Kaniv", "/en/kaniv/")]


@pytest.mark.parametrize("code, title, intro, query", [
    ("ja", "カニウ", "カニウはドニプロ川のほとりにある姉妹都市です。", "姉妹都市"),
    ("ja", "カニウ", "カニウはドニプロ川のほとりにある姉妹都市です。", "ドニプロ 都市"),
    ("zh-hans", "卡尼夫", "卡尼夫是第聂伯河畔的友好城市。", "友好城市"),
    ("zh-hans", "卡尼夫", "卡尼夫是第聂伯河畔的友好城市。", "卡尼夫"),
])
def test_a_query_in_chinese_or_japanese_finds_the_pages_containing_it(client, site, code, title, intro, query):
    localize(site["kaniv"], code, {"title": title, "intro": intro})

    results = found(client, code, query)

    assert (title, f"/{code}/kaniv/") in results
    assert ("Kaniv", f"/{code}/kaniv/") not in results  # the English source: translated, not listed
    html = client.get(f"/{code}/search/", {"q": query}).content.decode()
    assert "<mark>" in html.split('class="search-results"', 1)[1]
    assert found(client, code, "姉妹都市協会ではない") == []
