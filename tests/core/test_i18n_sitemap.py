"""sitemap.xml lists every live page of every language with its alternates."""

import xml.etree.ElementTree as ET

import pytest

from core.i18n import sync_locales
from tests.core.i18n_support import add_child, all_locales, english_home, translate

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def parse(response):
    root = ET.fromstring(response.content)
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_every_page_in_every_language_with_its_alternates(client, django_assert_max_num_queries):
    all_locales()
    home = english_home()
    translate(home, "fr", title="Accueil")
    translate(home, "ar", title="الرئيسية")
    about = add_child(home, title="About us", slug="about")
    translate(about, "fr", title="À propos", slug="a-propos")
    add_child(home, title="Our history", slug="history")  # English only
    draft = add_child(home, title="Draft", slug="draft")
    draft.unpublish()

    with django_assert_max_num_queries(15):
        response = client.get("/sitemap.xml")

    assert response.status_code == 200
    urls = parse(response)
    base = "http://localhost"  # the default Site's hostname
    assert set(urls) == {f"{base}/en/", f"{base}/fr/", f"{base}/ar/", f"{base}/en/about/",
                         f"{base}/fr/a-propos/", f"{base}/en/history/"}
    home_alternates = {"en": f"{base}/en/", "fr": f"{base}/fr/", "ar": f"{base}/ar/", "x-default": f"{base}/en/"}
    assert urls[f"{base}/fr/"] == home_alternates
    assert urls[f"{base}/ar/"] == home_alternates
    about_alternates = {"en": f"{base}/en/about/", "fr": f"{base}/fr/a-propos/", "x-default": f"{base}/en/about/"}
    assert urls[f"{base}/en/about/"] == about_alternates == urls[f"{base}/fr/a-propos/"]
    assert urls[f"{base}/en/history/"] == {"en": f"{base}/en/history/", "x-default": f"{base}/en/history/"}


def test_synchronised_placeholders_are_left_out(client):
    home = english_home()
    add_child(home, title="Our mission", slug="mission")
    sync_locales(synchronise_trees=True)  # aliases in eight languages

    urls = parse(client.get("/sitemap.xml"))

    assert set(urls) == {"http://localhost/en/", "http://localhost/en/mission/"}
