"""The partner cities readers choose among (cities/partners.py), kept in the
shared cache: no query for the next reader, and a city published,
translated or withdrawn shows at once."""

import pytest

from cities.partners import partner_cities, site_tree
from tests import content
from tests.core.i18n_support import all_locales, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory():
    index = content.directory()
    for title, country in (("Kaniv", "UA"), ("Chambolle-Musigny", "FR")):
        content.city(index, title, country=country)
    return index


def titles(tree: str, language: str = "en") -> list[str]:
    return [city.title for city in partner_cities(tree, language)]


def test_the_next_reader_runs_no_query(directory, django_assert_num_queries):
    tree = site_tree(directory)
    with django_assert_num_queries(1):
        assert titles(tree) == ["Chambolle-Musigny", "Kaniv"]
    with django_assert_num_queries(0):
        assert titles(tree) == ["Chambolle-Musigny", "Kaniv"]


def test_a_city_published_translated_or_withdrawn_shows_at_once(directory):
    all_locales()
    tree = site_tree(directory)
    assert titles(tree) == titles(tree, "uk") == ["Chambolle-Musigny", "Kaniv"]
    penglai = content.city(directory, "Penglai", country="CN")
    assert titles(tree) == ["Chambolle-Musigny", "Kaniv", "Penglai"]
    kaniv = directory.get_children().get(title="Kaniv").specific
    translate(directory.get_parent(), "uk", title="Головна")
    translate(directory, "uk", title="Міста-побратими")
    translate(kaniv, "uk", title="Канів")
    assert titles(tree, "uk") == ["Chambolle-Musigny", "Penglai", "Канів"]
    penglai.unpublish()
    assert titles(tree) == ["Chambolle-Musigny", "Kaniv"]
    assert titles(tree, "uk") == ["Chambolle-Musigny", "Канів"]
