"""ISO 3166-1 country codes: names in the reader's language (pycountry's
translations) and the continent each country lies on, for the directory."""

import gettext
import unicodedata
from functools import lru_cache

import pycountry
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

CONTINENTS = {
    "AF": _("Africa"),
    "AN": _("Antarctica"),
    "AS": _("Asia"),
    "EU": _("Europe"),
    "NA": _("North America"),
    "OC": _("Oceania"),
    "SA": _("South America"),
}

# Country code -> continent code (transcontinental countries by their capital).
_BY_CONTINENT = {
    "AF": "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR MU MW "
    "MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TG TN TZ UG YT ZA ZM ZW",
    "AN": "AQ BV GS HM TF",
    "AS": "AE AF AM AZ BD BH BN BT CC CN CX GE HK ID IL IN IO IQ IR JO JP KG KH KP KR KW KZ LA LB LK MM MN MO MV MY "
    "NP OM PH PK PS QA SA SG SY TH TJ TL TM TR TW UZ VN YE",
    "EU": "AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD "
    "ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK",
    "NA": "AG AI AW BB BL BM BQ BS BZ CA CR CU CW DM DO GD GL GP GT HN HT JM KN KY LC MF MQ MS MX NI PA PM PR SV SX "
    "TC TT US VC VG VI",
    "OC": "AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS",
    "SA": "AR BO BR CL CO EC FK GF GY PE PY SR UY VE",
}
CONTINENT_OF = {country: continent for continent, codes in _BY_CONTINENT.items() for country in codes.split()}


def continent_of(code: str) -> str:
    """The continent code of a country code, "" when unknown."""
    return CONTINENT_OF.get((code or "").upper(), "")


def continent_name(continent: str) -> str:
    return str(CONTINENTS.get(continent, ""))


@lru_cache(maxsize=32)
def _translation(language: str):
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language.replace("-", "_")],
                               fallback=True)


def _english_name(country) -> str:
    return getattr(country, "common_name", None) or country.name


def country_name(code: str, language: str | None = None) -> str:
    """The country's name in the given (default: current) language."""
    return _country_name(code or "", language or get_language() or "en")


@lru_cache(maxsize=4096)
def _country_name(code: str, language: str) -> str:
    # Remembered: a directory of 200 cities asks for its countries' names
    # twice per card, and pycountry's lookup is the slow part.
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code
    translation = _translation("zh_CN" if language.lower().startswith("zh") else language)
    return translation.gettext(_english_name(country))


def country_choices() -> list[tuple[str, str]]:
    """(code, English name) for every ISO country, sorted by name; for editors."""
    return sorted(((c.alpha_2, _english_name(c)) for c in pycountry.countries), key=lambda pair: pair[1])


def is_country(code: str) -> bool:
    return pycountry.countries.get(alpha_2=(code or "").upper()) is not None


def _sort_key(name: str) -> str:
    # "Émirats" among the E's, "Österreich" among the O's: letters without their accents first.
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


def country_choices_in(language: str | None = None) -> list[tuple[str, str]]:
    """(code, name) for every ISO country in the given (default: current)
    language, sorted by that name; for a public form."""
    names = [(c.alpha_2, country_name(c.alpha_2, language)) for c in pycountry.countries]
    return sorted(names, key=lambda pair: (_sort_key(pair[1]), pair[1]))
