"""Readers in every language: lang/dir, translated interface, switcher,
hreflang, and the fallback when a page is not translated yet."""

import re

import pytest
from django.conf import settings

from tests.core.i18n_support import (
    HOME_TITLES,
    LANGUAGE_CODES,
    RTL,
    SKIP_LINK,
    add_child,
    all_locales,
    english_home,
    translate,
)
from tests.frame import warm_frame

pytestmark = pytest.mark.django_db


@pytest.fixture
def homes():
    all_locales()
    home = english_home()
    home.title = HOME_TITLES["en"]
    home.save_revision().publish()
    pages = {"en": home}
    for code in LANGUAGE_CODES[1:]:
        pages[code] = translate(home, code, title=HOME_TITLES[code])
    return pages


def hreflangs(html: str) -> dict[str, str]:
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


def main_tag(html: str) -> str:
    return re.search(r"<main\b[^>]*>", html).group(0)


def switcher(html: str) -> dict[str, str]:
    nav = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    return dict(re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"', nav)[i][::-1] for i in range(nav.count("<a ")))


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_home_renders_in_each_language(client, homes, code, django_assert_max_num_queries):
    warm_frame(client, f"/{code}/")
    with django_assert_max_num_queries(15):
        response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    direction = "rtl" if code in RTL else "ltr"
    assert f'<html lang="{code}" dir="{direction}">' in html
    assert HOME_TITLES[code] in html
    assert SKIP_LINK[code] in html
    # Served in its own language: no fallback notice, no foreign lang on <main>.
    assert "translation-notice" not in html
    assert "lang=" not in main_tag(html)

    alternates = hreflangs(html)
    assert set(alternates) == set(LANGUAGE_CODES) | {"x-default"}
    assert alternates[code] == f"http://testserver/{code}/"
    assert alternates["x-default"] == "http://testserver/en/"

    links = switcher(html)
    assert links == {other: f"/{other}/" for other in LANGUAGE_CODES}
    # Each language is named in itself, marked with its own lang and dir.
    for other, name in settings.LANGUAGES:
        other_dir = "rtl" if other in RTL else "ltr"
        assert f'lang="{other}" dir="{other_dir}" data-language="{other}"' in html
        assert f">{name}</a>" in html
    assert html.count('aria-current="true"') == 1
    assert f'data-language="{code}" aria-current="true"' in html


def test_switcher_links_to_the_translation_else_to_that_languages_home(client, homes):
    about = add_child(homes["en"], title="About us", slug="about")
    translate(about, "fr", title="À propos", slug="a-propos")
    translate(about, "ja", title="私たちについて", slug="about-ja", publish=False)  # a draft is not shown

    html = client.get("/en/about/").content.decode()

    links = switcher(html)
    assert links["en"] == "/en/about/"
    assert links["fr"] == "/fr/a-propos/"
    assert links["ja"] == "/ja/"
    assert links["ar"] == "/ar/"
    assert set(hreflangs(html)) == {"en", "fr", "x-default"}


def test_untranslated_page_is_served_in_english_with_a_notice_in_the_readers_language(client, homes):
    add_child(homes["en"], title="Our mission", slug="mission")

    response = client.get("/uk/mission/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="uk" dir="ltr">' in html
    assert SKIP_LINK["uk"] in html  # the interface stays Ukrainian
    assert "Our mission" in html
    assert 'lang="en" dir="ltr"' in main_tag(html)
    assert "Ця сторінка ще недоступна мовою «українська». Її показано мовою «англійська»." in html
    assert switcher(html)["uk"] == "/uk/"


def test_fallback_notice_in_arabic_is_right_to_left_around_english_content(client, homes):
    add_child(homes["en"], title="Our mission", slug="mission")

    html = client.get("/ar/mission/").content.decode()

    assert '<html lang="ar" dir="rtl">' in html
    assert 'lang="en" dir="ltr"' in main_tag(html)
    assert '<p class="translation-notice" role="status" lang="ar" dir="rtl">' in html
    assert "هذه الصفحة غير متوفرة بعد باللغة" in html


def test_language_without_a_home_translation_falls_back_to_the_english_home(client):
    all_locales()
    home = english_home()

    response = client.get("/hu/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="hu" dir="ltr">' in html
    assert home.title in html
    assert "Ez az oldal még nem olvasható ezen a nyelven: magyar." in html


def test_english_slug_under_another_language_redirects_to_the_translated_slug(client, homes):
    about = add_child(homes["en"], title="About us", slug="about")
    translate(about, "fr", title="À propos", slug="a-propos")

    response = client.get("/fr/about/?ref=newsletter")

    assert response.status_code == 302
    assert response["Location"] == "/fr/a-propos/?ref=newsletter"
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "À propos" in page.content.decode()
    assert "translation-notice" not in page.content.decode()


def test_a_draft_translation_is_not_shown_the_english_page_is(client, homes):
    about = add_child(homes["en"], title="About us", slug="about")
    translate(about, "es", title="Sobre nosotros", slug="sobre-nosotros", publish=False)

    assert client.get("/es/sobre-nosotros/").status_code == 404
    html = client.get("/es/about/").content.decode()
    assert "About us" in html and "Sobre nosotros" not in html
    assert "Esta página aún no está disponible en español. Se muestra en inglés." in html


def test_a_page_missing_in_every_language_is_still_a_404(client, homes):
    response = client.get("/fr/no-such-page/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_synchronised_tree_placeholder_shows_the_notice(client):
    """With a synchronised tree, wagtail-localize puts an alias of the English
    page in the French tree; readers see it with the notice until an editor
    translates it."""
    from core.i18n import sync_locales

    home = english_home()
    add_child(home, title="Our mission", slug="mission")
    sync_locales(synchronise_trees=True)

    response = client.get("/fr/mission/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Our mission" in html
    assert "Cette page n'est pas encore disponible en français. Elle est affichée en anglais." in html
    # The placeholder is not a translation: no French alternate, switcher to /fr/.
    assert "fr" not in hreflangs(html)
    assert switcher(html)["fr"] == "/fr/"
