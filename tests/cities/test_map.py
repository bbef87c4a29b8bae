import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.templatetags.static import static

from cities.map import HEIGHT, WIDTH, project
from cities.templatetags.city_tags import MAP_TEMPLATE
from tests import content
from tests.core.i18n_support import all_locales, translate

WORLD = Path(__file__).resolve().parents[2] / "cities" / "static" / "cities" / "world.svg"


def test_projection_puts_known_places_where_they_belong():
    assert project(0, 0) == (WIDTH / 2, 84 * 2)
    x, y = project(38.29, -122.46)  # Sonoma: west and north of the centre
    assert x < WIDTH / 2 and y < 84 * 2
    assert project(-90, 180) == (WIDTH, HEIGHT)  # clamped to the map's south edge


def test_land_outline_is_a_small_local_svg_with_the_same_frame():
    svg = WORLD.read_text()
    assert f'viewBox="0 0 {WIDTH} {HEIGHT}"' in svg
    assert WORLD.stat().st_size < 60_000
    assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")


@pytest.fixture
def directory(render_every_time):
    index = content.directory()
    content.city(index, "Kaniv", country="UA", latitude=49.75, longitude=31.46)
    content.city(index, "Penglai", country="CN", latitude=37.81, longitude=120.76)
    return index


def pins(html: str) -> list[str]:
    return re.findall(r'<a class="map-pin" href="([^"]+)" aria-label="([^"]+)">.*?cx="([^"]+)" cy="([^"]+)"', html)


@pytest.mark.django_db
def test_the_map_is_drawn_once_for_its_pins_and_shows_a_moved_city_at_once(client, directory, renders):
    first = client.get(directory.url).content.decode()
    assert [(url, x, y) for url, _label, x, y in pins(first)] == [
        ("/en/cities/kaniv/", "422.9", "68.5"), ("/en/cities/penglai/", "601.5", "92.4")]
    assert f'<image href="{static("cities/world.svg")}"' in first
    assert len(renders.of(MAP_TEMPLATE, "pins")) == 1

    renders.clear()
    assert client.get(directory.url, {"sort": "name"}).content.decode().count('class="map-pin"') == 2
    assert renders.of(MAP_TEMPLATE, "pins") == []  # the same pins: the map as drawn

    kaniv = directory.get_children().get(title="Kaniv").specific
    kaniv.latitude, kaniv.longitude = Decimal("49.7"), Decimal("31.5")
    kaniv.save_revision().publish()
    moved = pins(client.get(directory.url).content.decode())
    assert moved[0][2:] == ("423.0", "68.6")
    assert len(renders.of(MAP_TEMPLATE, "pins")) == 1


@pytest.mark.django_db
def test_each_language_draws_its_own_map(client, directory):
    all_locales()
    translate(directory.get_parent(), "fr", title="Accueil")
    french = translate(directory, "fr", title="Villes jumelles")
    english = client.get(directory.url).content.decode()
    html = client.get(french.url).content.decode()
    assert "Map of our partner cities" in english and "Map of our partner cities" not in html
    assert [url for url, *_rest in pins(html)] == ["/fr/cities/kaniv/", "/fr/cities/penglai/"]
