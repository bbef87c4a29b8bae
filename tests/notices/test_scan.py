"""Meeting notices without Celery: the reminder scan at chosen moments, the
comparison after a publish, who receives what, and what is sent."""

from datetime import UTC, date, datetime, time, timedelta
from email import message_from_bytes, policy

import icalendar
import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from events.models import EventException, EventStatus
from newsletters import sending
from newsletters.models import Delivery, SendRun, Subscriber, Suppression
from notices import audience, issue, reconcile
from notices import scan as scanning
from notices.models import MeetingNotice
from people.models import Person
from tests.events.conftest import board, home, index, kaniv, kaniv_committee, kaniv_meeting  # noqa: F401

Kind = MeetingNotice.Kind


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def scan(text: str):
    return scanning.scan(now=at(text))


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def send_all() -> list:
    """Run every open meeting-notice run to the end, as the worker's lanes would."""
    runs = SendRun.objects.filter(kind=issue.KIND, status=SendRun.Status.SENDING).order_by("pk")
    for run_id in runs.values_list("pk", flat=True):
        for _ in range(100):
            if not sending.run_lane(run_id).more:
                break
    return mail.outbox


def parsed(message):
    return message_from_bytes(message.message().as_bytes(), policy=policy.default)


def attachment(message) -> icalendar.Calendar:
    part = next(p for p in parsed(message).walk() if p.get_content_type() == "text/calendar")
    return icalendar.Calendar.from_ical(part.get_content())


def reminders(**filters):
    return MeetingNotice.objects.filter(kind=Kind.REMINDER, **filters)


@pytest.fixture
def follower(make_subscriber, kaniv_committee):  # noqa: F811
    subscriber = make_subscriber("ola@example.org", time_zone="America/Los_Angeles", follows_newsletter=False)
    subscriber.committees.add(kaniv_committee)
    return subscriber


@pytest.fixture
def kyiv_follower(make_subscriber, kaniv_committee):  # noqa: F811
    subscriber = make_subscriber("oksana@example.org", language="uk", time_zone="Europe/Kyiv")
    subscriber.committees.add(kaniv_committee)
    return subscriber


def test_monthly_meeting_across_dst_is_reminded_at_eight_in_each_recipients_zone(
        kaniv_meeting, follower, kyiv_follower):  # noqa: F811
    # Sonoma springs forward on 9 March 2025, Kyiv on 30 March: the March
    # meeting (12th, 6 pm PDT) is reminded an hour earlier in UTC than February's.
    expected = sorted([
        ("2025-02-07T06:00+00:00", "oksana@example.org", "6d:2025-02-12"),  # 08:00 EET, 6 days before 13 Feb 04:00
        ("2025-02-06T16:00+00:00", "ola@example.org", "6d:2025-02-12"),  # 08:00 PST
        ("2025-02-12T06:00+00:00", "oksana@example.org", "1d:2025-02-12"),
        ("2025-02-11T16:00+00:00", "ola@example.org", "1d:2025-02-12"),
        ("2025-03-07T06:00+00:00", "oksana@example.org", "6d:2025-03-12"),
        ("2025-03-06T16:00+00:00", "ola@example.org", "6d:2025-03-12"),  # 08:00 PST, before the change
        ("2025-03-12T06:00+00:00", "oksana@example.org", "1d:2025-03-12"),
        ("2025-03-11T15:00+00:00", "ola@example.org", "1d:2025-03-12"),  # 08:00 PDT, after it
    ])
    scan("2025-02-01T00:00+00:00")
    for due, recipient, variant in expected:
        moment = at(due)
        assert scanning.scan(now=moment - timedelta(minutes=1)).created == {}, due
        made = scanning.scan(now=moment + timedelta(minutes=1))
        assert made.created == {Kind.REMINDER: 1}, due
        notice = reminders().order_by("-pk").first()
        assert (notice.recipient, notice.variant, notice.due_at) == (recipient, variant, moment)
    assert scan("2025-03-12T20:00+00:00").created == {}  # rerunning sends nothing new
    assert reminders().count() == 8

    outbox = send_all()
    assert len(outbox) == 8
    march = [m for m in outbox if m.to == ["oksana@example.org"]][-2]  # six days before 12 March
    text = march.body
    assert march.extra_headers["Content-Language"] == "uk"
    assert march.subject.startswith("Нагадування: Sonoma-Kaniv Committee Meeting")
    assert "Засідання через 6 днів." in text and "За часом місця засідання:" in text
    assert "Europe/Kyiv" in text and "America/Los Angeles" in text  # her zone, and the meeting's
    la = [m for m in outbox if m.to == ["ola@example.org"]][-1]
    assert "America/Los Angeles" in la.body and "Europe" not in la.body
    assert la.subject.startswith("Reminder: Sonoma-Kaniv Committee Meeting")
    assert "6:00" in la.subject or "6 p.m." in la.subject


def test_missed_reminders_go_out_once_after_downtime_and_never_after_the_start(kaniv_meeting, follower):  # noqa: F811
    scan("2025-02-01T00:00+00:00")
    # The worker was down from 1 to 11 February: both February reminders were
    # missed; only the latest goes out, the meeting has not started.
    made = scan("2025-02-11T17:00+00:00")
    assert made.created == {Kind.REMINDER: 1}
    assert list(reminders().values_list("variant", flat=True)) == ["1d:2025-02-12"]
    # Down again over the whole March reminder period until after the start.
    assert scan("2025-03-13T02:00+00:00").created == {}
    assert reminders().count() == 1


def test_a_meeting_published_after_a_reminder_time_gets_only_the_reminders_still_ahead(
        index, kaniv_committee, follower):  # noqa: F811
    from tests.events.conftest import make_event

    scan("2025-02-01T00:00+00:00")
    scan("2025-02-05T00:00+00:00")
    make_event(index, title="Extra Kaniv meeting", committee=kaniv_committee, start_date=date(2025, 2, 10))
    # Its 6-day reminder (4 Feb) was due before it existed: not sent late.
    assert scan("2025-02-05T00:05+00:00").created == {}
    assert scan("2025-02-09T16:01+00:00").created == {Kind.REMINDER: 1}
    assert list(reminders().values_list("variant", flat=True)) == ["1d:2025-02-10"]


def test_a_moved_date_gets_one_change_notice_and_reminders_at_the_new_time(kaniv_meeting, follower):  # noqa: F811
    reconcile.reconcile(kaniv_meeting.pk, now=at("2025-02-01T00:00+00:00"))  # nothing to tell yet
    scan("2025-02-01T00:00+00:00")
    scan("2025-02-06T16:01+00:00")  # the 6-day reminder of 12 Feb, not sent yet
    pending = reminders().get()
    kaniv_meeting.exceptions.add(EventException(original_date=date(2025, 2, 12), action="moved",
                                                new_start_date=date(2025, 2, 19), new_start_time=time(17, 30),
                                                new_venue_name="Sonoma Community Center"))
    publish(kaniv_meeting)

    result = reconcile.reconcile(kaniv_meeting.pk, now=at("2025-02-07T12:00+00:00"))
    assert result.created == {Kind.CHANGE: 1} and result.dropped == 1
    assert reconcile.reconcile(kaniv_meeting.pk, now=at("2025-02-07T12:05+00:00")).created == {}  # replayed
    pending.refresh_from_db()
    assert pending.dropped_at is not None and pending.delivery.status == Delivery.Status.CANCELLED

    assert scan("2025-02-11T16:01+00:00").created == {}  # no reminder for the old date
    assert scan("2025-02-13T16:01+00:00").created == {Kind.REMINDER: 1}
    assert scan("2025-02-18T16:01+00:00").created == {Kind.REMINDER: 1}
    assert list(reminders(dropped_at__isnull=True).order_by("due_at").values_list("variant", "due_at")) == [
        ("6d:2025-02-19", at("2025-02-13T16:00+00:00")), ("1d:2025-02-19", at("2025-02-18T16:00+00:00"))]

    outbox = send_all()
    assert sorted(m.subject.split(":")[0] for m in outbox) == ["Changed", "Reminder", "Reminder"]
    change = next(m for m in outbox if m.subject.startswith("Changed"))
    assert "Sonoma Library Meeting Room" in change.body and "Sonoma Community Center" in change.body
    assert "Feb. 12, 2025, 6 p.m." in change.body and "Feb. 19, 2025, 5:30 p.m." in change.body
    event = attachment(change).walk("VEVENT")
    assert {str(e["UID"]) for e in event} == {kaniv_meeting.uid}
    assert str(attachment(change)["METHOD"]) == "PUBLISH"
    assert all(int(e["SEQUENCE"]) == kaniv_meeting.sequence for e in event)


def test_a_cancelled_date_gets_one_cancellation_and_no_reminder(kaniv_meeting, follower):  # noqa: F811
    reconcile.reconcile(kaniv_meeting.pk, now=at("2025-03-01T00:00+00:00"))
    scan("2025-03-01T00:00+00:00")
    kaniv_meeting.exceptions.add(EventException(original_date=date(2025, 3, 12), action="cancelled",
                                                note="The library is closed."))
    publish(kaniv_meeting)
    made = reconcile.reconcile(kaniv_meeting.pk, now=at("2025-03-02T00:00+00:00"))
    assert made.created == {Kind.CANCELLATION: 1}
    assert reconcile.reconcile(kaniv_meeting.pk).created == {}
    for moment in ("2025-03-06T16:01+00:00", "2025-03-11T15:01+00:00"):
        assert scan(moment).created == {}

    outbox = send_all()
    assert len(outbox) == 1
    message = outbox[0]
    assert message.subject.startswith("Cancelled: Sonoma-Kaniv Committee Meeting")
    assert "The library is closed." in message.body
    cal = attachment(message)
    assert str(cal["METHOD"]) == "CANCEL"
    (event,) = cal.walk("VEVENT")
    assert str(event["UID"]) == kaniv_meeting.uid and str(event["STATUS"]) == "CANCELLED"
    assert event["RECURRENCE-ID"].dt == datetime(2025, 3, 12, 18, tzinfo=kaniv_meeting.zone)
    assert int(event["SEQUENCE"]) == kaniv_meeting.sequence


def test_an_unpublished_meeting_gets_one_cancellation_of_the_series_and_no_reminder(
        kaniv_meeting, follower):  # noqa: F811
    reconcile.reconcile(kaniv_meeting.pk, now=at("2025-02-20T00:00+00:00"))
    scan("2025-02-20T00:00+00:00")
    scan("2025-03-06T16:01+00:00")  # the 6-day reminder of 12 March, not sent yet
    pending = reminders().get()
    kaniv_meeting.unpublish()
    made = reconcile.reconcile(kaniv_meeting.pk, now=at("2025-03-06T17:00+00:00"))
    assert made.created == {Kind.CANCELLATION: 1} and made.dropped == 1
    assert reconcile.reconcile(kaniv_meeting.pk).created == {}
    pending.refresh_from_db()
    assert pending.dropped_at is not None
    assert scan("2025-03-11T15:01+00:00").created == {}
    outbox = send_all()
    assert len(outbox) == 1
    (event,) = attachment(outbox[0]).walk("VEVENT")
    assert "RECURRENCE-ID" not in event  # the whole series
    assert int(event["SEQUENCE"]) == kaniv_meeting.sequence + 1
    assert "nor any later meeting of the series" in outbox[0].body


def test_a_new_time_for_the_series_is_one_summary_notice_per_recipient(
        kaniv_meeting, follower, kyiv_follower):  # noqa: F811
    reconcile.reconcile(kaniv_meeting.pk, now=at("2025-02-01T00:00+00:00"))
    sequence = kaniv_meeting.sequence
    kaniv_meeting.start_time, kaniv_meeting.end_time = time(19), time(20, 45)
    kaniv_meeting.venue_name = "Sonoma Community Center"
    publish(kaniv_meeting)

    made = reconcile.reconcile(kaniv_meeting.pk, now=at("2025-02-01T01:00+00:00"))
    assert made.created == {Kind.CHANGE: 2} and len(made.runs) == 1  # not one per meeting of the series
    assert reconcile.reconcile(kaniv_meeting.pk, now=at("2025-02-01T01:05+00:00")).created == {}  # replayed
    assert set(MeetingNotice.objects.values_list("occurrence_key", flat=True)) == {f"{kaniv_meeting.uid}/series"}

    outbox = send_all()
    assert len(outbox) == 2
    la = next(m for m in outbox if m.to == [follower.email])
    assert la.subject == "Changed from Wednesday, Feb. 12, 2025: Sonoma-Kaniv Committee Meeting"
    assert "From Wednesday, Feb. 12, 2025, every meeting of the series changes" in la.body
    assert "6 p.m. – 7:45 p.m. (America/Los Angeles)" in la.body
    assert "7 p.m. – 8:45 p.m. (America/Los Angeles)" in la.body
    assert "Sonoma Library Meeting Room" in la.body and "Sonoma Community Center" in la.body
    cal = attachment(la)
    assert str(cal["METHOD"]) == "PUBLISH"
    (event,) = cal.walk("VEVENT")  # the series as the feed has it now
    assert str(event["UID"]) == kaniv_meeting.uid and "RRULE" in event and "RECURRENCE-ID" not in event
    assert int(event["SEQUENCE"]) == kaniv_meeting.sequence > sequence
    assert event["DTSTART"].dt.hour == 19

    # A single date changed later still gets a notice of its own.
    kaniv_meeting.exceptions.add(EventException(original_date=date(2025, 3, 12), action="cancelled"))
    publish(kaniv_meeting)
    made = reconcile.reconcile(kaniv_meeting.pk, now=at("2025-02-02T00:00+00:00"))
    assert made.created == {Kind.CANCELLATION: 2}
    assert set(MeetingNotice.objects.filter(kind=Kind.CANCELLATION).values_list("occurrence_key", flat=True)) == {
        f"{kaniv_meeting.uid}/20250312"}


def test_a_body_typo_sends_nothing(kaniv_meeting, follower):  # noqa: F811
    reconcile.reconcile(kaniv_meeting.pk, now=at("2025-02-01T00:00+00:00"))
    kaniv_meeting.summary = "Monthly meeting of the Sonoma–Kaniv committee"
    kaniv_meeting.title = "Sonoma-Kaniv Committee Meeting (monthly)"
    publish(kaniv_meeting)
    assert reconcile.reconcile(kaniv_meeting.pk, now=at("2025-02-01T01:00+00:00")).created == {}


def test_audience_is_followers_members_and_the_board_once_each(make_subscriber, kaniv_committee, board):  # noqa: F811
    everything = make_subscriber("all@example.org", follows_all_meetings=True, time_zone="Europe/Paris")
    follows = make_subscriber("follows@example.org")
    follows.committees.add(kaniv_committee)
    make_subscriber("pending@example.org", status=Subscriber.Status.PENDING, follows_all_meetings=True)
    make_subscriber("newsonly@example.org")
    gone = make_subscriber("gone@example.org", follows_all_meetings=True)
    Suppression.objects.create(email=gone.email, reason=Suppression.Reason.UNSUBSCRIBED)
    chair = Person.objects.create(name="Chair", email="Follows@Example.org")  # also a subscriber
    member = Person.objects.create(name="Member", email="member@example.org")
    nobody = Person.objects.create(name="No address", email="")
    treasurer = Person.objects.create(name="Treasurer", email="treasurer@example.org")
    bounced = Person.objects.create(name="Bounced", email="bounced@example.org")
    Suppression.objects.create(email="bounced@example.org", reason=Suppression.Reason.BOUNCED)
    kaniv_committee.chair = chair
    kaniv_committee.save()
    kaniv_committee.members.add(member, nobody, bounced)
    board.members.add(treasurer)

    found = {r.email: r for r in audience.audience(kaniv_committee.pk)}
    assert set(found) == {"all@example.org", "follows@example.org", "member@example.org", "treasurer@example.org"}
    assert found["follows@example.org"].subscriber_id == follows.pk  # the subscriber row wins
    assert found["all@example.org"].time_zone == "Europe/Paris" and everything.pk
    assert found["member@example.org"].person_id == member.pk and found["member@example.org"].time_zone == ""
    assert {r.email for r in audience.audience(None)} == {"all@example.org", "treasurer@example.org"}


def test_a_reminder_is_checked_again_when_it_leaves(kaniv_meeting, follower, make_subscriber):  # noqa: F811
    other = make_subscriber("other@example.org", follows_all_meetings=True)  # in UTC
    scan("2025-02-01T00:00+00:00")
    assert scan("2025-02-07T08:01+00:00").created == {Kind.REMINDER: 2}
    follower.committees.clear()  # stops following before the reminder leaves
    assert [m.to for m in send_all()] == [[other.email]]
    assert reminders(recipient=follower.email).get().delivery.status == Delivery.Status.SUPPRESSED


def test_a_reminder_of_a_meeting_cancelled_before_it_left_is_not_sent(kaniv_meeting, follower):  # noqa: F811
    scan("2025-02-01T00:00+00:00")
    scan("2025-02-06T16:01+00:00")
    type(kaniv_meeting).objects.filter(pk=kaniv_meeting.pk).update(status=EventStatus.CANCELLED)
    assert send_all() == []
    assert reminders().get().dropped_at is not None


def test_five_hundred_followers_each_get_one_reminder_in_bounded_queries(
        kaniv_meeting, kaniv_committee, django_assert_max_num_queries):  # noqa: F811
    rows = Subscriber.objects.bulk_create([
        Subscriber(email=f"f{i}@example.org", status=Subscriber.Status.CONFIRMED, follows_newsletter=False,
                   time_zone="America/Los_Angeles") for i in range(500)])
    Subscriber.committees.through.objects.bulk_create([
        Subscriber.committees.through(subscriber_id=s.pk, committee_id=kaniv_committee.pk) for s in rows])
    scan("2025-02-01T00:00+00:00")
    with django_assert_max_num_queries(40):
        made = scan("2025-02-06T16:01+00:00")
    assert made.created == {Kind.REMINDER: 500} and len(made.runs) == 1
    assert SendRun.objects.get(pk=made.runs[0]).total == 500
    assert scan("2025-02-06T16:02+00:00").created == {}
    assert len(send_all()) == 500
    assert sorted(m.to[0] for m in mail.outbox) == sorted(s.email for s in rows)


def test_notice_mail_has_list_headers_and_manage_links(kaniv_meeting, follower):  # noqa: F811
    scan("2025-02-01T00:00+00:00")
    scan("2025-02-06T16:01+00:00")
    (message,) = send_all()
    headers = parsed(message)
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/unsubscribe/" in headers["List-Unsubscribe"] or "unsubscribe" in headers["List-Unsubscribe"]
    assert headers["Message-ID"].startswith("<notice.")
    html = message.alternatives[0][0]
    assert "Sonoma Library Meeting Room" in html and "preferences" in html


def test_command_scans_at_a_given_moment_and_rejects_bad_input(kaniv_meeting, follower, capsys):  # noqa: F811
    call_command("send_meeting_notices", "--at", "2025-02-01T00:00:00Z")
    call_command("send_meeting_notices", "--at", "2025-02-06T08:01:00-08:00", "--foreground")
    out = capsys.readouterr().out
    assert "1 reminder" in out
    assert len(mail.outbox) == 1
    for bad in ("next tuesday", "2025-02-06T08:01:00"):
        with pytest.raises(CommandError):
            call_command("send_meeting_notices", "--at", bad)


def test_reminder_days_come_from_the_site_and_an_event_can_set_its_own(
        kaniv_meeting, follower, index, kaniv_committee):  # noqa: F811
    from wagtail.models import Site

    from notices.models import MeetingNoticeSettings
    from tests.events.conftest import make_event

    site_settings = MeetingNoticeSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.reminder_days = "3"
    site_settings.reminder_time = time(7, 30)
    site_settings.save()
    make_event(index, title="Kaniv planning", committee=kaniv_committee, start_date=date(2025, 2, 14),
               start_time=time(12), end_time=time(13), reminder_days="2, 0")
    make_event(index, title="Kaniv social", committee=kaniv_committee, start_date=date(2025, 2, 15),
               start_time=time(12), end_time=time(13), reminder_days="-")
    scan("2025-02-01T00:00+00:00")
    for day in range(2, 16):
        for hour in range(24):
            scanning.scan(now=datetime(2025, 2, day, hour, 31, tzinfo=UTC))
    got = sorted((n.page.title, n.variant, n.due_at) for n in reminders().select_related("page"))
    la = kaniv_meeting.zone
    assert got == [
        ("Kaniv planning", "0d:2025-02-14", datetime(2025, 2, 14, 7, 30, tzinfo=la)),
        ("Kaniv planning", "2d:2025-02-14", datetime(2025, 2, 12, 7, 30, tzinfo=la)),
        ("Sonoma-Kaniv Committee Meeting", "3d:2025-02-12", datetime(2025, 2, 9, 7, 30, tzinfo=la)),
    ]


def test_event_reminder_days_are_validated_in_plain_words(kaniv_meeting):  # noqa: F811
    from django.core.exceptions import ValidationError

    kaniv_meeting.reminder_days = "next week"
    with pytest.raises(ValidationError) as error:
        kaniv_meeting.full_clean()
    assert "reminder_days" in error.value.message_dict
