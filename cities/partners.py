"""The partner cities of one site, as readers choose among them (the events
City filter): once each, in the reader's language where translated."""

from django.conf import settings
from django.db.models import Q, Subquery
from django.utils import translation
from wagtail.models import Page

from .models import CityProfilePage

FIELDS = ("title", "slug", "translation_key", "locale_id")


def site_tree(page: Page) -> str:
    """The path of the language tree `page` is in: its ancestor just below
    the root, where each site keeps its home page in each language."""
    return page.path[:Page.steplen * 2]


def partner_cities(tree_path: str, language: str | None = None) -> list[CityProfilePage]:
    """Live cities of one site's language tree, each as its translation in
    `language` (the active one by default) when that is live, else as it is;
    by title. One query: the tree's cities and their translations together."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    in_tree = Q(path__startswith=tree_path, depth__gt=2)
    keys = CityProfilePage.objects.live().filter(in_tree).values("translation_key")
    rows = list(CityProfilePage.objects.live()
                .filter(in_tree | Q(locale__language_code=language, translation_key__in=Subquery(keys)))
                .select_related("locale").only(*FIELDS, "path", "locale__language_code"))
    translated = {city.translation_key: city for city in rows if city.locale.language_code == language}
    cities = [translated.get(city.translation_key, city) for city in rows if city.path.startswith(tree_path)]
    return sorted(cities, key=lambda city: city.title.casefold())
