"""An organiser ticks people in on the day from a phone: the check-in list
of one date (its own registrants and the series'), 390 px wide, in the admin."""

from datetime import time, timedelta
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

from events.models import EventIndexPage
from registrations import registering
from registrations.models import Registration
from registrations.places import upcoming_dates
from tests.browser.conftest import log_in
from tests.events.conftest import make_event
from tests.newsletters.helpers import publish, site_root

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = Path(__file__).parent / "shots"


def test_an_organiser_ticks_people_in_from_a_phone(browser, live_server):
    SHOTS.mkdir(exist_ok=True)
    index = publish(site_root().add_child(instance=EventIndexPage(title="Events", slug="events")))
    meeting = make_event(index, title="Sonoma-Kaniv Committee Meeting", repeat="weekly",
                         start_date=timezone.localdate() + timedelta(days=1), start_time=time(18),
                         end_time=time(19, 45), takes_registrations=True, capacity=6, category="committee_meeting")
    day = upcoming_dates(meeting)[0].day
    for name, guests, when in (("Kaeti Bailie", 0, None), ("Andrew Sorokowski", 1, None), ("Robert Demler", 0, day)):
        registering.confirm(registering.register(meeting, occurrence_date=when, name=name, language="en",
                                                 email=name.split()[0].lower() + "@example.org", guests=guests).pk)
    get_user_model().objects.create_superuser("organiser", "organiser@example.org", "a long test password")

    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(60_000)
    log_in(page, live_server.url, "organiser", "a long test password")
    page.goto(f"{live_server.url}/admin/registrations/check-in/{meeting.pk}/?date={day.isoformat()}")
    expect(page.locator(".check-in-count")).to_contain_text("0 of 4")
    page.screenshot(path=SHOTS / "check-in-1-before-390.png", full_page=True)
    page.locator(".check-in-row", has_text="Andrew Sorokowski").get_by_role("button").click()
    expect(page.locator(".check-in-count")).to_contain_text("2 of 4")
    expect(page.locator(".check-in-row.is-checked")).to_have_count(1)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=SHOTS / "check-in-2-after-390.png", full_page=True)
    assert Registration.objects.get(name="Andrew Sorokowski").checked_in_at is not None
    context.close()
