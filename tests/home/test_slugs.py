"""Translated slugs by default; the same slug in every language for the page
types that ask for it (partner-city profiles, events), through wagtail-localize."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from cities.models import CityProfilePage
from home.models import StandardPage
from tests import content
from tests.home.i18n_support import all_locales, english_home

pytestmark = pytest.mark.django_db


@pytest.fixture
def locales():
    return all_locales()


def translate(page, code, strings):
    """Submit `page` for translation, fill the PO as a translator would, publish."""
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=Locale.objects.get(
        language_code=code))
    po = translation.export_po()
    for entry in po:
        if entry.msgctxt in strings:
            entry.msgstr = strings[entry.msgctxt]
    assert translation.import_po(po) == []
    translation.save_target(publish=False)
    translated = page.get_translation(translation.target_locale)
    translated.get_latest_revision().publish()
    translated.refresh_from_db()
    return translated, {entry.msgctxt for entry in po}


def test_a_city_profile_keeps_its_slug_in_every_language(locales):
    kaniv = content.city(content.directory(), "Kaniv", country="UA")
    ukrainian, offered = translate(kaniv, "uk", {"title": "Канів", "slug": "kaniv-uk"})
    assert "slug" not in offered  # never offered to the translator
    assert ukrainian.title == "Канів"
    assert ukrainian.slug == "kaniv"


def test_a_standard_page_gets_its_translated_slug(locales):
    about = content.add_page(english_home(), StandardPage(title="About us", slug="about"))
    french, offered = translate(about, "fr", {"title": "À propos", "slug": "a-propos"})
    assert "slug" in offered
    assert french.slug == "a-propos"


def test_a_translation_edited_outside_the_translation_editor_takes_the_source_slug_back(locales):
    kaniv = content.city(content.directory(), "Kaniv", country="UA")
    ukrainian, _ = translate(kaniv, "uk", {"title": "Канів"})
    ukrainian.slug = "kaniv-po-ukrainsky"
    ukrainian.save_revision().publish()
    ukrainian.refresh_from_db()
    assert ukrainian.slug == "kaniv"


def test_the_stable_slug_page_types():
    from events.models import EventPage

    assert CityProfilePage.stable_slug and EventPage.stable_slug
    assert not getattr(StandardPage, "stable_slug", False)
