"""Demo partner cities: the Sonoma association's seven on its site, the
chapter's partnerships and Sonoma's on the chapter site, each city's page in
its own language, and synthetic cities for load tests (`--scale`)."""

from datetime import date
from decimal import Decimal

from wagtail.models import Page
from wagtail.rich_text import RichText

from core.demo import Report, child, ensure_image, ensure_page, paragraphs, parse_since
from core.demo.translate import simple, translate_everywhere, translate_page

from . import demo_data as data
from .models import CityIndexPage, CityProfilePage

# Place names on a partner city's profile (the local city of the partnership
# and the partner's region), in the partner city's language.
PLACE_NAMES = {
    "aswan": {"local_city": "سونوما", "region": "محافظة أسوان"},
    "chambolle-musigny": {"local_city": "Sonoma", "region": "Côte-d'Or, Bourgogne-Franche-Comté"},
    "greve-in-chianti": {"local_city": "Sonoma", "region": "Toscana"},
    "kaniv": {"local_city": "Сонома", "region": "Черкаська область"},
    "patzcuaro": {"local_city": "Sonoma", "region": "Michoacán"},
    "penglai": {"local_city": "索诺马", "region": "山东省"},
    "tokaj": {"local_city": "Sonoma", "region": "Borsod-Abaúj-Zemplén"},
    "clermont-ferrand": {"local_city": "Norman", "region": "Auvergne-Rhône-Alpes"},
    "colima": {"local_city": "Norman", "region": "Colima"},
    "seika": {"local_city": "ノーマン", "region": "京都府"},
    "arezzo": {"local_city": "Norman", "region": "Toscana"},
}
SYNTHETIC_COUNTRIES = ["FR", "IT", "JP", "MX", "UA", "HU", "CN", "EG", "BR", "KE", "AU", "CA", "DE", "IN", "PE"]


def directory(home: Page, slug: str, text: dict, report: Report) -> CityIndexPage:
    return ensure_page(home, CityIndexPage(title=text["title"], slug=slug, intro=paragraphs([text["intro"]])),
                       report)


def city_pages(directory, cities, report, *, images=True):
    pages = {}
    for spec in cities:
        slug = spec["key"]
        started, year_only = parse_since(spec.get("since"))
        page = CityProfilePage(
            title=spec["name"], slug=slug, local_city=spec.get("local_city") or "",
            region=spec.get("region") or "", country=spec["country"],
            latitude=Decimal(str(spec["latitude"])), longitude=Decimal(str(spec["longitude"])),
            population=spec.get("population"), status=spec.get("status") or "sister",
            started=started, started_year_only=year_only, origin=spec.get("origin") or "",
            programmes=list(spec.get("programmes") or []), website=spec.get("website") or "",
            summary=spec.get("summary") or "",
            body=[("paragraph", RichText(paragraphs(spec.get("body") or [])))],
        )
        if images:
            caption = spec.get("image_caption")
            page.hero_image = ensure_image(
                f"{spec['name']}, {spec['country']}",
                f"Illustration: hills under a sky, with the name {spec['name']}"
                + (f" (standing in for: {caption})" if caption else ""), report, label=spec["name"])
        pages[spec["key"]] = ensure_page(directory, page, report)
    return pages


def load(sites: dict, report: Report) -> dict:
    """Both sites' directories and their cities; {key: page} of Sonoma's,
    whose committees follow them."""
    sonoma_home = sites["sonoma"].root_page.specific
    sonoma = directory(sonoma_home, "sister-cities", data.DIRECTORY["en"], report)
    cities = city_pages(sonoma, data.CITIES, report)
    chapter = directory(sites["chapter"].root_page.specific, "directory", data.CHAPTER_DIRECTORY["en"], report)
    city_pages(chapter, data.PARTNERSHIPS, report)
    # The Sonoma partnerships appear in the chapter's directory too.
    city_pages(chapter, [{**spec, "key": f"sonoma-{spec['key']}"} for spec in data.CITIES], report)
    return cities


# --- synthetic cities for benchmarks ------------------------------------------
def add_synthetic_cities(directory, count, report):
    """`count` partner cities named "Synthetic city 001"..., spread over the
    map; existing ones are kept, so the total is `count`, never more."""
    synthetic = Page.objects.child_of(directory).filter(slug__startswith="synthetic-")
    existing = set(synthetic.values_list("slug", flat=True))
    for number in range(1, count + 1):
        slug = f"synthetic-{number:04d}"
        if slug in existing:
            continue
        page = CityProfilePage(
            title=f"Synthetic city {number:04d}", slug=slug, local_city="Sonoma",
            country=SYNTHETIC_COUNTRIES[number % len(SYNTHETIC_COUNTRIES)],
            latitude=Decimal((number * 37) % 120 - 50), longitude=Decimal((number * 73) % 340 - 170),
            status="sister" if number % 4 else "friendship", started=date(1960 + number % 60, 1, 1),
            started_year_only=True, programmes=["cultural"] if number % 2 else ["youth_education"],
            summary="A generated partner city for measuring the site under load.",
        )
        directory.add_child(instance=page)
    created = max(0, count - len(existing))
    if created:
        report.add(f"{created} synthetic cities")
    return created


# --- translations ---------------------------------------------------------------
def city_strings(key: str) -> dict[str, list[str]]:
    entry = data.CITY_PAGES[key]
    return {"title": [entry["title"]], "summary": [entry["summary"]], "body": list(entry["body"]),
            **{field: [name] for field, name in PLACE_NAMES.get(key, {}).items()}}


def translate_cities(directory: Page | None, locales: set[str], report, prefix: str = "") -> None:
    if directory is None:
        return
    for key, entry in data.CITY_PAGES.items():
        page = child(directory, prefix + key)
        if page is not None and entry["locale"] in locales:
            translate_page(page.specific, entry["locale"], city_strings(key), report)


def translate(sites: dict, locales: set[str], report: Report) -> None:
    """Both directories in every language, each city in its own."""
    sonoma = child(sites["sonoma"].root_page, "sister-cities")
    translate_everywhere(sonoma, data.DIRECTORY, simple, locales, report)
    translate_cities(sonoma, locales, report)
    chapter = child(sites["chapter"].root_page, "directory")
    translate_everywhere(chapter, data.CHAPTER_DIRECTORY, simple, locales, report)
    translate_cities(chapter, locales, report)
    translate_cities(chapter, locales, report, prefix="sonoma-")
