"""The calendar files a registrant gets, read by Thunderbird's parser,
ical.js (tests/vendor/ical.js), in Chromium: the invitation of the
confirmation (METHOD:REQUEST, the organiser, the registrant as an attendee
who accepted, the series' RRULE with its VTIMEZONE, or one date's
RECURRENCE-ID), the CANCEL of their own cancellation, and the meeting
notices' reminder, change and cancellation. What ical.js reads must be what
the site says: the same UID, the same dates in UTC."""

from datetime import UTC, time, timedelta
from pathlib import Path

import pytest
from django.core import mail
from django.utils import timezone

from notices import reconcile
from notices import scan as scanning
from registrations import registering
from registrations.places import upcoming_dates
from tests.browser.conftest import browser  # noqa: F401
from tests.registrations.conftest import send_mails
from tests.registrations.test_notices import send_all

pytestmark = pytest.mark.browser
ICAL_JS = Path(__file__).resolve().parents[1] / "vendor" / "ical.js" / "ical.min.js"

# Reads one calendar as Thunderbird does: VTIMEZONEs registered first, then
# each VEVENT as an ICAL.Event, its first dates expanded by ical.js itself.
READ = """(text) => {
  const cal = new ICAL.Component(ICAL.parse(text));
  const zones = cal.getAllSubcomponents("vtimezone").map(v => {
    const zone = new ICAL.Timezone(v); ICAL.TimezoneService.register(zone); return zone.tzid; });
  const iso = t => t ? t.toJSDate().toISOString() : null;
  return {
    method: cal.getFirstPropertyValue("method"), zones,
    events: cal.getAllSubcomponents("vevent").map(v => {
      const e = new ICAL.Event(v);
      const organizer = v.getFirstProperty("organizer");
      const out = {
        uid: e.uid, summary: e.summary, sequence: e.sequence, status: v.getFirstPropertyValue("status"),
        start: iso(e.startDate), end: iso(e.endDate), tzid: e.startDate.zone ? e.startDate.zone.tzid : null,
        recurrenceId: iso(e.recurrenceId), rrule: e.isRecurring() ? v.getFirstPropertyValue("rrule").toString() : null,
        organizer: organizer ? organizer.getFirstValue() : null,
        attendees: v.getAllProperties("attendee").map(p => ({
          address: p.getFirstValue(), partstat: p.getParameter("partstat"), cn: p.getParameter("cn")})),
        dates: []};
      if (e.isRecurring()) {
        const it = e.iterator();
        for (let i = 0; i < 3; i++) out.dates.push(iso(it.next()));
      }
      return out;
    })};
}"""


@pytest.fixture
def icaljs(browser):  # noqa: F811
    page = browser.new_page()
    page.set_content("<!doctype html><title>ical.js</title>")
    page.add_script_tag(path=str(ICAL_JS))
    assert page.evaluate("typeof ICAL.parse") == "function"

    def read(ics: bytes | str) -> dict:
        return page.evaluate(READ, ics.decode() if isinstance(ics, bytes) else ics)

    yield read
    page.close()


def calendar_of(message) -> bytes:
    [part] = [p for p in message.attachments if p.get_content_type() == "text/calendar"]
    return part.get_payload(decode=True)


def mail_to(email: str, subject: str):
    return next(m for m in reversed(mail.outbox) if m.to == [email] and m.subject.startswith(subject))


def going(page, email, day=None, language="en"):
    registration = registering.register(page, occurrence_date=day, name="Kaeti Bailie", email=email,
                                        language=language)
    registering.confirm(registration.pk)
    return registration


def utc(moment) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def test_the_series_invitation_as_thunderbird_reads_it(icaljs, series):
    going(series, "kaeti@example.org")
    send_mails()
    cal = icaljs(calendar_of(mail_to("kaeti@example.org", "You are registered")))
    assert cal["method"] == "REQUEST"
    assert cal["zones"] == ["America/Los_Angeles"]
    [event] = cal["events"]
    assert event["uid"] == series.uid and event["summary"] == "Kaniv Committee Meeting"
    assert event["tzid"] == "America/Los_Angeles"
    assert event["rrule"].startswith("FREQ=WEEKLY")
    # ical.js expands the series to the dates the site lists.
    assert event["dates"] == [utc(c.occurrence.start) for c in upcoming_dates(series)[:3]]
    assert event["organizer"].startswith("mailto:")
    assert event["attendees"] == [{"address": "mailto:kaeti@example.org", "partstat": "ACCEPTED",
                                   "cn": "Kaeti Bailie"}]


def test_one_date_and_a_one_off_event_as_thunderbird_reads_them(icaljs, series, one_off):
    day = upcoming_dates(series)[1]
    going(series, "date@example.org", day.day, language="ar")
    going(one_off, "dinner@example.org")
    send_mails()
    cal = icaljs(calendar_of(mail_to("date@example.org", "")))
    [event] = cal["events"]
    assert cal["method"] == "REQUEST" and event["uid"] == series.uid and event["rrule"] is None
    assert event["recurrenceId"] == event["start"] == utc(day.occurrence.start)
    assert event["end"] == utc(day.occurrence.end)
    assert event["attendees"][0]["partstat"] == "ACCEPTED"

    cal = icaljs(calendar_of(mail_to("dinner@example.org", "You are registered")))
    [event] = cal["events"]
    assert (event["uid"], event["rrule"], event["recurrenceId"]) == (one_off.uid, None, None)
    assert event["start"].startswith(one_off.start_date.isoformat()[:4])
    assert event["attendees"][0]["address"] == "mailto:dinner@example.org"


def test_the_cancellation_as_thunderbird_reads_it(icaljs, series):
    registration = going(series, "kaeti@example.org")
    send_mails()
    invited = icaljs(calendar_of(mail_to("kaeti@example.org", "You are registered")))["events"][0]
    registering.cancel(registration.pk)
    send_mails()
    cal = icaljs(calendar_of(mail_to("kaeti@example.org", "Your registration is cancelled")))
    assert cal["method"] == "CANCEL"
    [event] = cal["events"]
    assert (event["uid"], event["status"]) == (series.uid, "CANCELLED")
    assert event["sequence"] >= invited["sequence"]  # a calendar takes it as no older than the invitation
    assert event["attendees"][0]["partstat"] == "DECLINED"


def test_the_meeting_notices_as_thunderbird_reads_them(icaljs, series):
    dates = upcoming_dates(series)
    going(series, "kaeti@example.org")
    reconcile.reconcile(series.pk)  # the published version the notices compare with

    scanning.scan(now=dates[0].occurrence.start - timedelta(hours=10))
    send_all()
    reminder = icaljs(calendar_of(mail_to("kaeti@example.org", "Reminder")))
    assert reminder["method"] == "PUBLISH"
    assert {e["uid"] for e in reminder["events"]} == {series.uid}

    series.exceptions.create(original_date=dates[1].day, action="moved", new_start_time=time(19))
    series.exceptions.create(original_date=dates[2].day, action="cancelled")
    series.save_revision().publish()
    reconcile.reconcile(series.pk, now=timezone.now())
    send_all()
    change = icaljs(calendar_of(mail_to("kaeti@example.org", "Changed")))
    moved = next(c for c in upcoming_dates(series) if c.day == dates[1].day)
    [event] = [e for e in change["events"] if e["recurrenceId"] == utc(dates[1].occurrence.start)]
    assert event["start"] == utc(moved.occurrence.start) and event["uid"] == series.uid

    cancelled = icaljs(calendar_of(mail_to("kaeti@example.org", "Cancelled")))
    assert cancelled["method"] == "CANCEL"
    [event] = cancelled["events"]
    assert (event["uid"], event["status"]) == (series.uid, "CANCELLED")
    assert event["recurrenceId"] == utc(dates[2].occurrence.start)
