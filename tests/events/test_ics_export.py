"""The .ics feeds, re-read with icalendar and expanded with
recurring-ical-events: what a calendar app sees must be the site's listing."""

from datetime import UTC, date, datetime, time, timedelta

import icalendar
import pytest
import recurring_ical_events

from events import occurrences
from events.models import CalendarFeed, EventPage, ImportedEvent
from tests.events.conftest import make_event

pytestmark = pytest.mark.django_db

START = datetime(2024, 11, 1, tzinfo=UTC)
END = datetime(2027, 12, 31, tzinfo=UTC)  # imported rows are kept a year back from today


def as_utc(value):
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return value


def stamp_of(component):
    rid = component.get("RECURRENCE-ID")
    if rid is None:
        return ""
    value = rid.dt
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ") if isinstance(value, datetime) else value.strftime("%Y%m%d")


def expanded(body: bytes) -> set:
    cal = icalendar.Calendar.from_ical(body)
    # A one-off event has no recurrence id; recurring_ical_events gives every
    # occurrence one, so keep it only for series and their changed dates.
    series = {str(e["UID"]) for e in cal.walk("VEVENT") if "RRULE" in e or "RECURRENCE-ID" in e}
    found = set()
    for component in recurring_ical_events.of(cal).between(START, END):
        uid = str(component["UID"])
        found.add((uid, stamp_of(component) if uid in series else "", as_utc(component.start),
                   as_utc(component.end), str(component.get("STATUS", "CONFIRMED"))))
    return found


def listed(**filters) -> set:
    return {(occ.uid, occ.recurrence_id,
             occ.start.date() if occ.all_day else occ.start.astimezone(UTC),
             occ.end.date() if occ.all_day else occ.end.astimezone(UTC),
             {"cancelled": "CANCELLED", "postponed": "TENTATIVE"}.get(occ.status, "CONFIRMED"))
            for occ in occurrences.between(START, END, **filters)}


@pytest.fixture
def calendar_pages(index, kaniv_committee, board, kaniv):
    make_event(index, title="Sonoma-Kaniv Committee Meeting", committee=kaniv_committee, repeat="monthly_weekday",
               venue_name="Sonoma Library Meeting Room", exceptions=[
                   {"original_date": date(2024, 12, 11), "action": "cancelled", "note": "Holidays"},
                   {"original_date": date(2025, 1, 8), "action": "moved", "new_start_date": date(2025, 1, 15)},
                   {"original_date": date(2025, 2, 12), "action": "removed"}])
    make_event(index, title="Penglai Committee Meeting", start_date=date(2024, 12, 2), start_time=time(11),
               end_time=time(12, 30), repeat="monthly_weekday", venue_name="Best Western Sonoma Valley Inn",
               virtual_url="https://meet.example.org/penglai", repeat_count=10)
    make_event(index, title="Board; budget, 2025", committee=board, start_date=date(2024, 11, 11),
               end_time=time(20), repeat="monthly_weekday", repeat_until=date(2025, 6, 30))
    make_event(index, title="Harvest fair", city=kaniv, category="cultural", start_time=None, end_time=None,
               start_date=date(2025, 9, 20), end_date=date(2025, 9, 21))
    make_event(index, title="Kyiv delegation", time_zone="Europe/Kyiv", start_date=date(2025, 5, 5),
               start_time=time(10), end_time=time(12), status="cancelled")
    feed = CalendarFeed.objects.create(name="Kaniv council", url="https://example.org/k.ics", index=index,
                                       committee=kaniv_committee)
    ImportedEvent.objects.create(feed=feed, uid="series@kaniv", recurrence_id="20270301T080000Z", title="Council",
                                 start=datetime(2027, 3, 1, 8, tzinfo=UTC), end=datetime(2027, 3, 1, 9, tzinfo=UTC),
                                 zone="Europe/Kyiv", content_hash="h")
    ImportedEvent.objects.create(feed=feed, uid="day@kaniv", title="City day", all_day=True,
                                 start=datetime(2027, 5, 25, tzinfo=UTC), end=datetime(2027, 5, 26, tzinfo=UTC),
                                 start_date=date(2027, 5, 25), end_date=date(2027, 5, 26), zone="Europe/Kyiv",
                                 content_hash="h")
    return index


def test_feed_expands_to_exactly_the_sites_listing(client, calendar_pages):
    response = client.get(calendar_pages.url + "feed.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    site = listed()
    # Kaniv monthly to Dec 2027 less the removed date, Penglai x10, board to June 2025, fair, Kyiv, imported.
    assert len(site) == 37 + 10 + 8 + 1 + 1 + 2
    assert expanded(response.content) == site


def test_committee_and_city_feeds_hold_only_theirs(client, calendar_pages):
    kaniv = client.get(calendar_pages.url + "feed.ics?committee=kaniv")
    assert expanded(kaniv.content) == listed(committee="kaniv")
    assert {uid for uid, *_ in expanded(kaniv.content)} >= {"series@kaniv"}
    city = client.get(calendar_pages.url + "feed.ics?city=kaniv")
    assert expanded(city.content) == listed(city="kaniv")
    assert client.get(calendar_pages.url + "feed.ics?committee=nobody").status_code == 404


def test_feed_is_valid_rfc5545_with_a_vtimezone_for_every_zone(client, calendar_pages):
    cal = icalendar.Calendar.from_ical(client.get(calendar_pages.url + "feed.ics").content)
    assert cal["VERSION"] == "2.0" and cal["PRODID"]
    assert {tz["TZID"] for tz in cal.walk("VTIMEZONE")} == {"America/Los_Angeles", "Europe/Kyiv"}
    assert cal.get_missing_tzids() == set()
    for event in cal.walk("VEVENT"):
        assert event["UID"] and event["DTSTAMP"] and "SEQUENCE" in event
    masters = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT") if "RECURRENCE-ID" not in e}
    assert masters["Board; budget, 2025"].to_ical().count(b"SUMMARY:Board\\; budget\\, 2025") == 1
    kaniv = masters["Sonoma-Kaniv Committee Meeting"]
    assert kaniv["RRULE"].to_ical() == b"FREQ=MONTHLY;BYDAY=2WE"
    assert kaniv["DTSTART"].params["TZID"] == "America/Los_Angeles"
    assert [d.dt for d in kaniv["EXDATE"].dts] == [datetime(2025, 2, 12, 18, tzinfo=kaniv["DTSTART"].dt.tzinfo)]
    assert masters["Cancelled: Kyiv delegation"]["STATUS"] == "CANCELLED"
    penglai = masters["Penglai Committee Meeting"]
    assert penglai["URL"].startswith("http://testserver/")
    assert "https://meet.example.org/penglai" in penglai["DESCRIPTION"]
    conference = penglai["CONFERENCE"]
    assert conference == "https://meet.example.org/penglai"
    assert (conference.params["VALUE"], conference.params["FEATURE"]) == ("URI", "VIDEO")
    fair = masters["Harvest fair"]
    assert fair["DTSTART"].dt == date(2025, 9, 20) and fair["DTEND"].dt == date(2025, 9, 22)
    overrides = [e for e in cal.walk("VEVENT") if "RECURRENCE-ID" in e and e["UID"] == kaniv["UID"]]
    assert sorted(str(e["SUMMARY"]) for e in overrides) == ["Cancelled: Sonoma-Kaniv Committee Meeting",
                                                            "Sonoma-Kaniv Committee Meeting"]


def test_per_event_ics_holds_the_series_and_its_changes(client, calendar_pages):
    page = EventPage.objects.get(title="Sonoma-Kaniv Committee Meeting")
    response = client.get(page.url + "event.ics")
    assert response.status_code == 200
    cal = icalendar.Calendar.from_ical(response.content)
    assert {str(e["UID"]) for e in cal.walk("VEVENT")} == {page.uid}
    assert {occ[:3] for occ in expanded(response.content)} == {occ[:3] for occ in listed() if occ[0] == page.uid}


def test_sequence_rises_on_every_publish_and_uid_stays(client, index):
    page = make_event(index, title="Board", repeat="monthly_weekday")
    assert page.sequence == 1
    uid = page.uid
    revision = page.save_revision()  # a draft saved before the next publish
    page.title = "Board of Directors"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.sequence == 2
    revision.publish()  # publishing the older revision is still a new change
    page.refresh_from_db()
    assert page.sequence == 3 and page.title == "Board"
    cal = icalendar.Calendar.from_ical(client.get(page.url + "event.ics").content)
    (event,) = cal.walk("VEVENT")
    assert event["SEQUENCE"] == 3 and str(event["UID"]) == uid


def test_conditional_get_answers_304_and_publish_purges_the_cache(client, calendar_pages):
    url = calendar_pages.url + "feed.ics"
    first = client.get(url)
    etag, last_modified = first["ETag"], first["Last-Modified"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH='"other"').status_code == 200

    page = EventPage.objects.get(title="Penglai Committee Meeting")
    page.title = "Penglai Committee Meeting (hybrid)"
    page.save_revision().publish()
    after = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert after.status_code == 200
    assert b"Penglai Committee Meeting (hybrid)" in after.content
    assert after["ETag"] != etag


def test_unpublished_and_private_events_stay_out_of_feeds(client, index):
    from wagtail.models import PageViewRestriction

    make_event(index, title="Draft", publish=False)
    private = make_event(index, title="Members only")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    body = client.get(index.url + "feed.ics").content
    assert b"Draft" not in body and b"Members only" not in body
    assert b"BEGIN:VCALENDAR" not in client.get(private.url + "event.ics").content


def test_imported_event_has_its_own_ics(client, calendar_pages):
    row = ImportedEvent.objects.get(uid="day@kaniv")
    response = client.get(calendar_pages.url + f"imported/{row.pk}.ics")
    (event,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert event["DTSTART"].dt == date(2027, 5, 25) and event["DTEND"].dt == date(2027, 5, 26)
    assert client.get(calendar_pages.url + "imported/999999.ics").status_code == 404


def test_a_sync_that_changes_events_purges_the_cached_feed(client, index, django_capture_on_commit_callbacks):
    from events.sync import apply_body

    feed = CalendarFeed.objects.create(name="Partner", url="https://example.org/p.ics", index=index)
    url = index.url + "feed.ics"
    assert b"Harvest in Kaniv" not in client.get(url).content  # cached now
    soon = (datetime.now(UTC) + timedelta(days=10)).strftime("%Y%m%dT%H%M%SZ")
    body = f"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:h@x\r\nDTSTART:{soon}\r\nSUMMARY:Harvest in Kaniv\r\n" \
           "END:VEVENT\r\nEND:VCALENDAR\r\n"
    with django_capture_on_commit_callbacks(execute=True):
        apply_body(feed, body.encode())
    assert b"Harvest in Kaniv" in client.get(url).content
    feed.delete()
    assert b"Harvest in Kaniv" not in client.get(url).content
