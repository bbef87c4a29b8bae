"""Build cities/static/cities/world.svg, the land outline under the directory map.

Run once at development time, not by the site:
    pip install pyshp geopandas==0.14.4 --no-deps   # for Natural Earth 1:110m (public domain)
    python cities/mapdata/build_world_svg.py

It projects the country outlines with the same plate carree projection as
cities/map.py, simplifies them (Douglas-Peucker) and drops specks, so the
committed file stays small and the site never fetches a map from anywhere.
"""

import importlib.util
import math
import sys
from pathlib import Path

import shapefile  # pyshp: a development tool, see above

OUT = Path(__file__).resolve().parents[1] / "static" / "cities" / "world.svg"
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cities.map import HEIGHT, WIDTH, project  # noqa: E402

TOLERANCE = 0.9  # in map units (1 unit = 0.5 degree)
MIN_AREA = 4.0


def simplify(points, tolerance):
    if len(points) < 3:
        return points
    start, end = points[0], points[-1]
    best, index = 0.0, 0
    for i in range(1, len(points) - 1):
        d = distance(points[i], start, end)
        if d > best:
            best, index = d, i
    if best <= tolerance:
        return [start, end]
    return simplify(points[: index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def distance(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    if (x1, y1) == (x2, y2):
        return math.hypot(x - x1, y - y1)
    return abs((y2 - y1) * x - (x2 - x1) * y + x2 * y1 - y2 * x1) / math.hypot(x2 - x1, y2 - y1)


def area(points):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True))) / 2


def main():
    package = Path(importlib.util.find_spec("geopandas").submodule_search_locations[0])
    path = package / "datasets" / "naturalearth_lowres" / "naturalearth_lowres.shp"
    reader = shapefile.Reader(str(path))
    parts = []
    for shape in reader.shapes():
        bounds = list(shape.parts) + [len(shape.points)]
        for a, b in zip(bounds, bounds[1:], strict=False):
            ring = [project(lat, lon) for lon, lat in shape.points[a:b]]
            ring = [(round(x, 1), round(y, 1)) for x, y in ring]
            # Split the closed ring in two halves so simplification keeps its shape.
            half = len(ring) // 2
            ring = simplify(ring[: half + 1], TOLERANCE)[:-1] + simplify(ring[half:], TOLERANCE)[:-1]
            if len(ring) < 3 or area(ring) < MIN_AREA:
                continue
            parts.append("M" + " ".join(f"{x:g},{y:g}" for x, y in ring) + "Z")
    OUT.write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}">'
        f'<path fill="#d9e2d3" stroke="#a9b8a2" stroke-width=".4" d="{"".join(parts)}"/></svg>\n'
    )
    print(f"{OUT}: {len(parts)} outlines, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
