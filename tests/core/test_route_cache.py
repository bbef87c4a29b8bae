"""Routing a path reads the pages along it and the page itself once per
generation of the page cache (core/i18n.py): the next reader of the path,
with another query string, time zone or language, reads them from the
shared cache; what it does not know yet is read afresh."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import HomePage, StandardPage
from tests.core.i18n_support import add_child, all_locales, english_home

pytestmark = pytest.mark.django_db


def routing_queries(client, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in queries if '"wagtailcore_page"."url_path" IN' in query["sql"]]


@pytest.fixture
def about():
    all_locales()
    return add_child(english_home(), title="About us", slug="about")


def test_the_next_reader_of_a_path_does_not_read_it_again(client, about):
    assert len(routing_queries(client, "/en/about/?first")) == 1
    assert routing_queries(client, "/en/about/?second") == []
    # No French home yet: a French reader crosses the same pages, already read.
    assert routing_queries(client, "/fr/about/?in-french") == []


def test_a_publish_reads_the_path_again(client, about):
    routing_queries(client, "/en/about/?before")
    about.title = "About the association"
    about.save_revision().publish()
    assert len(routing_queries(client, "/en/about/?after")) == 1
    assert "About the association" in client.get("/en/about/?again").content.decode()


def test_a_page_made_live_without_a_publish_is_found_at_once(client, about):
    assert client.get("/en/about/history/").status_code == 404  # the path is now known to lead nowhere
    # Saved live with no publish signal (a script, a data migration): the
    # generation stays as it was.
    about.add_child(instance=StandardPage(title="Our history", slug="history", live=True))
    response = client.get("/en/about/history/")
    assert response.status_code == 200
    assert "Our history" in response.content.decode()


def test_the_next_reader_of_a_page_does_not_read_it_again(client, about):
    client.get("/en/about/?first")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/about/?second").status_code == 200
    assert [query for query in queries if 'FROM "home_homepage"' in query["sql"]] == []


def test_a_page_removed_behind_the_caches_back_is_a_404_not_an_error(client, about, render_every_time):
    # With the page cache off the page itself is read each time; the pages
    # along its path are still kept.
    routing_queries(client, "/en/about/?known")
    for model in (HomePage, Page):  # no signal, no purge
        model.objects.filter(pk=about.pk)._raw_delete(connection.alias)
    assert client.get("/en/about/?gone").status_code == 404


def test_the_next_reader_of_a_fallback_does_not_look_for_the_translation_again(client, about):
    # No French "about" page: shown in English with the notice, after one look for it.
    with CaptureQueriesContext(connection) as first:
        assert "translation-notice" in client.get("/fr/about/?first").content.decode()
    with CaptureQueriesContext(connection) as second:
        assert "translation-notice" in client.get("/fr/about/?second").content.decode()
    def looks(queries) -> list[str]:
        return [query["sql"] for query in queries if query["sql"].startswith('SELECT "wagtailcore_page"."id"')
                and '"wagtailcore_page"."translation_key" = ' in query["sql"]
                and '"wagtailcore_locale"."language_code" = ' in query["sql"]]

    assert len(looks(first)) == 1
    assert looks(second) == []
