"""A real Celery worker syncs a partner's calendar served over HTTP on
loopback: 'Sync now' in the admin, the worker's retry on 503 + Retry-After,
and the feed appearing in the site's own .ics."""

import time
from datetime import UTC, datetime, timedelta

import icalendar
import pytest

from tests.integration.conftest import WorkerProcess, child_env

pytestmark = pytest.mark.integration

SOON = datetime.now(UTC) + timedelta(days=20)
ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-TIMEZONE:Europe/Kyiv\r\n"
    "BEGIN:VEVENT\r\nUID:council@kaniv.example\r\n"
    f"DTSTART;TZID=Europe/Kyiv:{SOON:%Y%m%d}T180000\r\nDURATION:PT2H\r\n"
    "RRULE:FREQ=WEEKLY;COUNT=3\r\nSUMMARY:Kaniv city council – open session\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
).encode()


@pytest.fixture
def calendar_host():
    from tests.events.httpserver import CalendarHost

    with CalendarHost() as host:
        yield host


@pytest.fixture
def feeds_worker(broker_purged, transactional_db, tmp_path):
    # The partner's host is on loopback, which the worker refuses by default.
    worker = WorkerProcess(tmp_path / "worker.log", child_env(CALENDAR_FEEDS_ALLOW_PRIVATE="1")).start()
    yield worker
    worker.stop()


@pytest.fixture
def setup_site(transactional_db, django_user_model, client):
    from events.models import EventIndexPage
    from tests.content import home_page

    home = home_page()
    index = EventIndexPage(title="Events", slug="events")
    home.add_child(instance=index)
    index.save_revision().publish()
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(editor)
    return index


def wait_for(condition, timeout=45.0, worker=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.3)
    log = worker.log_path.read_text()[-3000:] if worker else ""
    raise AssertionError(f"condition not met within {timeout}s\n{log}")


def test_sync_now_runs_in_the_worker_and_the_events_reach_the_sites_feed(feeds_worker, setup_site, client,
                                                                         calendar_host):
    from django.urls import reverse

    from events.models import CalendarFeed, ImportedEvent

    calendar_host.serve_ics("/kaniv.ics", ICS, etag='"k1"')
    feed = CalendarFeed.objects.create(name="Kaniv city council", url=calendar_host.url("/kaniv.ics"),
                                       index=setup_site)
    response = client.post(reverse("wagtailsnippets_events_calendarfeed:sync", args=[feed.pk]))
    assert response.status_code == 302

    wait_for(lambda: ImportedEvent.objects.filter(feed=feed).count() == 3, worker=feeds_worker)
    feed.refresh_from_db()
    assert feed.last_result == "updated" and feed.event_count == 3 and feed.last_error == ""
    assert {row.start.astimezone(row.start.tzinfo).hour for row in ImportedEvent.objects.all()} <= {15, 16}

    cal = icalendar.Calendar.from_ical(client.get(setup_site.url + "feed.ics").content)
    assert {str(e["SUMMARY"]) for e in cal.walk("VEVENT")} == {"Kaniv city council – open session"}

    # Again: the host answers 304 to the stored ETag, and nothing is written.
    stamps = sorted(ImportedEvent.objects.values_list("updated_at", flat=True))
    client.post(reverse("wagtailsnippets_events_calendarfeed:sync", args=[feed.pk]))
    wait_for(lambda: CalendarFeed.objects.get(pk=feed.pk).last_result == "unchanged", worker=feeds_worker)
    assert sorted(ImportedEvent.objects.values_list("updated_at", flat=True)) == stamps
    assert calendar_host.requests[-1][1].get("If-None-Match") == '"k1"'


def test_the_worker_retries_after_503_as_retry_after_says(feeds_worker, setup_site, calendar_host):
    from events.models import CalendarFeed, ImportedEvent
    from worker.tasks.feeds import sync_calendar_feed

    answers = []

    def busy_then_ok(handler):
        answers.append(time.monotonic())
        if len(answers) == 1:
            return 503, {"Retry-After": "2"}, b"busy"
        return 200, {"Content-Type": "text/calendar"}, ICS

    calendar_host.routes["/busy.ics"] = busy_then_ok
    feed = CalendarFeed.objects.create(name="Busy host", url=calendar_host.url("/busy.ics"), index=setup_site)
    result = sync_calendar_feed.delay(feed.pk)
    assert result.get(timeout=60)["created"] == 3
    assert len(answers) == 2 and answers[1] - answers[0] >= 1.5
    assert ImportedEvent.objects.filter(feed=feed).count() == 3
    feed.refresh_from_db()
    assert feed.last_result == "updated" and feed.failure_count == 0


def test_a_refused_address_is_recorded_for_editors_by_the_default_worker(worker_process, setup_site):
    """The stock worker (no CALENDAR_FEEDS_ALLOW_PRIVATE) refuses loopback and says why."""
    from events.models import CalendarFeed
    from worker.tasks.feeds import sync_calendar_feed

    feed = CalendarFeed.objects.create(name="Local", url="http://127.0.0.1:9/x.ics", index=setup_site)
    assert sync_calendar_feed.delay(feed.pk).get(timeout=60)["result"] == "failed"
    feed.refresh_from_db()
    assert "private or local" in feed.last_error and feed.last_result == "failed"
