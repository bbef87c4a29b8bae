"""The demo content data (home/demo/data/) holds together: every reference resolves, every value is in range."""

import ast
import datetime as dt
import re
import zoneinfo
from pathlib import Path

import pytest
from dateutil import rrule

from cities import demo_data as cities_data
from events import demo_data as events_data
from home.demo.data import pinole, socal, sonoma, translations
from newsletters import demo_data as newsletters_data
from people import demo_data as people_data

DATA_DIR = Path(sonoma.__file__).resolve().parent
SEEDS_DIR = DATA_DIR.parent / "seeds"

STATUSES = {"proposed", "friendship", "sister", "inactive"}
ORIGINS = {
    "mayoral", "trade", "historical", "ancestral", "expatriate", "shared_challenge", "faith_based", "personal",
    "other",
}
PROGRAMMES = {"cultural", "youth_education", "community_development", "business_trade", "humanitarian"}

# ISO 3166-1 alpha-2 codes of the countries the demo uses, with a rough bounding box (lat_min, lat_max, lon_min,
# lon_max) that a city of that country must fall in: catches a wrong code and swapped coordinates alike.
COUNTRIES = {
    "CN": (18, 54, 73, 135),
    "EG": (22, 32, 24, 37),
    "FR": (41, 51.5, -5.5, 10),
    "HU": (45.7, 48.6, 16, 23),
    "IT": (35.5, 47.1, 6.6, 18.6),
    "JP": (24, 46, 122, 146),
    "MX": (14.5, 32.8, -118.5, -86.7),
    "UA": (44.3, 52.4, 22, 40.3),
    "US": (24, 50, -125, -66),
}
CITY_KEYS = {
    "key": str, "name": str, "local_city": str, "region": str, "country": str, "latitude": float,
    "longitude": float, "population": int, "status": str, "origin": str, "programmes": list, "summary": str,
    "body": list,
}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
HISTORY_DATE = re.compile(r"^\d{1,4}(-\d{2}-\d{2})?$")


def strings_in(value, path="data"):
    """Yield (path, string) for every string nested in dicts, lists and tuples."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings_in(item, f"{path}[{key!r}]")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from strings_in(item, f"{path}[{index}]")


def public_data(module):
    return {name: getattr(module, name) for name in dir(module) if name.isupper()}


def all_cities():
    return [*cities_data.CITIES, *cities_data.PARTNERSHIPS]


# --- the modules themselves -------------------------------------------------------------------------------

def test_data_modules_import_neither_django_nor_the_apps():
    for path in DATA_DIR.glob("*.py"):
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module]
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in {"django", "wagtail", "home", "cities", "events", "newsletters",
                                                  "worker"}, f"{path.name} imports {name}"


def test_every_data_module_names_its_seed():
    for path in DATA_DIR.glob("*.py"):
        if path.name == "__init__.py":
            continue
        docstring = ast.get_docstring(ast.parse(path.read_text()))
        assert docstring and re.search(r"[a-z-]+\.txt", docstring), f"{path.name} has no docstring naming its seed"


@pytest.mark.parametrize("module", [sonoma, socal, pinole, translations], ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_no_empty_or_padded_strings(module):
    bad = [path for path, text in strings_in(public_data(module)) if not text.strip() or text != text.strip()]
    assert bad == []


def test_the_string_walk_finds_an_empty_string():
    assert [path for path, text in strings_in({"a": ["x", {"b": ""}]}) if not text] == ["data['a'][1]['b']"]


# --- cities ------------------------------------------------------------------------------------------------

def test_seven_sonoma_cities_and_four_chapter_partnerships():
    assert [c["key"] for c in cities_data.CITIES] == [
        "aswan", "chambolle-musigny", "greve-in-chianti", "kaniv", "patzcuaro", "penglai", "tokaj",
    ]
    assert {c["local_city"] for c in cities_data.CITIES} == {"Sonoma"}
    assert [c["key"] for c in cities_data.PARTNERSHIPS] == ["clermont-ferrand", "colima", "seika", "arezzo"]
    assert {c["local_city"] for c in cities_data.PARTNERSHIPS} == {socal.LOCAL_CITY["name"]}


def test_sonoma_cities_span_four_continents_as_the_seed_says():
    continents = {"EG": "Africa", "FR": "Europe", "IT": "Europe", "UA": "Europe", "HU": "Europe",
                  "MX": "North America", "CN": "Asia"}
    assert len({continents[c["country"]] for c in cities_data.CITIES}) == 4


@pytest.mark.parametrize("city", all_cities(), ids=lambda c: c["key"])
def test_city_shape_and_ranges(city):
    for key, kind in CITY_KEYS.items():
        assert isinstance(city.get(key), kind), f"{city['key']}: {key} should be {kind.__name__}"
    assert SLUG.match(city["key"])
    assert city["country"] in COUNTRIES
    lat_min, lat_max, lon_min, lon_max = COUNTRIES[city["country"]]
    assert lat_min <= city["latitude"] <= lat_max and lon_min <= city["longitude"] <= lon_max
    assert 100 <= city["population"] <= 5_000_000
    assert city["status"] in STATUSES
    assert city["origin"] in ORIGINS
    assert city["programmes"] and set(city["programmes"]) <= PROGRAMMES
    assert len(city["programmes"]) == len(set(city["programmes"]))
    assert city["since"] is None or re.match(r"^(19|20)\d{2}(-\d{2}-\d{2})?$", city["since"])
    if city["since"] and len(city["since"]) == 10:
        dt.date.fromisoformat(city["since"])
    assert city["website"] is None or city["website"].startswith("https://")
    assert len(city["body"]) >= 2 and all(isinstance(p, str) for p in city["body"])
    assert city["summary"].endswith(".") and len(city["summary"]) <= 300


def test_city_keys_are_unique_across_both_sites():
    keys = [c["key"] for c in all_cities()]
    assert len(keys) == len(set(keys))


def test_city_choices_match_the_models():
    from cities.models import CityProfilePage
    from people.models import Committee

    assert {value for value, _ in CityProfilePage.Status.choices} == STATUSES
    assert {c["kind"] for c in people_data.COMMITTEES} <= {value for value, _ in Committee.Kind.choices}
    assert max(len(c["name"]) for c in all_cities()) <= CityProfilePage._meta.get_field("title").max_length
    assert max(len(c["region"]) for c in all_cities()) <= CityProfilePage._meta.get_field("region").max_length


# --- people, positions and committees ----------------------------------------------------------------------

def people_names():
    return [p["name"] for p in people_data.PEOPLE]


def test_people_are_unique_and_named():
    names = people_names()
    assert len(names) == len(set(names)) == 12
    assert all(isinstance(p["bio"], str) for p in people_data.PEOPLE)


def test_every_position_holder_and_chair_is_a_person():
    names = set(people_names())
    holders = {p["person"] for p in people_data.POSITIONS if p["person"]}
    chairs = {name for c in people_data.COMMITTEES for name in [c["chair"], *c["chairs"], *c["members"]] if name}
    assert holders <= names and chairs <= names
    # and nobody in PEOPLE is left without a role
    assert holders == names


def test_officers_as_in_the_seed():
    officers = {p["title"]: p["person"] for p in people_data.POSITIONS if p["kind"] == "officer"}
    assert officers == {
        "President": "Stephanie Fine",
        "Vice President": "Robert Demler",
        "Secretary (Acting)": "Robert Demler",
        "Treasurer": None,
    }
    assert {p["kind"] for p in people_data.POSITIONS} == {"officer", "director", "chair"}


def test_committees_cover_every_city_once_and_resolve():
    committees = {c["slug"]: c for c in people_data.COMMITTEES}
    assert len(committees) == len(people_data.COMMITTEES) == 8
    assert committees["board"]["kind"] == "board" and committees["board"]["city"] is None
    city_keys = {c["key"] for c in cities_data.CITIES}
    by_city = [c["city"] for c in people_data.COMMITTEES if c["kind"] == "committee"]
    assert sorted(by_city) == sorted(city_keys)
    for committee in people_data.COMMITTEES:
        assert SLUG.match(committee["slug"])
        if committee["kind"] == "committee":
            assert committee["slug"] == f"sonoma-{committee['city']}"
        assert committee["chair"] == (committee["chairs"][0] if committee["chairs"] else None)
    chair_positions = [p for p in people_data.POSITIONS if p["kind"] == "chair"]
    assert {p["committee"] for p in chair_positions} == {f"sonoma-{key}" for key in by_city}
    for position in people_data.POSITIONS:
        assert position["committee"] is None or position["committee"] in committees
        if position["kind"] == "chair" and position["person"]:
            assert position["person"] in committees[position["committee"]]["chairs"]


def test_chairs_as_in_the_seed():
    chairs = {c["city"]: c["chairs"] for c in people_data.COMMITTEES if c["city"]}
    assert chairs == {
        "aswan": [],
        "chambolle-musigny": ["Vic Aul"],
        "greve-in-chianti": ["Patrick Pesetti"],
        "kaniv": ["Kaeti Bailie"],
        "patzcuaro": ["Jocelyn Mondragon"],
        "penglai": ["Peggy Rubens"],
        "tokaj": ["Sylvia Toth", "Joan Toth"],
    }


# --- meetings ----------------------------------------------------------------------------------------------

WEEKDAYS = {"MO": rrule.MO, "TU": rrule.TU, "WE": rrule.WE, "TH": rrule.TH, "FR": rrule.FR, "SA": rrule.SA,
            "SU": rrule.SU}


@pytest.mark.parametrize("meeting", events_data.MEETINGS, ids=lambda m: m["committee"])
def test_meeting_rule_yields_exactly_the_seed_calendar(meeting):
    committees = {c["slug"] for c in people_data.COMMITTEES}
    assert meeting["committee"] in committees
    zoneinfo.ZoneInfo(meeting["timezone"])
    start, end = dt.time.fromisoformat(meeting["start"]), dt.time.fromisoformat(meeting["end"])
    assert start < end
    assert meeting["venue"] or meeting["venue_note"]
    assert meeting["in_person"] or meeting["virtual"]
    rule = meeting["rule"]
    assert rule["freq"] == "monthly"
    dtstart = dt.datetime.fromisoformat(meeting["dtstart"])
    # the seed's calendar runs from 11 November 2024 to 16 January 2025
    window_end = dt.datetime(2025, 1, 16)
    dates = rrule.rrule(rrule.MONTHLY, dtstart=dtstart, byweekday=WEEKDAYS[rule["weekday"]](rule["nth"]),
                        until=window_end)
    generated = [d.date().isoformat() for d in dates]
    assert generated[0] == meeting["dtstart"]
    assert [d for d in generated if d not in meeting["exdates"]] == meeting["listed"]
    assert set(meeting["exdates"]) <= set(generated)


def test_every_committee_with_a_calendar_entry_in_the_seed_has_a_meeting():
    assert {m["committee"] for m in events_data.MEETINGS} == {"board", "sonoma-kaniv", "sonoma-tokaj", "sonoma-penglai"}


# --- history, mission, organisation ------------------------------------------------------------------------

@pytest.mark.parametrize("history", [sonoma.HISTORY, socal.HISTORY], ids=["sonoma", "socal"])
def test_history_dates_are_valid_and_in_order(history):
    keys = []
    for entry in history:
        assert set(entry) == {"date", "title", "text"}
        assert HISTORY_DATE.match(entry["date"]), entry["date"]
        if "-" in entry["date"]:
            dt.date.fromisoformat(entry["date"])
        year, _, rest = entry["date"].partition("-")
        keys.append((int(year), rest))
    assert keys == sorted(keys)


def test_sonoma_history_has_the_milestones_the_issue_lists():
    years = {entry["date"][:4].rstrip("-") for entry in sonoma.HISTORY}
    assert {"836", "1913", "1944", "1956", "1967", "1970", "1974", "1986"} <= years
    founding = next(e for e in sonoma.HISTORY if e["date"] == "1986-09-08")
    assert "Sister Cities International" in founding["text"]


def test_mission_and_four_goals():
    assert "one individual, one community at a time" in sonoma.MISSION
    assert len(sonoma.GOALS) == 4 and len(set(sonoma.GOALS)) == 4


def test_chapter_organisation_as_in_the_seed():
    org = socal.ORGANISATION
    assert org["tax_id"] == "330607663"
    assert org["phone"] == "1-714-673-4375"
    assert org["address"] == ["4115 E. Maple Tree Drive", "Anaheim, CA 92807"]
    assert re.match(r"^[^@\s]+@[^@\s]+\.[a-z]+$", org["email"])


# --- quotes and documents ----------------------------------------------------------------------------------

def test_eleven_presidential_quotes():
    assert [q["speaker"] for q in socal.QUOTES] == [
        "Dwight D. Eisenhower", "John F. Kennedy", "Lyndon B. Johnson", "Richard M. Nixon", "Gerald Ford",
        "Jimmy Carter", "Ronald Reagan", "George H.W. Bush", "William Jefferson Clinton", "George W. Bush",
        "Barack Obama",
    ]
    for quote in socal.QUOTES:
        assert set(quote) == {"speaker", "office", "text", "date", "occasion", "source"}
        assert quote["text"] and quote["source"] and quote["office"]
        # the seed's quotation marks belong to the page, not the quotation
        assert not quote["text"].startswith(("“", '"')) and not quote["text"].endswith(("”", '"'))
        assert "  " not in quote["text"]


def test_documents_have_sections():
    for document in (socal.BYLAWS, socal.BROCHURE):
        assert SLUG.match(document["filename"])
        assert document["sections"] and all(s["heading"] and s["text"] for s in document["sections"])


# --- the city policy page ----------------------------------------------------------------------------------

def test_policy_page_sections():
    assert pinole.TITLE and pinole.INTRO
    headings = [s["heading"] for s in pinole.SECTIONS]
    assert len(headings) == len(set(headings))
    for section in pinole.SECTIONS:
        assert set(section) == {"heading", "ordered", "items"} and section["items"]
    process = next(s for s in pinole.SECTIONS if s["heading"] == "Process")
    assert process["ordered"] and len(process["items"]) == 4
    assert "City Council" in process["items"][-1]


def test_policy_choices_are_the_city_page_choices():
    assert set(pinole.ORIGINS) == ORIGINS - {"other"}
    assert set(pinole.PROGRAMMES) == PROGRAMMES


# --- translations ------------------------------------------------------------------------------------------

SCRIPTS = {
    "ar": re.compile(r"[\u0600-\u06FF]"),
    "uk": re.compile(r"[\u0400-\u04FF]"),
    "ja": re.compile(r"[\u3040-\u30FF]"),  # kana: Japanese, not Chinese
    "zh-hans": re.compile(r"[\u4E00-\u9FFF]"),
}
# Latin-script languages: a short text may have no accented letter, but it has the language's small words.
LATIN_WORDS = {
    "fr": {"le", "la", "les", "une", "des", "de", "du"},
    "es": {"el", "la", "los", "una", "con", "de", "del"},
    "it": {"il", "la", "le", "una", "con", "di", "del"},
    "hu": {"a", "az", "egy", "és", "van"},
}


def text_of(entry):
    return " ".join(text for _, text in strings_in(entry))


def assert_written_in(locale, text):
    if locale in SCRIPTS:
        assert SCRIPTS[locale].search(text), f"{locale} text is not in its script: {text[:60]}"
    if locale == "zh-hans":
        assert not SCRIPTS["ja"].search(text), "Chinese text with Japanese kana"
    if locale in LATIN_WORDS:
        words = set(re.findall(r"\w+", text.lower()))
        assert words & LATIN_WORDS[locale], f"{locale} text without its small words: {text[:60]}"
        assert not words & {"the", "and", "with", "of"}, f"{locale} text with English words: {text[:60]}"


def test_translation_locales_are_the_sites_languages(settings):
    assert translations.LOCALES == [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES]


@pytest.mark.parametrize("module, name", [
    (translations, "HOME"), (cities_data, "DIRECTORY"), (translations, "MISSION"), (translations, "CHAPTER_HOME"),
    (cities_data, "CHAPTER_DIRECTORY")])
def test_site_pages_in_all_nine_locales(module, name):
    pages = getattr(module, name)
    assert list(pages) == translations.LOCALES
    fields = set(pages["en"])
    for locale, page in pages.items():
        assert set(page) == fields and all(page.values())
        assert_written_in(locale, text_of(page))
    texts = [text_of(page) for page in pages.values()]
    assert len(set(texts)) == len(texts), "two locales share the same text"


def test_translated_figures_match_the_english():
    for pages in (translations.HOME, translations.CHAPTER_HOME):
        # years and counts of cities and countries; small numbers may be spelled out
        figures = sorted(re.findall(r"\d{2,}", pages["en"]["intro"]))
        for locale, page in pages.items():
            assert sorted(re.findall(r"\d{2,}", page["intro"])) == figures, locale


def test_mission_translations_keep_four_goals_and_the_english_source():
    assert translations.MISSION["en"]["mission"] == sonoma.MISSION
    assert translations.MISSION["en"]["goals"] == sonoma.GOALS
    for page in translations.MISSION.values():
        assert len(page["goals"]) == 4 and len(set(page["goals"])) == 4


def test_every_partner_city_has_a_page_in_its_own_language():
    cities = {c["key"]: c for c in all_cities()}
    assert set(cities_data.CITY_PAGES) == set(cities)
    for key, page in cities_data.CITY_PAGES.items():
        city = cities[key]
        assert page["locale"] == cities_data.COUNTRY_LANGUAGE[city["country"]], key
        assert set(page) == {"locale", "title", "summary", "body"}
        # a translation, paragraph for paragraph, not a summary of the English
        assert len(page["body"]) == len(city["body"]), key
        assert_written_in(page["locale"], text_of(page))


def test_script_check_catches_a_page_in_the_wrong_language():
    with pytest.raises(AssertionError):
        assert_written_in("uk", "Kaniv is a historic town on the Dnipro.")
    with pytest.raises(AssertionError):
        assert_written_in("zh-hans", "精華町は京都府の南西端に位置し")
    with pytest.raises(AssertionError):
        assert_written_in("it", "Arezzo is a city and comune in Italy and the capital of the province")


def test_newsletter_issue_in_four_languages():
    issue = newsletters_data.NEWSLETTER
    assert list(issue) == ["en", "fr", "es", "uk", "it", "ja", "zh-hans", "hu", "ar"]
    people = [p["name"] for p in people_data.PEOPLE]
    named = [name for name in people if name in text_of(issue["en"])]
    assert len(named) == len(people), "the English issue names the whole board"
    for locale, edition in issue.items():
        assert set(edition) == {"title", "intro", "items"}
        assert len(edition["items"]) == len(issue["en"]["items"])
        assert all(set(item) == {"heading", "text"} for item in edition["items"])
        # people's names are kept as they are spelled in PEOPLE
        assert [name for name in people if name in text_of(edition)] == named, locale
        assert_written_in(locale, text_of(edition))


# --- fidelity to the seed documents ------------------------------------------------------------------------

def seed_text(name):
    """A seed's text with whitespace collapsed and hyphens read as spaces, for containment checks."""
    return normalise((SEEDS_DIR / name).read_text())


def normalise(text):
    return re.sub(r"\s+", " ", text.replace("-", " ")).strip()


def test_every_module_names_a_seed_that_exists():
    for module in (sonoma, socal, pinole):
        assert (SEEDS_DIR / module.SEED).is_file()
    assert (SEEDS_DIR / socal.CITY_PAGE_SEED).is_file()


def test_quotes_are_word_for_word_from_the_seed():
    seed = seed_text(socal.SEED)
    for quote in socal.QUOTES:
        for paragraph in quote["text"].split("\n\n"):
            assert normalise(paragraph) in seed, f"{quote['speaker']}: {paragraph[:60]}"
        assert f"President {quote['speaker']}" in seed


def test_people_positions_and_cities_are_named_in_the_seed():
    seed = seed_text(sonoma.SEED)
    for person in people_data.PEOPLE:
        assert normalise(person["name"]) in seed
    for position in people_data.POSITIONS:
        assert normalise(position["title"]) in seed
    for city in cities_data.CITIES:
        assert normalise(city["name"]) in seed
    for goal in sonoma.GOALS:
        assert normalise(goal) in seed


def test_meetings_are_the_seed_calendar():
    seed = seed_text(sonoma.SEED)
    for meeting in events_data.MEETINGS:
        place = meeting["venue"] or meeting["venue_note"]
        assert normalise(f"{meeting['title']} @ {place}") in seed
        for day in meeting["listed"]:
            date = dt.date.fromisoformat(day)
            start = dt.datetime.combine(date, dt.time.fromisoformat(meeting["start"]))
            end = dt.datetime.combine(date, dt.time.fromisoformat(meeting["end"]))
            when = (f"{date:%b} {date.day} @ {start:%-I:%M} {start:%p}".lower()
                    + f" – {end:%-I:%M} {end:%p}".lower())
            assert normalise(when) in seed.lower(), when


def test_chapter_contact_and_partnership_texts_are_from_the_seeds():
    seed = seed_text(socal.SEED)
    org = socal.ORGANISATION
    for value in [org["legal_name"], *org["address"], org["phone"], org["tax_id"], org["email"], org["mission"]]:
        assert normalise(value) in seed
    city_page = seed_text(socal.CITY_PAGE_SEED)
    for city in cities_data.PARTNERSHIPS:
        assert normalise(city["image_caption"]) in city_page
        for paragraph in city["body"]:
            assert normalise(paragraph) in city_page, paragraph[:60]
    for goal in socal.SCI_GOALS:
        assert normalise(goal) in city_page
