"""A reader, left to right and right to left, at a desktop and a phone
width: home -> directory -> a partner city -> its meetings -> a meeting ->
add to calendar; the month view; search. Screenshots: tests/browser/shots/."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from events.models import EventIndexPage
from people.models import Committee
from tests import content
from tests.events.conftest import make_event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = Path(__file__).parent / "shots"


@pytest.fixture
def site():
    home = content.home_page()
    directory = content.directory(title="Sister cities", slug="sister-cities")
    kaniv = content.city(directory, "Kaniv", country="UA", summary="A town on the Dnipro.")
    committee = Committee.objects.create(name="Sonoma-Kaniv Committee", slug="sonoma-kaniv", city=kaniv)
    index = home.add_child(instance=EventIndexPage(title="Events", slug="events"))
    index.save_revision().publish()
    make_event(index, title="Sonoma-Kaniv Committee Meeting", committee=committee,
               start_date=timezone.localdate() + timedelta(days=3), venue_name="Sonoma Library")
    return home


@pytest.mark.parametrize("language", ["en", "fr", "ar", "ja"])
def test_a_reader_finds_a_partner_citys_meeting_on_desktop_and_phone(live_server, browser, site, language):
    SHOTS.mkdir(exist_ok=True)
    for width in (1280, 390):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        page.set_default_timeout(60_000)

        def shot(name, page=page, width=width):
            assert page.evaluate("document.documentElement.scrollWidth") <= width, f"{name} at {width}"
            page.screenshot(path=SHOTS / f"reader-{language}-{name}-{width}.png", full_page=True)

        page.goto(f"{live_server.url}/{language}/")
        assert page.evaluate("document.documentElement.dir") == ("rtl" if language == "ar" else "ltr")
        shot("1-home")
        page.goto(f"{live_server.url}/{language}/sister-cities/")
        card = page.locator(".city-card a", has_text="Kaniv").first
        assert card.get_attribute("href") == f"/{language}/sister-cities/kaniv/"  # never out of the reader's language
        card.click()
        page.wait_for_url(f"**/{language}/sister-cities/kaniv/")
        shot("2-city")

        page.goto(f"{live_server.url}/{language}/events/?city=kaniv")
        city_options = page.locator("select[name=city] option")
        assert city_options.count() == 2  # "All" and Kaniv, once
        meeting = page.get_by_role("link", name="Sonoma-Kaniv Committee Meeting").first
        meeting.click()
        page.wait_for_url(f"**/{language}/events/sonoma-kaniv-committee-meeting/")
        assert "Sonoma Library" in page.locator("main").inner_text()
        ics = page.locator("a[href$='event.ics']").first.get_attribute("href")
        calendar = page.request.get(ics if ics.startswith("http") else live_server.url + ics)
        assert calendar.headers["content-type"].startswith("text/calendar")
        assert "SUMMARY:Sonoma-Kaniv Committee Meeting" in calendar.text()
        shot("3-meeting")

        page.goto(f"{live_server.url}/{language}/events/")
        page.locator("a[href*='/events/month/']").first.click()
        page.wait_for_url(f"**/{language}/events/month/**")  # still in the reader's language
        grid = page.locator(".month-grid")
        if width == 390:
            assert not grid.is_visible()  # a phone gets the agenda list instead
        else:
            assert grid.locator("[aria-current=date]").count() == 1
        shot("4-month")

        page.goto(f"{live_server.url}/{language}/search/?q=Dnipro")
        assert page.locator(".search-result mark").first.inner_text() == "Dnipro"
        shot("5-search")
        context.close()
