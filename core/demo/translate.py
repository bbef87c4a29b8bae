"""Real translations of the demo content, made the way an editor makes them.

For each English page: a wagtail-localize TranslationSource and Translation,
the page's strings exported as PO, filled from translations written by hand
(never machine output, each app keeps its own), imported, and the
translation published. The translated pages therefore stay synchronised with
their English source and can be edited further in the translation editor.
"""

from collections import defaultdict

from django.conf import settings
from django.utils.html import escape
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

TOOL_NAME = "demo content"

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


def locales_to_fill() -> set[str]:
    """The languages the demo is translated into: every Locale but the
    default one (`manage.py sync_locales` creates them)."""
    return set(Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).values_list("language_code", flat=True))
