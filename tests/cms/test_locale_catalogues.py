"""The interface catalogues: every string translated in all eight languages,
placeholders intact, and compiled without GNU gettext."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.utils import translation

from core.catalogs import compile_catalogues

LOCALE_DIR = Path(settings.LOCALE_PATHS[0])
FOLDERS = {"fr", "es", "it", "ja", "uk", "zh_Hans", "hu", "ar"}
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{\w+\}")


def po_files():
    return sorted(LOCALE_DIR.glob("*/LC_MESSAGES/django.po"))


def test_there_is_a_catalogue_for_every_language_but_english():
    assert {path.parts[-3] for path in po_files()} == FOLDERS
    configured = {code for code, _name in settings.LANGUAGES} - {"en"}
    assert {translation.to_locale(code) for code in configured} == FOLDERS


@pytest.mark.parametrize("path", po_files(), ids=lambda path: path.parts[-3])
def test_every_string_is_translated_with_its_placeholders(path):
    catalogue = polib.pofile(str(path))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    assert catalogue.metadata["Language"] == path.parts[-3]
    for entry in catalogue.translated_entries():
        expected = sorted(PLACEHOLDER.findall(entry.msgid))
        translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            assert sorted(PLACEHOLDER.findall(text)) == expected or (
                # A plural form may name the count in words ("one" -> "une"),
                # or name it where English's singular does not: every form is
                # filled from the same values.
                entry.msgid_plural and set(PLACEHOLDER.findall(text)) <= set(expected) | set(
                    PLACEHOLDER.findall(entry.msgid_plural))
            ), f"{path.parts[-3]}: {entry.msgid!r} -> {text!r}"


def test_compiles_without_gnu_gettext(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no msgfmt to be found
    target = tmp_path / "locale"
    for path in po_files():
        copy = target / path.relative_to(LOCALE_DIR)
        copy.parent.mkdir(parents=True)
        copy.write_bytes(path.read_bytes())

    written = compile_catalogues([target])

    assert len(written) == len(FOLDERS)
    french = polib.mofile(str(target / "fr/LC_MESSAGES/django.mo"))
    assert {entry.msgid: entry.msgstr for entry in french}["Skip to content"] == "Aller au contenu"
    # Up to date: nothing to rewrite the second time.
    assert compile_catalogues([target]) == []


def test_the_compiled_catalogues_are_what_readers_get():
    for code, skip in {"fr": "Aller au contenu", "ja": "本文へ移動", "ar": "انتقل إلى المحتوى",
                       "zh-hans": "跳到正文"}.items():
        with translation.override(code):
            assert translation.gettext("Skip to content") == skip


def test_a_broken_catalogue_is_named_and_leaves_no_stale_mo(tmp_path, settings):
    folder = tmp_path / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "django.po").write_text('msgid "Languages"\nmsgstr "Langues"\nmsgstr "Langue"\n')
    stale = folder / "django.mo"
    stale.write_bytes(b"old")
    settings.LOCALE_PATHS = [tmp_path]

    with pytest.raises(CommandError, match=r"fr/LC_MESSAGES/django.po"):
        call_command("compile_translations", "--force")
    assert not stale.exists()


# Hedged forms: a translation that cannot know the gender of a reader or the
# sound of a placeholder's value must not paper over it with a bracketed or
# slashed ending ("a(z)", "написав(ла)", "Estimado/a", "abonné·e"); a native
# speaker restructures the sentence instead (the placeholder after a noun and
# a colon, a noun phrase, a neutral greeting).
EVERYWHERE = [
    # A word with its alternative ending in brackets: Hungarian's article
    # "a(z)", Ukrainian "Шановний(а)", French "inscrit(e)", "(e)s".
    re.compile(r"\w\(-?\w{1,4}\)"),
]
HEDGES = {
    # Hungarian: the article and the suffixes follow the sound of the next
    # word, which a placeholder hides: no "a(z) %(x)s", no "%(x)s-ban".
    "hu": [re.compile(r"\b[Aa]\(z\)"), re.compile(r"(%\(\w+\)[sd]|\{\w+\})-\w")],
    # Ukrainian: a past tense or adjective agrees with a gender we do not know.
    "uk": [re.compile(r"\w/(ла|а|на|ий)\b")],
    # Arabic: masculine and feminine side by side ("عزيزي/عزيزتي", "(ة)").
    "ar": [re.compile(r"[\u0600-\u06FF]/[\u0600-\u06FF]"), re.compile(r"\(ة\)|/ة")],
    # French: inclusive-writing points and slashes ("abonné·e", "cher/chère").
    "fr": [re.compile(r"\w·\w"), re.compile(r"\w/(e|es|ère|euse|rice)\b")],
    # Spanish and Italian: "Estimado/a", "benvenuto/a".
    "es": [re.compile(r"\w/[ao]s?\b")],
    "it": [re.compile(r"\w/[ao]s?\b")],
    "ja": [],
    "zh_Hans": [],
}


def test_hedges_cover_every_language():
    assert set(HEDGES) == FOLDERS


@pytest.mark.parametrize("path", po_files(), ids=lambda path: path.parts[-3])
def test_no_translation_hedges_an_ending(path):
    patterns = EVERYWHERE + HEDGES[path.parts[-3]]
    hedged = []
    for entry in polib.pofile(str(path)).translated_entries():
        translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        hedged += [text for text in translations if any(pattern.search(text) for pattern in patterns)]
    assert hedged == []
