"""The directory's world map: a plate carree projection shared by the land
outline (static/cities/world.svg, built by mapdata/build_world_svg.py) and the
pins drawn by the server, so the map needs no tiles and no JavaScript."""

from dataclasses import dataclass

SCALE = 2  # map units per degree
NORTH, SOUTH = 84, -58  # Antarctica and the Arctic sea add nothing to a partner map
WIDTH = 360 * SCALE
HEIGHT = (NORTH - SOUTH) * SCALE


def project(latitude: float, longitude: float) -> tuple[float, float]:
    """Degrees to map units; latitudes beyond the map's edges are clamped."""
    latitude = max(SOUTH, min(NORTH, float(latitude)))
    return (float(longitude) + 180) * SCALE, (NORTH - latitude) * SCALE


@dataclass(frozen=True)
class Pin:
    x: float
    y: float
    label: str
    url: str


def pins_for(cities) -> list[Pin]:
    """One pin per city that has coordinates."""
    pins = []
    for city in cities:
        if city.latitude is None or city.longitude is None:
            continue
        x, y = project(city.latitude, city.longitude)
        pins.append(Pin(round(x, 1), round(y, 1), city.map_label, getattr(city, "listing_url", None) or city.url))
    return pins
