"""Filtering, sorting and counting the partner-city directory.

Every city is read in one query and filtered here: the map and the headline
("7 sister cities on 4 continents") need all of them anyway, and the facets
(countries, continents, local cities) come from the same rows, so the page
costs the same number of queries whatever the filters or the number of cities.
"""

from dataclasses import dataclass, field
from functools import cached_property

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import countries
from .choices import PartnershipStatus, Programme
from .map import pins_for

SORTS = {
    "name": _("Name"),
    "year": _("Year (oldest first)"),
    "-year": _("Year (newest first)"),
}


def local_key(city) -> str:
    """The local city as the filter knows it: its name in the default
    language (`CityIndexPage.cities()` sets it on translated pages)."""
    return getattr(city, "local_key", None) or city.local_city


def _year_key(city):
    return (city.started is None, city.started or 0, city.title.lower())


@dataclass(frozen=True)
class Select:
    """One menu of the directory's filter form."""

    name: str
    label: str
    options: list  # (value, name) pairs
    chosen: str
    blank: bool = True  # an "All" option first (sorting has none)


@dataclass
class Directory:
    cities: list
    all_cities: list
    filters: dict = field(default_factory=dict)
    sort: str = "name"

    @classmethod
    def from_request(cls, queryset, params):
        all_cities = list(queryset)
        filters = {}
        for name in ("country", "continent", "status", "programme", "local"):
            value = (params.get(name) or "").strip()[:60]
            if value:
                filters[name] = value
        sort = params.get("sort") if params.get("sort") in SORTS else "name"
        chosen = [city for city in all_cities if cls._matches(city, filters)]
        if sort == "name":
            chosen.sort(key=lambda c: (local_key(c).lower(), c.title.lower()))
        else:
            chosen.sort(key=_year_key)
            if sort == "-year":
                dated = [c for c in chosen if c.started]
                chosen = list(reversed(dated)) + [c for c in chosen if not c.started]
        directory = cls(cities=chosen, all_cities=all_cities, filters=filters, sort=sort)
        names = dict(directory.local_cities)
        for city in all_cities:
            city.local_name = names.get(local_key(city), city.local_city)
        return directory

    @staticmethod
    def _matches(city, filters):
        if "country" in filters and city.country != filters["country"].upper():
            return False
        if "continent" in filters and city.continent != filters["continent"].upper():
            return False
        if "status" in filters and city.status != filters["status"]:
            return False
        if "programme" in filters and filters["programme"] not in (city.programmes or []):
            return False
        if "local" in filters and local_key(city) != filters["local"]:
            return False
        return True

    # --- What the template shows ---------------------------------------------

    @property
    def is_filtered(self):
        return bool(self.filters)

    @cached_property
    def headline(self):
        """ "7 sister cities on 4 continents", from the active partnerships (or
        "1 friendship city on 1 continent" before the first sister city); a
        chapter's (many local cities) counts countries, as chapters say it:
        "170 sister cities in 50 countries"."""
        active = [c for c in self.all_cities if c.status == PartnershipStatus.SISTER]
        if active:
            cities = ngettext("%(count)d sister city", "%(count)d sister cities", len(active)) % {"count": len(active)}
        else:
            # A council's first partnerships are friendship cities: count those
            # rather than say "0 sister cities on 0 continents".
            active = [c for c in self.all_cities if c.status == PartnershipStatus.FRIENDSHIP]
            if not active:
                return ""
            cities = ngettext("%(count)d friendship city", "%(count)d friendship cities", len(active)) % {
                "count": len(active)}
        continents = {c.continent for c in active if c.continent}
        if self.is_chapter:
            in_countries = len({c.country for c in active if c.country})
            where = ngettext("%(count)d country", "%(count)d countries", in_countries) % {"count": in_countries}
            return _("%(cities)s in %(countries)s") % {"cities": cities, "countries": where}
        where = ngettext("%(count)d continent", "%(count)d continents", len(continents)) % {
            "count": len(continents)}
        return _("%(cities)s on %(continents)s") % {"cities": cities, "continents": where}

    @cached_property
    def is_chapter(self):
        """More than one local city: show "Local city – partner city" pairs."""
        return len(self.local_cities) > 1

    @cached_property
    def local_cities(self) -> list[tuple[str, str]]:
        """(key, name) of each local city: one entry per city whatever the
        language of its partners' pages, named as a translated page names it."""
        names = {}
        for city in self.all_cities:
            key = local_key(city)
            if key and (key not in names or city.local_city != key):
                names[key] = city.local_city or key
        return sorted(names.items(), key=lambda pair: pair[1].lower())

    @property
    def selects(self) -> list[Select]:
        """The filter form's menus, in order: a chapter's local cities first."""
        chosen = self.filters.get
        local = [Select("local", _("Local city"), self.local_cities, chosen("local", ""))] if self.is_chapter else []
        return local + [
            Select("country", _("Country"), self.country_options, chosen("country", "")),
            Select("continent", _("Continent"), self.continent_options, chosen("continent", "")),
            Select("status", _("Status"), self.status_options, chosen("status", "")),
            Select("programme", _("Programme area"), self.programme_options, chosen("programme", "")),
            Select("sort", _("Sort by"), self.sort_options, self.sort, blank=False),
        ]

    @property
    def country_options(self):
        codes = {c.country for c in self.all_cities if c.country}
        return sorted(((code, countries.country_name(code)) for code in codes), key=lambda pair: pair[1])

    @property
    def continent_options(self):
        codes = {c.continent for c in self.all_cities if c.continent}
        return sorted(((code, countries.continent_name(code)) for code in codes), key=lambda pair: pair[1])

    @property
    def status_options(self):
        return PartnershipStatus.choices

    @property
    def programme_options(self):
        return Programme.choices

    @property
    def sort_options(self):
        return list(SORTS.items())

    @property
    def pins(self):
        return pins_for(self.cities)
