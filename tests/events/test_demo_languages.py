"""The demo's events index and meetings in every language, through
wagtail-localize: /xx/events/ lists the meetings /en/events/ lists, in xx,
and a meeting not translated yet is still listed (in English)."""

import re

import pytest
from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Site

from core.demo.translate import translate_page
from events import demo, occurrences
from events.demo_translations import TRANSLATIONS
from events.models import EventPage
from people.models import Committee

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]


def listed(client, path: str) -> list[str]:
    response = client.get(path)
    assert response.status_code == 200, path
    html = response.content.decode()
    return re.findall(r'<h3 class="event-title">\s*(?:<span[^>]*>[^<]*</span>\s*)?<a href="([^"]+)">([^<]+)</a>', html)


@pytest.fixture(scope="module")
def _translated_once(django_db_setup, django_db_blocker):
    """Loaded once for the module (eight languages take a while), in a
    transaction rolled back after its last test; each test in a savepoint."""
    with django_db_blocker.unblock(), transaction.atomic():
        home = Site.objects.get(is_default_site=True).root_page.specific
        yield load(home)
        transaction.set_rollback(True)


@pytest.fixture
def translated(_translated_once, db):
    return _translated_once


def load(home):
    for slug, name in (("board", "SSCA Board of Directors"), ("sonoma-kaniv", "Sonoma-Kaniv Committee")):
        Committee.objects.create(slug=slug, name=name)
    index = demo.load(home)
    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
        translate_page(home, code, {"title": [f"Home ({code})"]})
    demo.translate(home, set(LANGUAGES))
    return index


def test_every_language_lists_the_same_meetings_as_english_in_its_own_words(client, translated):
    english = listed(client, "/en/events/")
    assert len(english) >= 4
    for code in LANGUAGES:
        titles = {page.title for page in EventPage.objects.filter(locale__language_code=code)}
        assert titles == {TRANSLATIONS[code][path]["title"][0] for path in TRANSLATIONS[code] if path != "events"}
        found = listed(client, f"/{code}/events/")
        # Same meetings on the same dates, each as its translation under the reader's prefix.
        assert len(found) == len(english), code
        assert all(url.startswith(f"/{code}/events/") for url, _title in found), code
        assert {title for _url, title in found} <= titles, code
        html = client.get(f"/{code}/events/").content.decode()
        assert TRANSLATIONS[code]["events"]["title"][0] in html and "translation-notice" not in html

        url = found[0][0].split("?")[0]
        page = client.get(url).content.decode()
        assert f'<html lang="{code}"' in page and "translation-notice" not in page, url
        assert found[0][1] in page


def test_a_meeting_not_yet_translated_is_listed_in_english_under_the_readers_prefix(client, translated):
    kaniv_fr = EventPage.objects.get(locale__language_code="fr", slug="sonoma-kaniv-committee-meeting")
    kaniv_fr.delete()

    found = listed(client, "/fr/events/")

    assert len(found) == len(listed(client, "/en/events/"))
    kaniv = [(url, title) for url, title in found if title == "Sonoma-Kaniv Committee Meeting"]
    assert kaniv and all(url.startswith("/fr/events/") for url, _title in kaniv)
    page = client.get(kaniv[0][0].split("?")[0]).content.decode()
    assert "translation-notice" in page


def test_listings_without_an_index_count_each_meeting_once(translated):
    english = EventPage.objects.filter(locale__language_code="en")
    assert EventPage.objects.count() == english.count() * (len(LANGUAGES) + 1)

    pages = list(occurrences.event_pages())

    assert sorted(page.pk for page in pages) == sorted(english.values_list("pk", flat=True))
