from datetime import date

import pytest
from django.db.models.signals import post_init

from cities.models import CityProfilePage
from tests import content
from tests.core.i18n_support import all_locales, localize, translate

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("render_every_time")]  # they read the context


@pytest.fixture
def directory():
    index = content.directory()
    content.city(index, "Chambolle-Musigny", country="FR", started=date(1986, 9, 8), programmes=["cultural"])
    content.city(index, "Kaniv", country="UA", latitude=49.75, longitude=31.46, started=date(2007, 1, 1),
                 programmes=["youth_education", "humanitarian"])
    content.city(index, "Penglai", country="CN", latitude=37.81, longitude=120.76, started=date(2000, 1, 1))
    content.city(index, "Aswan", country="EG", latitude=24.09, longitude=32.9, started=None)
    content.city(index, "Greve in Chianti", country="IT", latitude=43.58, longitude=11.32,
                 status=CityProfilePage.Status.FRIENDSHIP)
    content.city(index, "Draft city", country="DE", publish=False)
    return index


def titles(response):
    return [city.title for city in response.context["directory"].cities]


def test_directory_lists_live_cities_with_the_headline_from_the_data(client, directory):
    response = client.get(directory.url)
    assert response.status_code == 200
    assert titles(response) == ["Aswan", "Chambolle-Musigny", "Greve in Chianti", "Kaniv", "Penglai"]
    # Friendship cities are partners but not sister cities: 4 sister cities, FR UA CN EG -> 3 continents.
    assert "4 sister cities on 3 continents" in response.content.decode()
    assert b"Draft city" not in response.content


def test_a_directory_of_friendship_cities_only_counts_those_and_an_empty_one_says_nothing(client):
    index = content.directory()
    response = client.get(index.url)
    assert 'class="headline"' not in response.content.decode()
    content.city(index, "Zandvoort", country="NL", status=CityProfilePage.Status.FRIENDSHIP)
    html = client.get(index.url).content.decode()
    assert "1 friendship city on 1 continent" in html and "sister cities" not in html


def test_directory_filters_by_country_continent_status_and_programme(client, directory):
    assert titles(client.get(directory.url, {"country": "ua"})) == ["Kaniv"]
    assert titles(client.get(directory.url, {"continent": "AS"})) == ["Penglai"]
    assert titles(client.get(directory.url, {"continent": "EU"})) == ["Chambolle-Musigny", "Greve in Chianti", "Kaniv"]
    assert titles(client.get(directory.url, {"status": "friendship"})) == ["Greve in Chianti"]
    assert titles(client.get(directory.url, {"programme": "youth_education"})) == ["Kaniv"]
    assert titles(client.get(directory.url, {"continent": "EU", "programme": "cultural"})) == ["Chambolle-Musigny"]


def test_directory_sorts_by_year_with_undated_partnerships_last(client, directory):
    assert titles(client.get(directory.url, {"sort": "year"}))[:4] == [
        "Chambolle-Musigny", "Greve in Chianti", "Penglai", "Kaniv"]
    assert titles(client.get(directory.url, {"sort": "-year"}))[0] == "Kaniv"
    assert titles(client.get(directory.url, {"sort": "year"}))[-1] == "Aswan"


def test_unknown_filter_values_show_an_empty_list_not_an_error(client, directory):
    response = client.get(directory.url, {"country": "<script>", "sort": "bogus", "programme": "x" * 500})
    assert response.status_code == 200
    assert titles(response) == []
    assert b"<script>" not in response.content
    assert response.context["directory"].sort == "name"


def test_map_has_a_pin_linking_to_each_shown_city(client, directory):
    response = client.get(directory.url, {"continent": "EU"})
    html = response.content.decode()
    assert html.count('class="map-pin"') == 3
    kaniv = CityProfilePage.objects.get(title="Kaniv")
    assert f'<a class="map-pin" href="{kaniv.url}"' in html
    assert 'href="/static/cities/world.svg"' in html
    assert "http://" not in html.split('<figure class="world-map">')[1].split("</figure>")[0]


def test_chapter_directory_shows_local_city_pairs_and_filters_by_local_city(client):
    index = content.directory()
    content.city(index, "Seika", local_city="Bellflower", country="JP", latitude=34.76, longitude=135.78)
    content.city(index, "Kaniv", local_city="Sonoma", country="UA", latitude=49.75, longitude=31.46)
    response = client.get(index.url)
    assert "Bellflower – Seika" in response.content.decode()
    assert titles(client.get(index.url, {"local": "Sonoma"})) == ["Kaniv"]


@pytest.mark.parametrize("code, sonoma", [("uk", "Сонома"), ("ar", "سونوما")])
def test_a_translated_chapter_directory_lists_each_local_city_once(client, code, sonoma):
    """One Sonoma partner translated (local city "Сонома"), one not
    ("Sonoma"): one Sonoma in the filter, named in the reader's language."""
    all_locales()
    index = content.directory()
    kaniv = content.city(index, "Kaniv", local_city="Sonoma", country="UA")
    content.city(index, "Aswan", local_city="Sonoma", country="EG")
    content.city(index, "Seika", local_city="Bellflower", country="JP")
    translate(index.get_parent(), code, title="Home")
    translate(index, code, title="Cities")
    localize(kaniv, code, {"title": "Kaniv", "local_city": sonoma})

    response = client.get(f"/{code}/cities/")

    assert response.context["directory"].local_cities == [("Bellflower", "Bellflower"), ("Sonoma", sonoma)]
    html = response.content.decode()
    options = html.split('name="local"', 1)[1].split("</select>", 1)[0]
    assert options.count("<option") == 3  # all, Bellflower, Sonoma
    assert f'<option value="Sonoma">{sonoma}</option>' in options
    assert f"{sonoma} – Aswan" in html and f"{sonoma} – Kaniv" in html  # one name on every card
    assert sorted(titles(client.get(f"/{code}/cities/", {"local": "Sonoma"}))) == ["Aswan", "Kaniv"]


def test_the_next_reader_gets_the_cities_from_the_shared_cache_and_a_change_at_once(client, directory):
    """Making two hundred city pages was a third of a directory's render:
    they are kept until a page or an image changes."""
    first = client.get(directory.url)
    made = []

    def count(sender, instance, **kwargs):
        made.append(instance)

    post_init.connect(count, sender=CityProfilePage)
    try:
        second = client.get(directory.url, {"sort": "year"})
    finally:
        post_init.disconnect(count, sender=CityProfilePage)
    assert made == []
    assert sorted(titles(second)) == titles(first)

    kaniv = CityProfilePage.objects.get(title="Kaniv")
    kaniv.title = "Kaniv (Канів)"
    kaniv.save_revision().publish()
    content.city(directory, "Sonoma Valley", country="US")
    CityProfilePage.objects.get(title="Aswan").unpublish()
    assert titles(client.get(directory.url)) == ["Chambolle-Musigny", "Greve in Chianti", "Kaniv (Канів)", "Penglai",
                                                  "Sonoma Valley"]

    image = content.image("Penglai harbour", alt="The harbour at dawn")
    penglai = CityProfilePage.objects.get(title="Penglai")
    penglai.hero_image = image
    penglai.save_revision().publish()
    image.description = "The harbour of Penglai at dawn"
    image.save()
    html = client.get(directory.url).content.decode()
    assert html.count("The harbour of Penglai at dawn") == 1


def test_the_filter_form_is_rendered_once_for_the_same_options_and_choices(client, directory, renders):
    filters = "cities/includes/filters.html"
    client.get(directory.url, {"first": "reader"})
    assert len(renders.of(filters, "directory")) == 1
    renders.clear()
    html = client.get(directory.url, {"next": "reader"}).content.decode()
    assert renders.of(filters, "directory") == []
    assert '<option value="UA">Ukraine</option>' in html and "Clear filters" not in html
    html = client.get(directory.url, {"country": "UA"}).content.decode()
    assert len(renders.of(filters, "directory")) == 1  # another choice made: its own form
    assert '<option value="UA" selected>Ukraine</option>' in html
    assert f'<a href="{directory.url}">Clear filters</a>' in html
    content.city(directory, "Zandvoort", country="NL")  # a new country to offer
    assert '<option value="NL">Netherlands</option>' in client.get(directory.url).content.decode()
