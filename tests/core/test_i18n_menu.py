"""The menu and footer link the reader's language: a page's live translation,
else the page under the reader's prefix, served with the fallback notice."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, Site

from core import cache
from home.models import Footer, NavigationMenu
from home.templatetags.site_tags import site_chrome
from tests.core.i18n_support import HOME_TITLES, LANGUAGE_CODES, add_child, all_locales, english_home, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_with_menu():
    """English menu and footer (the only ones: every language falls back to
    them) linking an about page translated into French only, and a mission
    page translated into nothing yet."""
    all_locales()
    home = english_home()
    home.title = HOME_TITLES["en"]
    home.save_revision().publish()
    for code in LANGUAGE_CODES[1:]:
        translate(home, code, title=HOME_TITLES[code])
    about = add_child(home, title="About us", slug="about")
    mission = add_child(home, title="Our mission", slug="mission")
    translate(about, "fr", title="À propos", slug="a-propos")
    translate(about, "ja", title="私たちについて", slug="watashitachi", publish=False)  # a draft is not linked
    site = Site.objects.get(is_default_site=True)
    english = Locale.objects.get(language_code="en")
    items = [("item", {"page": page, "url": "", "label": ""}) for page in (about, mission)]
    NavigationMenu.objects.create(site=site, locale=english, items=items)
    Footer.objects.create(site=site, locale=english, text="<p>Since 1986.</p>", links=items)
    return {"about": about, "mission": mission}


def links(html: str, where: str) -> list[tuple[str, str]]:
    if where == "menu":
        part = html.split('<nav class="main-menu"', 1)[1].split("</nav>", 1)[0]
    else:
        part = html.split('class="footer-links"', 1)[1].split("</ul>", 1)[0]
    return re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', part)


@pytest.mark.parametrize("where", ["menu", "footer"])
def test_french_reader_gets_the_french_page_and_the_fallback_under_fr(client, site_with_menu, where):
    html = client.get("/fr/").content.decode()

    assert links(html, where) == [("/fr/a-propos/", "À propos"), ("/fr/mission/", "Our mission")]


@pytest.mark.parametrize("where", ["menu", "footer"])
def test_english_reader_keeps_the_english_links(client, site_with_menu, where):
    html = client.get("/en/").content.decode()

    assert links(html, where) == [("/en/about/", "About us"), ("/en/mission/", "Our mission")]


def test_untranslated_page_is_linked_under_the_readers_prefix_and_shows_the_notice(client, site_with_menu):
    html = client.get("/uk/").content.decode()
    menu = dict(links(html, "menu"))
    assert menu == {"/uk/about/": "About us", "/uk/mission/": "Our mission"}
    assert "/en/" not in "".join(menu)

    page = client.get("/uk/mission/")

    assert page.status_code == 200
    html = page.content.decode()
    assert "Our mission" in html
    assert "Ця сторінка ще недоступна мовою «українська». Її показано мовою «англійська»." in html
    # The menu on the fallback page stays in the reader's prefix too.
    assert dict(links(html, "menu")) == menu


def test_a_draft_translation_is_not_linked(client, site_with_menu):
    html = client.get("/ja/").content.decode()

    assert links(html, "menu")[0] == ("/ja/about/", "About us")


def test_publishing_a_translation_updates_the_cached_menu(client, site_with_menu):
    assert ("/es/mission/", "Our mission") in links(client.get("/es/").content.decode(), "menu")
    before = cache.chrome_generation()

    translate(site_with_menu["mission"], "es", title="Nuestra misión", slug="mision")

    assert cache.chrome_generation() > before
    assert ("/es/mision/", "Nuestra misión") in links(client.get("/es/").content.decode(), "menu")


def test_the_menu_finds_every_translation_in_one_query(rf, site_with_menu):
    counts = {}
    for code in ("en", "fr"):
        with translation.override(code):
            site_chrome(rf.get(f"/{code}/"))  # site and root paths cached, as on a running site
            cache.purge_chrome()
            with CaptureQueriesContext(connection) as queries:
                chrome = site_chrome(rf.get(f"/{code}/"))
        counts[code] = len(queries)
    assert chrome["menu"][0][:2] == ("À propos", "/fr/a-propos/")
    assert counts["fr"] == counts["en"], counts  # the pages and their translations: one query


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_an_english_label_in_the_menu_and_footer_is_marked_english(client, site_with_menu, code):
    html = client.get(f"/{code}/").content.decode()

    menu = html.split('<nav class="main-menu"', 1)[1].split("</nav>", 1)[0]
    assert f'<a href="/{code}/mission/" lang="en" dir="ltr">Our mission</a>' in menu
    footer = html.split('<footer', 1)[1]
    assert '<div class="site-footer__text" lang="en" dir="ltr"><p>Since 1986.</p></div>' in footer
    assert f'<a href="/{code}/mission/" lang="en" dir="ltr">Our mission</a>' in footer
    if code == "fr":
        assert '<a href="/fr/a-propos/">À propos</a>' in menu  # in the reader's language: no mark
