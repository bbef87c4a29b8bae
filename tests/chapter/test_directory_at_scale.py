"""The chapter's directory at the seed's scale ("approximately 170 cities in
50 countries with 40 cities in Southern California"): the headline and the
map from the data, the filters, the generated part marked as demo data, and
one bound on queries whatever the size. The full directory takes half a
minute to add, so only this module loads it (the shared demo does not)."""

import pytest
from wagtail.models import Site

from chapter import demo as chapter_demo
from chapter import demo_data
from chapter.models import MemberAssociation
from cities.models import CityProfilePage
from core.demo import Report

from .conftest import CHAPTER, DIRECTORY, DIRECTORY_QUERIES


@pytest.fixture(scope="module")
def full_directory(demo, django_db_blocker):
    with django_db_blocker.unblock():
        sites = {"chapter": Site.objects.get(hostname="chapter.localhost"),
                 "sonoma": Site.objects.get(is_default_site=True)}
        report = Report()
        chapter_demo.load(sites, report, full=True)
        chapter_demo.load(sites, report, full=True)  # a second run adds nothing
    return report


def chapter_cities():
    return CityProfilePage.objects.descendant_of(Site.objects.get(hostname="chapter.localhost").root_page)


def test_the_directory_has_the_seeds_size_and_says_so(client, full_directory):
    assert chapter_cities().count() == 170
    response = client.get(DIRECTORY, **CHAPTER)
    html = response.content.decode()
    assert "170 sister cities in 50 countries" in html
    directory = response.context["directory"]
    assert {key for key, _name in directory.local_cities} >= set(demo_data.LOCAL_CITIES)
    assert len(directory.country_options) == 50
    assert len(directory.cities) == 170 and html.count('<a class="map-pin"') == 170  # every city has a pin


def test_generated_partnerships_are_marked_and_the_sure_ones_are_not(full_directory):
    cities = list(chapter_cities().values_list("slug", "title", "summary"))
    generated = [row for row in cities if row[0].startswith("demo-")]
    assert generated and all(title.startswith("Demo partner") and summary == chapter_demo.DEMO_SUMMARY
                             for _slug, title, summary in generated)
    real = {(slug, title) for slug, title, _summary in cities}
    assert ("san-bernardino-tachikawa", "Tachikawa") in real  # the seed's own example
    assert ("los-angeles-nagoya", "Nagoya") in real
    assert not any(summary == chapter_demo.DEMO_SUMMARY for slug, _t, summary in cities
                   if not slug.startswith("demo-"))
    assert len(generated) == 170 - 11 - len(demo_data.REAL_PAIRS)
    assert full_directory.created.count("member association Los Angeles sister cities (demo)") == 0
    assert MemberAssociation.objects.filter(demo=True).count() == len(demo_data.LOCAL_CITIES) - 1


def test_filters_by_local_city_country_and_continent(client, full_directory):
    los_angeles = client.get(DIRECTORY, {"local": "Los Angeles"}, **CHAPTER).context["directory"].cities
    expected = chapter_cities().filter(local_city="Los Angeles").count()
    assert len(los_angeles) == expected >= 12
    assert {"Nagoya", "Guangzhou", "Berlin", "Busan"} <= {city.title for city in los_angeles}
    japan = client.get(DIRECTORY, {"country": "JP"}, **CHAPTER).context["directory"].cities
    assert len(japan) == chapter_cities().filter(country="JP").count()
    assert {city.country for city in japan} == {"JP"}
    africa = client.get(DIRECTORY, {"continent": "AF"}, **CHAPTER).context["directory"].cities
    assert africa and {city.continent for city in africa} == {"AF"}
    both = client.get(DIRECTORY, {"local": "San Diego", "country": "MX"}, **CHAPTER).context["directory"].cities
    assert "Tijuana" in {city.title for city in both} and {city.local_city for city in both} == {"San Diego"}


def test_the_directory_costs_the_same_queries_at_full_size(client, full_directory, django_assert_num_queries):
    assert client.get(DIRECTORY, {"frame": "warm"}, **CHAPTER).status_code == 200  # as tests/frame.py does
    # The first reader made the cards' renditions: a running site's next reader keeps the cities with them.
    assert client.get(DIRECTORY, {"frame": "renditions made"}, **CHAPTER).status_code == 200
    for number, params in enumerate([{}, {"local": "Los Angeles"}, {"country": "JP", "continent": "AS"}]):
        with django_assert_num_queries(DIRECTORY_QUERIES):
            response = client.get(DIRECTORY, {**params, "measure": number}, **CHAPTER)
        assert response.status_code == 200


def test_each_member_page_lists_its_partner_cities(client, full_directory):
    html = client.get("/en/members/sister-cities-of-los-angeles/", **CHAPTER).content.decode()
    count = chapter_cities().filter(local_city="Los Angeles").count()
    assert f"{count} partner cities" in html and "Nagoya</a>, Japan" in html
    riverside = client.get("/en/members/demo-riverside/", **CHAPTER).content.decode()
    assert "Sendai</a>, Japan" in riverside and "Riverside sister cities (demo)" in riverside
