"""A partner city's profile shows its committee's next meetings, and each
meeting links back to its city, in the reader's language."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from core.i18n import sync_locales
from events.models import EventIndexPage
from people.models import Committee, Person
from tests import content
from tests.events.conftest import make_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def kaniv():
    home = content.home_page()
    directory = content.directory(title="Sister cities", slug="sister-cities")
    kaniv = content.city(directory, "Kaniv", country="UA")
    committee = Committee.objects.create(name="Sonoma-Kaniv Committee", slug="sonoma-kaniv", city=kaniv)
    index = content.add_page(home, EventIndexPage(title="Events", slug="events"))
    soon = timezone.localdate() + timedelta(days=3)
    make_event(index, title="Sonoma-Kaniv Committee Meeting", committee=committee, start_date=soon,
               repeat="monthly_weekday", venue_name="Sonoma Library")
    make_event(index, title="Kaniv exchange planning", category="board_meeting", city=kaniv,
               start_date=soon + timedelta(days=1))
    make_event(index, title="Kaniv picnic", category="cultural", city=kaniv, start_date=soon)  # not a meeting
    other = content.city(directory, "Tokaj", country="HU")
    make_event(index, title="Sonoma-Tokaj Committee Meeting",
               committee=Committee.objects.create(name="Sonoma-Tokaj Committee", slug="sonoma-tokaj", city=other),
               start_date=soon)
    return kaniv


def test_the_profile_lists_the_next_meetings_of_its_committee_and_about_the_city(client, kaniv):
    html = client.get("/en/sister-cities/kaniv/").content.decode()
    section = html.split('class="next-meetings city-meetings"', 1)[1].split("</section>", 1)[0]
    assert "Next meetings" in section
    assert section.count("<li") == 3  # limited; the committee's series, the board's meeting about the city
    assert 'href="/en/events/sonoma-kaniv-committee-meeting/"' in section
    assert "Kaniv exchange planning" in section
    assert "Kaniv picnic" not in section and "Tokaj" not in section


def test_the_meeting_links_its_city_from_its_committee_or_its_own_field(client, kaniv):
    html = client.get("/en/events/sonoma-kaniv-committee-meeting/").content.decode()
    assert '<a href="/en/sister-cities/kaniv/" class="event-city">Kaniv</a>' in html
    html = client.get("/en/events/kaniv-exchange-planning/").content.decode()
    assert '<a href="/en/sister-cities/kaniv/" class="event-city">Kaniv</a>' in html


def test_in_another_language_both_links_stay_under_the_readers_prefix(client, kaniv):
    sync_locales(synchronise_trees=False)
    city = client.get("/fr/sister-cities/kaniv/").content.decode()
    assert 'href="/fr/events/sonoma-kaniv-committee-meeting/"' in city
    event = client.get("/fr/events/sonoma-kaniv-committee-meeting/").content.decode()
    assert 'href="/fr/sister-cities/kaniv/" class="event-city"' in event


def test_a_translated_profile_finds_its_committee_its_chair_and_its_meetings(client, kaniv):
    sync_locales(synchronise_trees=False)
    chair = Person.objects.create(name="Sylvia Lopez")
    Committee.objects.filter(slug="sonoma-kaniv").update(chair=chair)
    french = kaniv.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    french.save_revision().publish()
    html = client.get(f"/fr/sister-cities/{french.slug}/").content.decode()
    assert "Sylvia Lopez" in html
    assert 'href="/fr/events/sonoma-kaniv-committee-meeting/"' in html


def test_the_next_reader_of_the_profile_does_not_expand_the_meetings_again(client, kaniv):
    client.get("/en/sister-cities/kaniv/", {"first": "reader"})
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/en/sister-cities/kaniv/", {"second": "reader"}).content.decode()
    assert [query for query in queries if '"events_eventpage"' in query["sql"]] == []
    assert "Kaniv exchange planning" in html and "Sonoma-Kaniv Committee Meeting" in html
