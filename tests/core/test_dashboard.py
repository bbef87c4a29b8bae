"""The dashboard's translations panel: per language, the pages with no copy
yet, linked to the report; two queries whatever the number of pages."""

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory

from cities.models import CityIndexPage, CityProfilePage
from core.dashboard import MissingTranslationsPanel
from tests.core.i18n_support import all_locales, english_home, translate

pytestmark = pytest.mark.django_db


def render(panel):
    request = RequestFactory().get("/admin/")
    request.user = get_user_model()(is_superuser=True)
    return panel.render_html({"request": request})


def test_missing_translations_per_language_in_two_queries(django_assert_num_queries):
    locales = all_locales()
    home = english_home()
    for code in locales:
        if code != "en":
            translate(home, code, title=f"Home {code}")
    with django_assert_num_queries(2):
        assert "Every page has a copy in every language." in render(MissingTranslationsPanel())

    cities = home.add_child(instance=CityIndexPage(title="Sister cities", slug="cities"))
    translate(cities, "fr", title="Villes jumelles")
    for i in range(6):
        cities.add_child(instance=CityProfilePage(title=f"City {i}", slug=f"city-{i}", country="UA"))
    with django_assert_num_queries(2):
        html = render(MissingTranslationsPanel())
    assert "6 pages not translated" in html  # French: the six cities
    assert "7 pages not translated" in html  # every other language: the index too
    assert f"?locale={locales['fr'].pk}&amp;status=missing&amp;kind=pages" in html
