from pathlib import Path

from cities.map import HEIGHT, WIDTH, project

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
