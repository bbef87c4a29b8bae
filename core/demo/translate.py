"""Real translations of the demo content, made the way an editor makes them.

For each English page: a wagtail-localize TranslationSource and Translation,
the page's strings exported as PO, filled from translations written by hand
(never machine output, each app keeps its own), imported, and the
translation published. The translated pages therefore stay synchronised with
their English source and can be edited further in the translation editor.
"""

from collections import defaultdict
from contextlib import contextmanager

from django.conf import settings
from django.db.models.signals import post_save
from django.utils.html import escape
from modelcluster.fields import ParentalKey
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Locale, Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.models import Translation, TranslationSource

from .tree import child

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


def _import(instance, locale, strings: dict[str, list[str]], where: str) -> Translation:
    """The instance's TranslationSource and Translation into `locale`, its
    strings filled from the hand-written ones and imported as PO."""
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    fill_po(po, strings, where=where)
    problems = translation.import_po(po, tool_name=TOOL_NAME)
    if problems:
        raise DemoTranslationError(f"{where}: {problems}")
    return translation


def translate_page(page: Page, code: str, strings: dict[str, list[str]], report=None) -> Page:
    """Translate `page` into language `code` through wagtail-localize and
    publish it. An existing real translation is left as editors made it."""
    locale = Locale.objects.get(language_code=code)
    existing = page.get_translation_or_none(locale)
    if existing is not None and existing.alias_of_id is None:
        return existing
    translation = _import(page, locale, strings, f"{page.url_path} in {code}")
    # Save, then publish at once: wagtail-localize's own publish waits for
    # the commit, and a parent published later from its older revision would
    # lose the children added since (the tree's child count is in the revision).
    translation.save_target(publish=False)
    translated = page.get_translation(locale)
    translated.get_latest_revision().publish()
    if report is not None:
        report.add(f"translation {translated.url_path} ({code})")
    return translated


def translate_snippet(snippet, code: str, strings: dict[str, list[str]], report=None):
    """Translate a snippet (menu, footer, quote) into language `code` through
    wagtail-localize; an existing translation is left as editors made it.
    Page links in it follow the source: readers get each page's translation."""
    locale = Locale.objects.get(language_code=code)
    existing = snippet.get_translation_or_none(locale)
    if existing is not None:
        return existing
    translation = _import(snippet, locale, strings, f"{snippet} in {code}")
    translation.save_target()
    translated = snippet.get_translation(locale)
    if report is not None:
        report.add(f"translation {translated} ({code})")
    return translated


def translate_tree(root: Page, table: dict[str, dict[str, dict]], locales: set[str], report, fit=None) -> None:
    """Pages under `root` from a table {language: {path below root: strings}},
    parents listed before their children ("" is `root` itself). A page the
    demo did not create (an editor removed it) is skipped; `fit(page,
    strings)` may leave out fields another loader has not filled."""
    for code, pages in table.items():
        if code not in locales:
            continue
        for path, strings in pages.items():
            page = root
            for slug in filter(None, path.split("/")):
                page = child(page, slug) if page is not None else None
            if page is not None:
                page = page.specific
                translate_page(page, code, fit(page, strings) if fit else strings, report)


def simple(entry: dict, code: str) -> dict[str, list[str]]:
    return {"title": [entry["title"]], "intro": [entry["intro"]]}


def translate_everywhere(page: Page | None, table: dict, strings_for, locales: set[str], report) -> None:
    if page is None:
        return
    page = page.specific
    for code, entry in table.items():
        if code != "en" and code in locales:
            translate_page(page, code, strings_for(entry, code), report)


@contextmanager
def indexed_once():
    """Search and reference indexes brought up to date once per object at
    the end, not at each of the several saves one translation makes (copy,
    save, revision, publish): a translated page takes about a third less time."""
    saved = set()

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved.add((sender, instance.pk))

    searched = [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in searched:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(remember, weak=False, dispatch_uid="demo-indexed-once")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="demo-indexed-once")
        for model in searched:
            post_save.connect(post_save_signal_handler, sender=model)
    for model, pk in saved:
        # Inline children (a ParentalKey) are indexed with their page.
        referenced = ReferenceIndex.is_indexed(model) and not any(
            isinstance(field, ParentalKey) for field in model._meta.get_fields())
        if model in searched or referenced:
            instance = model.objects.get(pk=pk)
            if model in searched:
                index.insert_or_update_object(instance)
            if referenced:
                ReferenceIndex.create_or_update_for_object(instance)


def locales_to_fill() -> set[str]:
    """The languages the demo is translated into: every Locale but the
    default one (`manage.py sync_locales` creates them)."""
    return set(Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).values_list("language_code", flat=True))
