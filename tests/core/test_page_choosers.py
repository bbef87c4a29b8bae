"""Page choosers in a multilingual site: the chooser Wagtail opens from a page
in French lists French pages only (it passes the page's language as
`locale`), and a chosen page is shown with its language named."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from cities.models import CityIndexPage, CityProfilePage
from home.models import HomeFeaturedCity
from tests.core.i18n_support import all_locales, english_home, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return user


@pytest.fixture
def kaniv():
    all_locales()
    home = english_home()
    cities = home.add_child(instance=CityIndexPage(title="Sister cities", slug="cities"))
    city = cities.add_child(instance=CityProfilePage(title="Kaniv", slug="kaniv", country="UA", local_city="Sonoma"))
    city.save_revision().publish()
    for code, title in [("fr", "Association des villes jumelles"), ("zh-hans", "友好城市协会")]:
        translate(home, code, title=title)
    for code, title in [("fr", "Villes jumelles"), ("zh-hans", "友好城市")]:
        translate(cities, code, title=title)
    translate(city, "fr", title="Kaniv")
    translate(city, "zh-hans", title="Kaniv")
    return city


def search(client, locale=None):
    params = {"q": "Kaniv", "page_type": "cities.cityprofilepage"}
    if locale:
        params["locale"] = locale
    return client.get(reverse("wagtailadmin_choose_page_search"), params).content.decode()


def test_searching_from_a_french_page_finds_the_french_copy_only(client, editor, kaniv):
    french = kaniv.get_translation(all_locales()["fr"])
    html = search(client, "fr")
    assert f'data-id="{french.pk}"' in html or f"/admin/pages/{french.pk}/" in html
    for other in (kaniv, kaniv.get_translation(all_locales()["zh-hans"])):
        assert f"/admin/pages/{other.pk}/" not in html


def test_searching_with_no_page_language_lists_every_copy_with_its_language(client, editor, kaniv):
    html = search(client)
    for code in ("en", "fr", "zh-hans"):
        assert f"/admin/pages/{kaniv.get_translation(all_locales()[code]).pk}/" in html
    assert "English" in html and "Français" in html and "简体中文" in html


def test_a_chosen_page_names_its_language(client, editor, kaniv):
    home = english_home()
    chinese = kaniv.get_translation(all_locales()["zh-hans"])
    home.featured_cities.add(HomeFeaturedCity(city=chinese))
    home.save_revision()
    html = client.get(reverse("wagtailadmin_pages:edit", args=[home.pk])).content.decode()
    assert "Kaniv (简体中文)" in html
