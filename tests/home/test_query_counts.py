"""Every public page type renders in at most 15 queries, and the count does
not grow with the number of partner cities (--scale)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from cities.demo import add_synthetic_cities
from core import cache as page_cache
from core.demo import Report, child

pytestmark = pytest.mark.django_db

PAGES = [
    ("localhost", "/en/"),  # HomePage
    ("localhost", "/en/sister-cities/"),  # CityIndexPage
    ("localhost", "/en/sister-cities/kaniv/"),  # CityProfilePage
    ("localhost", "/en/history/"),  # HistoryPage
    ("localhost", "/en/board/"),  # StandardPage with the board
    ("localhost", "/en/mission/"),  # StandardPage
    ("chapter.localhost", "/en/quotes/"),  # QuotesPage
    ("chapter.localhost", "/en/directory/"),  # a chapter's directory
    ("localhost", "/en/search/?q=wine"),  # search
]


def cold_render_counts(client):
    # Warm the process (content types, site root paths) and make the image
    # renditions, as the first visit after publishing a picture does.
    for host, url in PAGES:
        client.get(url, HTTP_HOST=host)
    counts = {}
    for host, url in PAGES:
        page_cache.purge()  # a render right after an editor published
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, HTTP_HOST=host)
        assert response.status_code == 200, url
        counts[url if host == "localhost" else f"{host}{url}"] = len(queries)
    return counts


def test_public_pages_render_in_few_queries_whatever_the_number_of_cities(client, demo):
    small = cold_render_counts(client)
    sonoma = Site.objects.get(is_default_site=True)
    add_synthetic_cities(child(sonoma.root_page, "sister-cities"), 40, Report())
    large = cold_render_counts(client)
    assert max(large.values()) <= 15, large
    assert large == small
    directory = client.get("/en/sister-cities/")
    assert len(directory.context["directory"].cities) == 47


def test_a_cached_page_costs_no_query(client, demo, django_assert_num_queries):
    client.get("/en/sister-cities/")
    with django_assert_num_queries(0):
        response = client.get("/en/sister-cities/")
    assert response["X-Page-Cache"] == "hit"
