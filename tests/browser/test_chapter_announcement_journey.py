"""A member association announces an event on the chapter site in Chromium;
a chapter editor approves it in the admin; it shows on the member calendar
beside the events of another member's calendar feed, which then changes and
is synced by the worker. At a desktop and a phone width. A real Celery
worker sends the mail to an SMTP server on loopback (tests/mailsink.py) and
syncs the feed from an HTTP server on loopback (tests/events/httpserver.py).
Screenshots: tests/browser/shots/ (ignored)."""

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission, User
from django.db import transaction
from playwright.sync_api import expect
from wagtail.models import Site

from chapter.models import Announcement, MemberAssociation, MembersPage
from events import sync
from events.models import CalendarFeed, EventIndexPage
from home.models import OrganisationSettings
from tests import content
from tests.browser.conftest import log_in
from tests.events.httpserver import CalendarHost
from tests.mailsink import MailSink, free_port

pytestmark = [pytest.mark.browser, pytest.mark.integration, pytest.mark.django_db(transaction=True)]
SHOTS = Path(__file__).parent / "shots"
CHAPTER_EMAIL = "admin@socalsistercities.example"
PASSWORD = "lanterns-and-tea-1957"
SOON = datetime.now(UTC) + timedelta(days=12)


def calendar(title: str, sequence: int) -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:reception@riverside.example\r\n"
            f"SEQUENCE:{sequence}\r\nDTSTART;TZID=America/Los_Angeles:{SOON:%Y%m%d}T180000\r\nDURATION:PT2H\r\n"
            f"SUMMARY:{title}\r\nLOCATION:Riverside Municipal Auditorium\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()


def wait_for(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.25)
    raise AssertionError(f"{what}: not within {timeout:.0f}s")


@pytest.fixture
def calendar_host():
    with CalendarHost() as host:
        yield host


@pytest.fixture
def chapter(live_server, calendar_host):
    home = content.home_page()
    site = Site.objects.get(is_default_site=True)
    site.port = int(live_server.url.rsplit(":", 1)[1])  # links in mail lead to the site the member used
    site.save()
    OrganisationSettings.objects.update_or_create(site=site, defaults={
        "name": "Sister Cities International Southern California Chapter", "email": CHAPTER_EMAIL})
    index = content.add_page(home, EventIndexPage(title="Member events", slug="member-events"))
    members = content.add_page(home, MembersPage(title="Member associations", slug="members", events_index=index))
    MemberAssociation.objects.create(members_page=members, name="Sister Cities of Los Angeles",
                                     slug="sister-cities-of-los-angeles", local_city="Los Angeles")
    calendar_host.serve_ics("/riverside.ics", calendar("Sendai friendship reception", 0))
    feed = CalendarFeed.objects.create(name="Riverside sister cities", url=calendar_host.url("/riverside.ics"),
                                       index=index, default_time_zone="America/Los_Angeles")
    MemberAssociation.objects.create(members_page=members, name="Riverside sister cities", slug="riverside",
                                     local_city="Riverside", feed=feed)
    editor = User.objects.create_user("chapter-editor", "editor@socal.example", PASSWORD)
    editor.user_permissions.add(*Permission.objects.filter(codename__in=[
        "access_admin", "view_announcement", "moderate_announcement"]))
    return live_server.url, feed


def request_sync(feed_id: int) -> None:
    with transaction.atomic():  # the worker's listener enqueues on commit, as "Sync now" does
        sync.request_sync(CalendarFeed.objects.get(pk=feed_id))


@pytest.mark.parametrize("width", [1280, 390])
def test_an_announcement_is_sent_approved_and_shown_beside_a_synced_member_calendar(browser, chapter, start_worker,
                                                                                     calendar_host, width):
    SHOTS.mkdir(exist_ok=True)
    url, feed = chapter
    sink = MailSink(port=free_port()).start()
    try:
        start_worker(EMAIL_URL=f"smtp://127.0.0.1:{sink.port}", CALENDAR_FEEDS_ALLOW_PRIVATE="1")
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        page.set_default_timeout(60_000)

        def shot(step):
            assert page.evaluate("document.documentElement.scrollWidth") <= width, f"{step} at {width}"
            page.screenshot(path=SHOTS / f"chapter-{step}-{width}.png", full_page=True)

        # The member announces an event.
        page.goto(f"{url}/en/members/announce/")
        page.get_by_label("Your association").select_option(label="Sister Cities of Los Angeles")
        page.get_by_label("An event").check()
        page.get_by_label("Title").fill("Nagoya lantern evening")
        page.get_by_label("A few words about it").fill("Lanterns, tea and a talk on the 1959 twinning.")
        page.get_by_label("Date of the event").fill(f"{SOON + timedelta(days=3):%Y-%m-%d}")
        page.get_by_label("Starts at").fill("18:30")
        page.get_by_label("Ends at").fill("20:00")
        page.get_by_label("Place").fill("Los Angeles City Hall")
        page.get_by_label("Link").fill("https://example.org/lanterns")
        page.get_by_label("Your name").fill("Aiko Tanaka")
        page.get_by_label("Your email address").fill("aiko@example.org")
        shot("1-announce")
        page.get_by_role("button", name="Send for review").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Thank you")
        shot("2-thanks")
        assert sink.wait_for(1, 60), "the confirmation"
        assert Announcement.objects.get().status == "pending"

        # A chapter editor approves it in the admin's queue.
        admin = browser.new_context(viewport={"width": width, "height": 900}).new_page()
        admin.set_default_timeout(60_000)
        log_in(admin, url, "chapter-editor", PASSWORD)
        admin.goto(f"{url}/admin/snippets/chapter/announcement/")
        expect(admin.get_by_text("Nagoya lantern evening")).to_be_visible()
        admin.get_by_role("link", name="Nagoya lantern evening").click()
        admin.get_by_role("link", name="Approve").click()
        expect(admin.get_by_role("button", name="Approve and publish")).to_be_visible()
        admin.screenshot(path=SHOTS / f"chapter-3-approve-{width}.png", full_page=True)
        admin.get_by_role("button", name="Approve and publish").click()
        expect(admin.get_by_text("is published; the sender will be told")).to_be_visible()
        admin.screenshot(path=SHOTS / f"chapter-4-approved-{width}.png", full_page=True)
        assert sink.wait_for(2, 60), "the decision"
        decision = [m for m in sink.parsed() if "Published" in str(m["Subject"])][0]
        assert f"{url}/en/member-events/nagoya-lantern-evening/" in decision.get_content()

        # Riverside's calendar is synced by the worker; both show on the calendar.
        request_sync(feed.pk)
        wait_for(lambda: CalendarFeed.objects.get(pk=feed.pk).event_count == 1, 60, "the first sync")
        page.goto(f"{url}/en/members/calendar/")
        cards = page.locator("article.member-event")
        expect(cards).to_have_count(2)
        expect(cards.filter(has_text="Nagoya lantern evening")).to_contain_text(
            "Run by Sister Cities of Los Angeles (Los Angeles)")
        expect(cards.filter(has_text="Sendai friendship reception")).to_contain_text(
            "Run by Riverside sister cities (Riverside)")
        shot("5-calendar")

        # Riverside changes its calendar; the next sync shows the change.
        calendar_host.serve_ics("/riverside.ics", calendar("Sendai friendship reception – moved indoors", 1))
        request_sync(feed.pk)
        wait_for(lambda: CalendarFeed.objects.get(pk=feed.pk).updated_count == 1, 60, "the second sync")
        page.goto(f"{url}/en/members/calendar/")  # the page cached before the sync is not served again
        expect(page.locator("article.member-event").filter(has_text="moved indoors")).to_have_count(1)
        page.goto(f"{url}/en/members/calendar/?city=Riverside")
        expect(page.locator("article.member-event")).to_have_count(1)
        expect(page.locator("article.member-event")).to_contain_text("moved indoors")
        shot("6-calendar-riverside")
        context.close()
    finally:
        sink.stop()
