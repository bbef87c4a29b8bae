"""Meeting notices through a real worker process into an SMTP server on
loopback: editors publish in this process, the listeners enqueue, the worker
compares and sends; the reminder scan runs as `send_meeting_notices --at`."""

import time as clock
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.core.management import call_command
from django.utils import timezone

from events.models import EventException, EventIndexPage
from newsletters.models import Delivery, Subscriber
from notices.models import MeetingNotice
from people.models import Committee
from tests.events.conftest import make_event
from tests.mailsink import MailSink
from tests.newsletters.helpers import publish, site_root

pytestmark = pytest.mark.integration
LA = ZoneInfo("America/Los_Angeles")
KYIV = ZoneInfo("Europe/Kyiv")


@pytest.fixture
def sink():
    sink = MailSink().start()
    yield sink
    sink.stop()


@pytest.fixture
def committee(transactional_db):
    return Committee.objects.create(name="Sonoma-Kaniv Committee", slug="kaniv")


@pytest.fixture
def events_index(transactional_db):
    index = site_root().add_child(instance=EventIndexPage(title="Events", slug="events"))
    return publish(index)


def follow(committee, emails, *, zone="America/Los_Angeles", language="en"):
    rows = Subscriber.objects.bulk_create([
        Subscriber(email=email, status=Subscriber.Status.CONFIRMED, language=language, time_zone=zone,
                   follows_newsletter=False, consent_at=timezone.now()) for email in emails])
    Subscriber.committees.through.objects.bulk_create([
        Subscriber.committees.through(subscriber_id=row.pk, committee_id=committee.pk) for row in rows])
    return rows


def scan_at(moment: str) -> None:
    call_command("send_meeting_notices", "--at", moment)


def settle(timeout: float = 30) -> None:
    """Until no delivery is left to send (pending, or sent and not yet
    recorded): then nothing more can reach the sink."""
    deadline = clock.monotonic() + timeout
    while Delivery.objects.filter(status__in=[Delivery.Status.PENDING, Delivery.Status.SENDING]).exists():
        assert clock.monotonic() < deadline, Counter(Delivery.objects.values_list("status", flat=True))
        clock.sleep(0.1)


def wait_for(sink: MailSink, count: int, timeout: float) -> list:
    assert sink.wait_for(count, timeout), f"{sink.count} of {count} messages after {timeout}s: " + str(
        Counter(Delivery.objects.values_list("status", flat=True)))
    settle()  # nothing more may follow
    assert sink.count == count
    return sink.parsed()


def calendar_of(message) -> icalendar.Calendar:
    parts = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    assert len(parts) == 1
    return icalendar.Calendar.from_ical(parts[0].get_content())


def test_monthly_meeting_across_dst_is_reminded_at_eight_local_time(start_worker, sink, events_index, committee):
    # Second Wednesday, 6 pm in Sonoma; clocks there spring forward on
    # 14 March 2027, in Kyiv on 28 March: the April meeting's reminders come an
    # hour earlier in UTC than March's, at 08:00 local for both readers.
    page = make_event(events_index, title="Sonoma-Kaniv Committee Meeting", committee=committee,
                      repeat="monthly_weekday", start_date=date(2027, 2, 10),
                      venue_name="Sonoma Library Meeting Room")
    follow(committee, ["ola@example.org"])
    follow(committee, ["oksana@example.org"], zone="Europe/Kyiv", language="uk")
    start_worker(EMAIL_URL=sink.url)

    scan_at("2027-03-01T00:00:00Z")
    expected = [  # (scan moment, recipient, due in UTC)
        ("2027-03-04T16:01:00Z", "ola@example.org", "2027-03-04T16:00:00+00:00"),  # 08:00 PST
        ("2027-03-05T06:01:00Z", "oksana@example.org", "2027-03-05T06:00:00+00:00"),  # 08:00 EET
        ("2027-03-09T16:01:00Z", "ola@example.org", "2027-03-09T16:00:00+00:00"),
        ("2027-03-10T06:01:00Z", "oksana@example.org", "2027-03-10T06:00:00+00:00"),
        ("2027-04-08T15:01:00Z", "ola@example.org", "2027-04-08T15:00:00+00:00"),  # 08:00 PDT
        ("2027-04-09T05:01:00Z", "oksana@example.org", "2027-04-09T05:00:00+00:00"),  # 08:00 EEST
        ("2027-04-13T15:01:00Z", "ola@example.org", "2027-04-13T15:00:00+00:00"),
        ("2027-04-14T05:01:00Z", "oksana@example.org", "2027-04-14T05:00:00+00:00"),
    ]
    for n, (moment, recipient, due) in enumerate(expected, start=1):
        before = (datetime.fromisoformat(moment) - timedelta(minutes=2)).isoformat()
        scan_at(before)
        assert MeetingNotice.objects.count() == n - 1, before
        scan_at(moment)
        notice = MeetingNotice.objects.order_by("-pk").first()
        assert (notice.recipient, notice.due_at) == (recipient, datetime.fromisoformat(due)), moment
        zone = LA if recipient.startswith("ola") else KYIV
        assert notice.due_at.astimezone(zone).time() == time(8)
    scan_at("2027-04-14T05:30:00Z")  # run again: nothing new

    messages = wait_for(sink, len(expected), timeout=90)
    assert Counter(m["To"] for m in messages) == {"ola@example.org": 4, "oksana@example.org": 4}
    for message in messages:
        cal = calendar_of(message)
        assert str(cal["METHOD"]) == "PUBLISH"
        assert {str(e["UID"]) for e in cal.walk("VEVENT")} == {page.uid}
    april = [m for m in messages if m["To"] == "ola@example.org" and "Apr" in m["Subject"]]
    assert len(april) == 2 and all("6 p.m." in m["Subject"] for m in april)
    kyiv = [m for m in messages if m["To"] == "oksana@example.org"]
    assert all(m["Content-Language"] == "uk" for m in kyiv)
    body = kyiv[0].get_body(("plain",)).get_content()
    assert "Europe/Kyiv" in body and "America/Los Angeles" in body


# Followers of the committee: each must get each notice exactly once.
FOLLOWERS = 200


def upcoming_weekday(days_ahead: int) -> date:
    return timezone.localdate() + timedelta(days=days_ahead)


def test_two_hundred_followers_get_one_change_one_reminder_one_cancellation_each(
        start_worker, sink, events_index, committee):
    from worker.tasks import notices as notice_tasks

    first = upcoming_weekday(10)
    page = make_event(events_index, title="Penglai Committee Meeting", committee=committee, repeat="weekly",
                      start_date=first, start_time=time(11), end_time=time(12, 30),
                      venue_name="Best Western Sonoma Valley Inn", virtual_url="https://meet.example.org/penglai")
    emails = [f"f{i}@example.org" for i in range(FOLLOWERS)]
    follow(committee, emails)
    start_worker(EMAIL_URL=sink.url)

    # An editor moves the first meeting three days later and publishes: the
    # worker compares and sends one change notice to each follower.
    moved_to = first + timedelta(days=3)
    page.exceptions.add(EventException(original_date=first, action="moved", new_start_date=moved_to,
                                       new_start_time=time(17)))
    publish(page)
    wait_for(sink, FOLLOWERS, timeout=180)

    # Reminders fall due for the new date only (08:00 six days before it).
    due = datetime.combine(moved_to - timedelta(days=6), time(8, 1), tzinfo=LA).astimezone(UTC)
    scan_at(due.isoformat())
    wait_for(sink, 2 * FOLLOWERS, timeout=180)

    # The second meeting is cancelled.
    page.exceptions.add(EventException(original_date=first + timedelta(days=7), action="cancelled"))
    publish(page)
    messages = wait_for(sink, 3 * FOLLOWERS, timeout=180)

    # Replaying the signal and rerunning the scan send nothing new.
    notice_tasks.notify_event_changed.delay(page.pk).get(timeout=60)
    scan_at(due.isoformat())
    settle()
    assert sink.count == 3 * FOLLOWERS and Delivery.objects.count() == 3 * FOLLOWERS

    kinds = Counter((m["To"], m["Subject"].strip().split(":")[0]) for m in messages)
    assert set(kinds.values()) == {1} and len(kinds) == 3 * FOLLOWERS
    assert {kind for _, kind in kinds} == {"Changed", "Reminder", "Cancelled"}
    methods = Counter()
    for message in messages:
        cal = calendar_of(message)
        methods[str(cal["METHOD"])] += 1
        assert all(str(e["UID"]) == page.uid for e in cal.walk("VEVENT"))
    assert methods == {"PUBLISH": 2 * FOLLOWERS, "CANCEL": FOLLOWERS}
    assert MeetingNotice.objects.filter(delivery__status=Delivery.Status.SENT).count() == 3 * FOLLOWERS


def test_an_unpublished_meeting_gets_one_cancellation_and_no_reminder(start_worker, sink, events_index,
                                                                      committee):
    first = upcoming_weekday(12)
    page = make_event(events_index, title="Tokaj Committee Meeting", committee=committee, start_date=first,
                      start_time=time(19), end_time=time(20, 30))
    follow(committee, ["ola@example.org", "piotr@example.org"])
    start_worker(EMAIL_URL=sink.url)

    page.unpublish()
    messages = wait_for(sink, 2, timeout=90)
    assert {m["To"] for m in messages} == {"ola@example.org", "piotr@example.org"}
    for message in messages:
        assert message["Subject"].strip().startswith("Cancelled: Tokaj Committee Meeting")
        (event,) = calendar_of(message).walk("VEVENT")
        assert str(event["STATUS"]) == "CANCELLED" and str(event["UID"]) == page.uid

    for days in (6, 1):
        scan_at(datetime.combine(first - timedelta(days=days), time(8, 5), tzinfo=LA).isoformat())
    clock.sleep(2)
    assert sink.count == 2
    assert not MeetingNotice.objects.filter(kind=MeetingNotice.Kind.REMINDER).exists()
