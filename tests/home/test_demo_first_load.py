"""The demo loaded on a database without it: a first load, and a load after
the translation locales exist (the tests in test_demo_content.py share one
load of the demo instead)."""

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page

from cities.models import CityProfilePage
from cms.demo import load

pytestmark = pytest.mark.django_db


def test_a_first_load_with_scale_on_an_empty_database_adds_them(db):
    # The benchmarks start this way: the site's cached root page is stale
    # (no children) by the time the synthetic cities are added.
    call_command("load_demo_content", "--scale", "2")
    assert CityProfilePage.objects.filter(slug__startswith="synthetic-").count() == 2


def test_translations_are_published_and_the_directory_falls_back_per_city(client, db):
    for code in ("fr", "uk"):
        Locale.objects.create(language_code=code)
    load()
    load()  # still idempotent with translations
    assert Page.objects.filter(locale__language_code="fr", url_path__endswith="/chambolle-musigny/").count() == 1
    directory = client.get("/fr/sister-cities/").content.decode()
    assert "Nos villes jumelles" in directory
    assert 'href="/fr/sister-cities/chambolle-musigny/"' in directory
    # No French Kaniv: the reader stays under /fr/, where the English page is served with the notice.
    assert 'href="/fr/sister-cities/kaniv/"' in directory
    assert directory.count('class="city-card"') == 7
    fallback = client.get("/fr/sister-cities/kaniv/")
    assert fallback.status_code == 200 and "Kaniv" in fallback.content.decode()
    kaniv = client.get("/uk/sister-cities/kaniv/").content.decode()
    assert "Канів" in kaniv
