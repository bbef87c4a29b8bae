"""Events in a listing kept in the shared cache (events/cards.py): a listing
renders only the events that changed, and never shows an event, a date
change, a feed's event or a reader's time as it no longer is."""

from datetime import timedelta

import pytest
from django.utils import timezone

from events.cards import TEMPLATE
from events.models import CalendarFeed, EventException, ImportedEvent
from tests.events.conftest import make_event

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("render_every_time")]


@pytest.fixture
def events(index, kaniv_committee):
    today = timezone.localdate()
    meeting = make_event(index, title="Sonoma-Kaniv Committee Meeting", committee=kaniv_committee,
                         repeat="weekly", start_date=today + timedelta(days=1), repeat_count=3,
                         venue_name="Sonoma Library Meeting Room")
    picnic = make_event(index, title="Sister Cities Picnic", start_date=today + timedelta(days=2))
    return meeting, picnic


def rendered(renders) -> list[str]:
    return [item.title for item in renders.of(TEMPLATE, "occ")]


def cards(html: str) -> list[str]:
    return [part.split("</article>")[0] for part in html.split('<article class="event-card')[1:]]


def test_after_an_event_is_published_only_its_dates_are_rendered_again(client, index, events, renders):
    meeting, picnic = events
    first = client.get(index.url).content.decode()
    assert sorted(rendered(renders)) == ["Sister Cities Picnic"] + ["Sonoma-Kaniv Committee Meeting"] * 3

    renders.clear()
    assert client.get(index.url).content.decode() == first
    assert rendered(renders) == []

    picnic.venue_name = "Depot Park"
    picnic.save_revision().publish()
    renders.clear()
    html = client.get(index.url).content.decode()
    assert rendered(renders) == ["Sister Cities Picnic"]
    assert [card for card in cards(html) if "Picnic" in card][0].count("Depot Park") == 1
    assert [card for card in cards(html) if "Picnic" not in card] == \
        [card for card in cards(first) if "Picnic" not in card]


def test_a_cancelled_date_shows_cancelled_at_once(client, index, events, renders):
    meeting, _picnic = events
    client.get(index.url)
    second = meeting.start_date + timedelta(days=7)
    meeting.exceptions.add(EventException(original_date=second, action=EventException.Action.CANCELLED,
                                          note="The library is closed."))
    meeting.save_revision().publish()
    renders.clear()
    html = client.get(index.url).content.decode()
    cancelled = [card for card in cards(html) if "is-cancelled" in card.split(">")[0]]
    assert len(cancelled) == 1 and "Cancelled:" in cancelled[0] and "The library is closed." in cancelled[0]
    assert rendered(renders) == ["Sonoma-Kaniv Committee Meeting"] * 3  # the series changed: each of its dates


def test_a_readers_zone_has_its_own_lines(client, index, events):
    plain = client.get(index.url).content.decode()
    tokyo = client.get(index.url, {"tz": "Asia/Tokyo"}).content.decode()
    assert "your time" not in plain and tokyo.count("your time") == 4
    client.get(index.url, {"tz": ""})
    assert client.get(index.url).content.decode().count("your time") == 0


def test_a_feeds_event_changed_by_a_sync_shows_the_change(client, index, renders):
    feed = CalendarFeed.objects.create(name="Kaniv City Council", url="https://example.org/k.ics", index=index)
    start = timezone.now() + timedelta(days=3)
    row = ImportedEvent.objects.create(feed=feed, uid="x", title="Folk festival", start=start,
                                       end=start + timedelta(hours=2), zone="Europe/Kyiv", content_hash="a")
    assert "From the calendar of Kaniv City Council" in client.get(index.url).content.decode()
    row.location = "Shevchenko Park"
    row.save()
    feed.name = "Kaniv City"
    feed.save()
    card = cards(client.get(index.url).content.decode())[0]
    assert "Shevchenko Park" in card, card
    assert "From the calendar of Kaniv City\n" in card, card
