"""Readers register for a committee meeting in Chromium, in English on a
desktop and in Arabic on a phone: one reader for one date, another for the
whole series; each confirms from the mail a real worker sent to an SMTP
server on loopback; the first gets the meeting's reminder (the worker's
scan and the notices' send lanes) and cancels from its link, and is told;
the second, first on the waiting list, gets the place and is told, with a
calendar invitation. Screenshots: tests/browser/shots/ (ignored)."""

import re
from datetime import time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Site

from events.models import EventIndexPage
from notices.models import MeetingNotice, MeetingNoticeSettings
from registrations.models import Registration
from registrations.places import upcoming_dates
from tests.events.conftest import make_event
from tests.integration.conftest import broker_purged, start_worker  # noqa: F401
from tests.mailsink import MailSink
from tests.newsletters.helpers import publish, site_root
from worker.tasks import notices as notice_tasks

pytestmark = [pytest.mark.browser, pytest.mark.integration, pytest.mark.django_db(transaction=True)]
SHOTS = Path(__file__).parent / "shots"


@pytest.fixture
def sink():
    sink = MailSink().start()
    yield sink
    sink.stop()


@pytest.fixture
def origin(live_server):
    """Links in mail lead to this live server (the Site's host and port)."""
    port = int(live_server.url.rsplit(":", 1)[1])
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=port)
    return f"http://localhost:{port}"


@pytest.fixture
def meeting(origin):
    index = publish(site_root().add_child(instance=EventIndexPage(title="Events", slug="events")))
    start = timezone.localdate() + timedelta(days=2)
    # Its reminder falls due today for the second date, at midnight in Sonoma:
    # the scan the worker runs now sends it.
    today = timezone.now().astimezone(ZoneInfo("America/Los_Angeles")).date()
    site = Site.objects.get(is_default_site=True)
    MeetingNoticeSettings.objects.update_or_create(site=site, defaults={"reminder_time": time(0)})
    return make_event(index, title="Sonoma-Kaniv Committee Meeting", repeat="weekly", start_date=start,
                      start_time=time(18), end_time=time(19, 45), venue_name="Sonoma Library Meeting Room",
                      takes_registrations=True, capacity=1, category="committee_meeting",
                      reminder_days=str((start + timedelta(days=7) - today).days))


def mail_to(sink, email, count, timeout=60):
    """The `count`-th message to `email`, once the worker has sent it."""
    deadline = timezone.now() + timedelta(seconds=timeout)
    while timezone.now() < deadline:
        found = [m for m in sink.parsed() if m["To"] == email]
        if len(found) >= count:
            return found[count - 1]
        sink.wait_for(sink.count + 1, 0.5)
    raise AssertionError(f"no message {count} to {email}: {[m['To'] for m in sink.parsed()]}")


def link(message, part):
    body = message.get_body(("plain",)).get_content()
    return re.search(rf"https?://\S+/{part}/\S+/", body).group(0)


def invitation(message) -> icalendar.Calendar:
    [part] = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    return icalendar.Calendar.from_ical(part.get_content())


@pytest.mark.parametrize("language,width", [("en", 1280), ("ar", 390)])
def test_readers_register_confirm_cancel_and_the_waiting_list_moves_up(browser, start_worker, sink, origin,  # noqa: F811
                                                                       meeting, language, width):
    SHOTS.mkdir(exist_ok=True)
    start_worker(EMAIL_URL=sink.url)
    context = browser.new_context(viewport={"width": width, "height": 900},
                                  locale="ar-EG" if language == "ar" else "en-US")
    page = context.new_page()
    page.set_default_timeout(60_000)
    day = upcoming_dates(meeting)[1].day

    def shot(name):
        assert page.evaluate("document.documentElement.scrollWidth") <= width, name
        page.screenshot(path=SHOTS / f"registration-{language}-{name}-{width}.png", full_page=True)

    def mail_shot(message, name):
        """The mail as a reader's client shows it, at this width."""
        html = message.get_body(("html",)).get_content()
        page.goto("about:blank")  # not under the site's CSP, which refuses inline styles
        page.set_content(html)
        page.screenshot(path=SHOTS / f"registration-{language}-{name}-{width}.png", full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= width, name

    def register(name, email, when):
        page.goto(f"{origin}/{language}/events/{meeting.slug}/")
        form = page.locator("form.registration-form")
        form.locator(f"input[name=when][value='{when}']").check()
        form.locator("input[name=name]").fill(name)
        form.locator("input[name=email]").fill(email)
        form.locator("input[name=consent]").check()
        return form

    # One reader for one date.
    first, second = f"first-{language}@example.org", f"second-{language}@example.org"
    form = register("Kaeti Bailie", first, day.isoformat())
    expect(form.locator("button[type=submit]")).to_have_text({"en": "Register", "ar": "سجّل"}[language])
    if language == "ar":
        assert page.locator("html").get_attribute("dir") == "rtl"
    expect(form.locator("input[name=when][value=series]")).to_be_visible()
    shot("1-form")
    form.locator("button[type=submit]").click()
    expect(page.locator(".registration-done")).to_be_visible()
    assert "first-" in page.content()
    shot("2-check-your-mail")

    confirm = mail_to(sink, first, 1)
    assert confirm["Content-Language"] == language
    subject = {"en": "Please confirm your registration", "ar": "يرجى تأكيد تسجيلك"}[language]
    assert confirm["Subject"].strip().startswith(subject)
    page.goto(link(confirm, "events/registration/confirm"))
    assert Registration.objects.get(email=first).status == "pending"  # the page alone confirms nothing
    page.locator(".confirm-button").click()
    expect(page.locator(".registration-status")).to_be_visible()
    assert Registration.objects.get(email=first).status == "going"
    shot("3-going")
    going = mail_to(sink, first, 2)
    cal = invitation(going)
    assert str(cal["METHOD"]) == "REQUEST"
    [event] = cal.walk("VEVENT")
    assert str(event["UID"]) == meeting.uid and event.decoded("RECURRENCE-ID").date() == day

    # Another reader for the whole series: that date is full, so the waiting list.
    register("Andrew Sorokowski", second, "series")
    page.locator("form.registration-form button[type=submit]").click()
    expect(page.locator(".registration-done")).to_be_visible()
    page.goto(link(mail_to(sink, second, 1), "events/registration/confirm"))
    page.locator(".confirm-button").click()
    expect(page.locator(".registration-status")).to_be_visible()
    assert Registration.objects.get(email=second).status == "waiting"
    shot("4-waiting")
    assert "waiting" in mail_to(sink, second, 2)["Subject"].lower() or language != "en"

    # The reminder: the beat's scan, run by the worker, finds it due; the
    # notices' lanes send it to the one going on that date, not to the waiting one.
    notice_tasks.scan_reminders.delay()
    reminder = mail_to(sink, first, 3)
    assert reminder["Subject"].strip().startswith({"en": "Reminder:", "ar": "تذكير:"}[language])
    assert reminder["Content-Language"] == language
    [event] = invitation(reminder).walk("VEVENT")
    assert str(event["UID"]) == meeting.uid
    notice = MeetingNotice.objects.get(kind=MeetingNotice.Kind.REMINDER)
    assert (notice.recipient, notice.occurrence_start) == (first, upcoming_dates(meeting)[1].occurrence.start)
    mail_shot(reminder, "5-reminder-mail")
    # The highlighted box's rule stands where the reader's lines start.
    rule = page.eval_on_selector(
        ".feature", "box => [getComputedStyle(box).borderLeftWidth, getComputedStyle(box).borderRightWidth]")
    assert rule == (["0px", "4px"] if language == "ar" else ["4px", "0px"])

    # The first cancels from the link in the reminder; the second gets the place and is told.
    page.goto(link(reminder, f"{language}/events/registration"))
    shot("6-manage")
    page.locator(".registration-cancel button").click()
    expect(page.locator(".registration-status")).to_be_visible()
    assert Registration.objects.get(email=first).status == "cancelled"
    shot("7-cancelled")
    cancelled = mail_to(sink, first, 4)
    assert cancelled["Subject"].strip().startswith(
        {"en": "Your registration is cancelled", "ar": "تم إلغاء تسجيلك"}[language])
    assert str(invitation(cancelled)["METHOD"]) == "CANCEL"
    promoted = mail_to(sink, second, 3)
    assert Registration.objects.get(email=second).status == "going"
    assert promoted["Content-Language"] == language
    cal = invitation(promoted)
    assert str(cal["METHOD"]) == "REQUEST"
    [event] = cal.walk("VEVENT")
    assert "RRULE" in event  # the whole series
    assert second in str(event["ATTENDEE"])
    mail_shot(promoted, "8-promoted-mail")
    assert len([m for m in sink.parsed() if m["To"] == first]) == 4  # each mail once, nothing more
    context.close()
