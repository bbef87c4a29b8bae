"""The partner cities of one site, as readers choose among them (the events
City filter): once each, in the reader's language where translated. Kept in
the shared cache until a page changes (the page cache's generation): every
view of the events listing offers them."""

from typing import NamedTuple
from uuid import UUID

from django.conf import settings
from django.db.models import Q, Subquery
from django.utils import translation
from wagtail.models import Page

from core.cache import until_changed

from .models import CityProfilePage


class PartnerCity(NamedTuple):
    """What a choice among the cities needs of each: rows, not page
    instances (building two hundred pages was a tenth of a listing's render)."""

    pk: int
    title: str
    slug: str
    translation_key: UUID


def site_tree(page: Page) -> str:
    """The path of the language tree `page` is in: its ancestor just below
    the root, where each site keeps its home page in each language."""
    return page.path[:Page.steplen * 2]


def partner_cities(tree_path: str, language: str | None = None) -> list[PartnerCity]:
    """Live cities of one site's language tree, each as its translation in
    `language` (the active one by default) when that is live, else as it is;
    by title. One query: the tree's cities and their translations together."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    return until_changed("partner-cities", lambda: _read(tree_path, language), tree_path, language)


def _read(tree_path: str, language: str) -> list[PartnerCity]:
    in_tree = Q(path__startswith=tree_path, depth__gt=2)
    keys = CityProfilePage.objects.live().filter(in_tree).values("translation_key")
    rows = list(CityProfilePage.objects.live()
                .filter(in_tree | Q(locale__language_code=language, translation_key__in=Subquery(keys)))
                .values_list("pk", "title", "slug", "translation_key", "path", "locale__language_code"))
    translated = {row[3]: row for row in rows if row[5] == language}
    cities = [PartnerCity(*translated.get(row[3], row)[:4]) for row in rows if row[4].startswith(tree_path)]
    return sorted(cities, key=lambda city: city.title.casefold())
