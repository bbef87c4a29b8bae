"""Translated slugs by default; the same slug in every language for the page
types that ask for it (partner-city profiles, events), through wagtail-localize."""

import pytest

from cities.models import CityProfilePage
from home.models import StandardPage
from tests import content
from tests.core.i18n_support import all_locales, english_home, localize

pytestmark = pytest.mark.django_db


@pytest.fixture
def locales():
    return all_locales()


def test_a_city_profile_keeps_its_slug_in_every_language(locales):
    kaniv = content.city(content.directory(), "Kaniv", country="UA")
    ukrainian, offered = localize(kaniv, "uk", {"title": "Канів", "slug": "kaniv-uk"})
    assert "slug" not in offered  # never offered to the translator
    assert ukrainian.title == "Канів"
    assert ukrainian.slug == "kaniv"


def test_a_standard_page_gets_its_translated_slug(locales):
    about = content.add_page(english_home(), StandardPage(title="About us", slug="about"))
    french, offered = localize(about, "fr", {"title": "À propos", "slug": "a-propos"})
    assert "slug" in offered
    assert french.slug == "a-propos"


def test_a_translation_edited_outside_the_translation_editor_takes_the_source_slug_back(locales):
    kaniv = content.city(content.directory(), "Kaniv", country="UA")
    ukrainian, _ = localize(kaniv, "uk", {"title": "Канів"})
    ukrainian.slug = "kaniv-po-ukrainsky"
    ukrainian.save_revision().publish()
    ukrainian.refresh_from_db()
    assert ukrainian.slug == "kaniv"


def test_the_stable_slug_page_types():
    from events.models import EventPage

    assert CityProfilePage.stable_slug and EventPage.stable_slug
    assert not getattr(StandardPage, "stable_slug", False)


def test_codes_and_settings_are_never_sent_to_translators(locales):
    from wagtail_localize.fields import get_translatable_fields

    from events.models import EventPage

    def sent(model):
        return {field.field_name for field in get_translatable_fields(model) if field.is_translated(None)}

    assert {"title", "summary", "local_city"} <= sent(CityProfilePage)
    assert "country" not in sent(CityProfilePage) and "slug" not in sent(CityProfilePage)
    assert {"title", "summary", "venue_name"} <= sent(EventPage)
    assert "reminder_days" not in sent(EventPage) and "slug" not in sent(EventPage)
