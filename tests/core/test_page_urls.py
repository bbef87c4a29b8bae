"""Listing URLs (resolved once per parent) equal Wagtail's own page URLs."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, Site

from cities.models import CityProfilePage
from core.page_urls import set_listing_urls, site_root_paths
from tests import content
from tests.core.i18n_support import all_locales, translate

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("host", ["localhost", "chapter.localhost"])
def test_listing_urls_match_page_urls_on_each_site_and_language(demo, host):
    french = all_locales()["fr"]
    for city in CityProfilePage.objects.filter(slug__in=["kaniv", "clermont-ferrand"]):
        for page in [*city.get_ancestors().filter(depth__gt=1).specific(), city]:
            if not page.has_translation(french):
                translate(page, "fr", title=f"{page.title} (fr)", slug=f"{page.slug}-fr")
    request = RequestFactory().get("/", HTTP_HOST=host)
    cities = list(CityProfilePage.objects.live().order_by("path"))
    assert len({city.locale_id for city in cities}) == 2
    with translation.override("fr"):
        set_listing_urls(cities, request)
        for city in cities:
            assert city.listing_url == city.get_url(request), city


def test_a_page_outside_every_site_keeps_wagtail_answer(db):
    root = Page.get_first_root_node()
    orphan = root.add_child(instance=Page(title="Nowhere", slug="nowhere"))
    set_listing_urls([orphan])
    assert orphan.listing_url is None and orphan.get_url() is None


def test_the_requests_site_comes_from_the_shared_cache_until_a_site_changes(db, django_assert_num_queries):
    """Wagtail's Site.find_for_request() queries the sites on every request;
    here they are kept with the page cache's generation, which a change of a
    site (or of a page) moves on."""
    home = content.home_page()
    other = Site.objects.create(hostname="partner.localhost", port=80, root_page=home, site_name="Partner")
    cache.clear()
    site_root_paths(RequestFactory().get("/", HTTP_HOST="partner.localhost"))  # a first reader, cold cache
    request = RequestFactory().get("/", HTTP_HOST="partner.localhost")
    with django_assert_num_queries(0):
        site_root_paths(request)
        assert Site.find_for_request(request) == other
    other.hostname = "twin.localhost"
    other.save()  # Wagtail forgets its root paths, the page cache its generation
    request = RequestFactory().get("/", HTTP_HOST="partner.localhost")
    site_root_paths(request)
    assert Site.find_for_request(request).is_default_site
