"""A site editor schedules a monthly committee meeting in the admin and
publishes it; readers find every date in the listing, on the right day of the
month view, and in the meeting's own calendar file. Chromium at 1280 px;
screenshots go to SHOTS_DIR (default var/screenshots/admin)."""

from datetime import date, timedelta

import icalendar
import pytest
from django.contrib.auth.models import Group, User
from django.utils import dateformat

from core.permissions import SITE_EDITORS, ensure_site_editors_group
from events.models import EventIndexPage, EventPage
from tests import content
from tests.browser.conftest import close_date_pickers, log_in
from tests.browser.test_editor_admin_journeys import PASSWORD, SHOTS, WAIT

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def second_tuesday(year: int, month: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(1 - first.weekday()) % 7 + 7)


def test_an_editor_schedules_a_monthly_meeting_readers_find_it_in_the_list_the_month_and_the_ics(live_server,
                                                                                                 browser):
    ensure_site_editors_group()
    editor = User.objects.create_user("maria", password=PASSWORD, email="maria@example.org")
    editor.groups.add(Group.objects.get(name=SITE_EDITORS))
    index = content.add_page(content.home_page(), EventIndexPage(title="Events", slug="events"))
    today = date.today()
    month_after = date(today.year + (today.month == 12), today.month % 12 + 1, 1)
    first = second_tuesday(month_after.year, month_after.month)

    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.set_default_timeout(WAIT)
    log_in(page, live_server.url, "maria", PASSWORD)

    page.goto(f"{live_server.url}/admin/pages/add/events/eventpage/{index.pk}/")
    page.fill("input[name=title]", "Kaniv Committee Meeting")
    page.fill("input[name=start_date]", first.isoformat())
    page.fill("input[name=start_time]", "18:30")
    page.fill("input[name=end_time]", "20:00")
    page.select_option("select[name=time_zone]", "America/Los_Angeles")
    page.select_option("select[name=repeat]", "monthly_weekday")
    page.fill("input[name=repeat_count]", "6")
    page.fill("input[name=venue_name]", "Sonoma Community Center")
    page.fill("input[name=venue_address]", "276 E Napa St, Sonoma, CA 95476")
    close_date_pickers(page)
    page.locator("footer .dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    page.click("button[name=action-publish]")
    page.wait_for_url(f"{live_server.url}/admin/pages/{index.pk}/")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / "meeting-published.png", full_page=True)

    meeting = EventPage.objects.get(title="Kaniv Committee Meeting")
    assert meeting.live and meeting.repeat == "monthly_weekday"

    # The listing: the meeting on each second Tuesday ahead.
    page.goto(f"{live_server.url}/en/events/")
    cards = page.locator(".event-card", has_text="Kaniv Committee Meeting")
    assert cards.count() >= 2  # those within the listing's window
    listing = page.locator("main").inner_text()
    after = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    for day in (first, second_tuesday(after.year, after.month)):
        assert f"{dateformat.format(day, 'l, N j, Y')}, 6:30 p.m." in listing  # "Tuesday, Jan. 12, 2027"
    assert "Sonoma Community Center" in listing
    page.screenshot(path=SHOTS / "meeting-listing.png", full_page=True)

    # The month view: on the second Tuesday, its number apart from the meeting.
    page.goto(f"{live_server.url}/en/events/month/{first.year}/{first.month}/")
    day = page.locator(f'[data-date="{first.isoformat()}"]')
    assert day.count() == 1
    assert "Kaniv Committee Meeting" in day.inner_text()
    assert page.locator(".month-grid").inner_text().count("Kaniv Committee Meeting") == 1
    page.screenshot(path=SHOTS / "meeting-month.png", full_page=True)

    # The calendar file a reader adds: one series, six dates, in the meeting's zone.
    response = page.request.get(f"{live_server.url}/en/events/kaniv-committee-meeting/event.ics")
    assert response.status == 200
    assert response.headers["content-type"].startswith("text/calendar")
    [event] = icalendar.Calendar.from_ical(response.body()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Kaniv Committee Meeting"
    assert event["DTSTART"].dt.date() == first
    assert str(event["DTSTART"].dt.tzinfo) == "America/Los_Angeles"
    rule = event["RRULE"]
    assert rule["FREQ"] == ["MONTHLY"] and rule["COUNT"] == [6] and rule["BYDAY"] in (["2TU"], ["+2TU"])
