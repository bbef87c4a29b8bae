"""Real translations of the demo content, made the way an editor makes them.

For each English page: a wagtail-localize TranslationSource and Translation,
the page's strings exported as PO, filled from `data/translations.py` (written
by hand, never machine output), imported, and the translation published. The
translated pages therefore stay synchronised with their English source and
can be edited further in the translation editor.

What is translated: the home page, the directory and the mission page in all
nine languages, every partner city's profile in that city's language, on
both demo sites.
"""

from collections import defaultdict

from django.conf import settings
from django.utils.html import escape
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from .data import translations as data
from .tree import child

TOOL_NAME = "demo content"

# The lead-in of the mission page's list of goals, which the seed translations
# do not carry (its English is sonoma.GOALS_INTRO).
GOALS_INTRO = {
    "fr": "Cette mission se concrétise par quatre grands objectifs, poursuivis avec nos partenaires dans le monde :",
    "es": "Esta misión se lleva adelante mediante cuatro grandes objetivos, junto con nuestros socios en el mundo:",
    "it": "Questa missione si realizza attraverso quattro grandi obiettivi, perseguiti con i nostri partner nel mondo:",
    "ja": "この使命は、世界のパートナーとともに取り組む次の4つの大きな目標を通じて推進されています。",
    "uk": "Ця місія втілюється через чотири широкі цілі, які ми здійснюємо разом із партнерами у світі:",
    "zh-hans": "我们与世界各地的伙伴一起，通过以下四项广泛的目标推进这一使命：",
    "hu": "Ezt a küldetést négy átfogó céllal valósítjuk meg nemzetközi partnereinkkel együtt:",
    "ar": "نسعى إلى تحقيق هذه الرسالة عبر أربعة أهداف واسعة مع شركائنا حول العالم:",
}

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


class DemoTranslationError(ValueError):
    """The hand-written translation does not fit the page (a field has a
    different number of paragraphs than its English)."""


def fill_po(po, strings: dict[str, list[str]], where: str) -> int:
    """Put translated strings into an exported PO, field by field in segment
    order. Fields not named keep their source text. Returns entries filled."""
    by_field = defaultdict(list)
    for entry in po:
        if not entry.obsolete:
            by_field[entry.msgctxt.split(".")[0]].append(entry)
    filled = 0
    for field, texts in strings.items():
        entries = by_field.get(field, [])
        if len(entries) != len(texts):
            raise DemoTranslationError(
                f"{where}: {field!r} has {len(entries)} strings in English and {len(texts)} in the translation")
        for entry, text in zip(entries, texts, strict=True):
            entry.msgstr = escape(text)
            filled += 1
    # A slug the demo does not translate is kept on purpose: say so, or the
    # translation-status report would call the page partly translated.
    for entry in by_field.get("slug", []) if "slug" not in strings else []:
        entry.msgstr = entry.msgid
    return filled


def translate_page(page: Page, code: str, strings: dict[str, list[str]], report=None) -> Page:
    """Translate `page` into language `code` through wagtail-localize and
    publish it. An existing real translation is left as editors made it."""
    locale = Locale.objects.get(language_code=code)
    existing = page.get_translation_or_none(locale)
    if existing is not None and existing.alias_of_id is None:
        return existing
    source, _ = TranslationSource.update_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    fill_po(po, strings, where=f"{page.url_path} in {code}")
    problems = translation.import_po(po, tool_name=TOOL_NAME)
    if problems:
        raise DemoTranslationError(f"{page.url_path} in {code}: {problems}")
    # Save, then publish at once: wagtail-localize's own publish waits for
    # the commit, and a parent published later from its older revision would
    # lose the children added since (the tree's child count is in the revision).
    translation.save_target(publish=False)
    translated = page.get_translation(locale)
    translated.get_latest_revision().publish()
    if report is not None:
        report.add(f"translation {translated.url_path} ({code})")
    return translated


def simple(entry: dict, code: str) -> dict[str, list[str]]:
    return {"title": [entry["title"]], "intro": [entry["intro"]]}


def translate_everywhere(page: Page | None, table: dict, strings_for, locales: set[str], report) -> None:
    if page is None:
        return
    page = page.specific
    for code, entry in table.items():
        if code != "en" and code in locales:
            translate_page(page, code, strings_for(entry, code), report)


def mission_strings(entry: dict, code: str) -> dict[str, list[str]]:
    return {"title": [entry["title"]], "intro": [entry["mission"]], "body": [GOALS_INTRO[code], *entry["goals"]]}


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


def translate_demo(sites: dict[str, Site], report=None) -> None:
    """Translate the loaded demo content into every language that has a
    Locale (`manage.py sync_locales` creates them; with none, nothing to do)."""
    locales = set(Locale.objects.exclude(language_code=settings.LANGUAGE_CODE)
                  .values_list("language_code", flat=True))
    if not locales:
        return
    sonoma = sites["sonoma"].root_page.specific
    directory = child(sonoma, "sister-cities")
    translate_everywhere(sonoma, data.HOME, simple, locales, report)
    translate_everywhere(directory, data.DIRECTORY, simple, locales, report)
    translate_everywhere(child(sonoma, "mission"), data.MISSION, mission_strings, locales, report)
    translate_cities(directory, locales, report)

    chapter = sites.get("chapter")
    if chapter is not None:
        home = chapter.root_page.specific
        directory = child(home, "directory")
        translate_everywhere(home, data.CHAPTER_HOME, simple, locales, report)
        translate_everywhere(directory, data.CHAPTER_DIRECTORY, simple, locales, report)
        translate_cities(directory, locales, report)
        translate_cities(directory, locales, report, prefix="sonoma-")
