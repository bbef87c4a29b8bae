"""Registrants get the meeting notices: the reminders of the date they
registered for (or of every date of a series), changes and cancellations,
with their own link to change or cancel."""

from datetime import datetime, time, timedelta

from django.core import mail
from django.utils import timezone

from newsletters import sending
from newsletters.models import SendRun
from notices import issue, reconcile
from notices import scan as scanning
from notices.models import MeetingNotice
from registrations import registering
from registrations.places import upcoming_dates

Kind = MeetingNotice.Kind


def send_all() -> list:
    for run_id in SendRun.objects.filter(kind=issue.KIND, status=SendRun.Status.SENDING).values_list("pk", flat=True):
        for _ in range(100):
            if not sending.run_lane(run_id).more:
                break
    return mail.outbox


def going(page, email, day=None, language="en"):
    registration = registering.register(page, occurrence_date=day, name=email.split("@")[0], email=email,
                                        language=language)
    registering.confirm(registration.pk)
    return registration


def test_registrants_are_reminded_of_their_date_and_the_series_of_every_date(series):
    dates = upcoming_dates(series)
    first, second = dates[0], dates[1]
    going(series, "series@example.org")
    going(series, "first@example.org", first.day)
    going(series, "second@example.org", second.day, language="fr")
    # The day before the first date, at noon: that date's one-day reminder is due.
    now = first.occurrence.start - timedelta(hours=10)
    scanning.scan(now=now)
    told = set(MeetingNotice.objects.filter(kind=Kind.REMINDER).values_list("recipient", flat=True))
    assert told == {"series@example.org", "first@example.org"}
    scanning.scan(now=second.occurrence.start - timedelta(hours=10))
    assert MeetingNotice.objects.filter(kind=Kind.REMINDER, recipient="second@example.org").get().language == "fr"

    message = next(m for m in send_all() if m.to == ["first@example.org"])
    assert "registered for this meeting" in message.body
    assert "/en/events/registration/" in message.body  # their own link to change or cancel


def test_a_cancelled_registration_gets_no_notice_and_the_waiting_list_no_reminder(series):
    registration = going(series, "gone@example.org")
    going(series, "here@example.org")
    going(series, "waiting@example.org")  # 2 places: full
    registering.cancel(registration.pk)  # the waiting one gets the place...
    going(series, "late@example.org")  # ...and this one waits
    scanning.scan(now=upcoming_dates(series)[0].occurrence.start - timedelta(hours=10))
    told = set(MeetingNotice.objects.values_list("recipient", flat=True))
    assert told == {"here@example.org", "waiting@example.org"}


def test_a_moved_date_tells_its_registrants_and_the_series_but_not_other_dates(series):
    dates = upcoming_dates(series)
    going(series, "series@example.org")
    going(series, "moved@example.org", dates[1].day)
    going(series, "other@example.org", dates[2].day)
    reconcile.reconcile(series.pk)  # remember the published version
    series.exceptions.create(original_date=dates[1].day, action="moved", new_start_time=time(19))
    series.save_revision().publish()
    reconcile.reconcile(series.pk, now=timezone.now())
    told = set(MeetingNotice.objects.filter(kind=Kind.CHANGE).values_list("recipient", flat=True))
    assert told == {"series@example.org", "moved@example.org"}
    # The registration follows the moved date: still the same one, at the new time.
    moved = next(c for c in upcoming_dates(series) if c.day == dates[1].day)
    assert moved.occurrence.start.time() == time(19)


def test_a_cancelled_one_off_event_tells_everyone_registered(one_off):
    going(one_off, "a@example.org")
    reconcile.reconcile(one_off.pk)
    one_off.status = "cancelled"
    one_off.save_revision().publish()
    reconcile.reconcile(one_off.pk, now=timezone.now())
    notice = MeetingNotice.objects.get(recipient="a@example.org")
    assert notice.kind in (Kind.CANCELLATION, Kind.CHANGE) and notice.registration_id
    assert isinstance(notice.occurrence_start, datetime)
