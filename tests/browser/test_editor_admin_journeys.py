"""A site editor's admin journeys in Chromium, at 1280 and 390 px: the
dashboard; a calendar feed that fails, says why, and syncs again; a page
form left half-filled (autosaved) and offered back. Screenshots go to
SHOTS_DIR (default var/screenshots/admin)."""

import os
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone

from core.permissions import SITE_EDITORS, ensure_site_editors_group
from events import sync
from events.models import CalendarFeed, EventIndexPage
from tests import content
from tests.browser.conftest import log_in
from tests.events.conftest import make_event
from tests.events.test_fetch import ICS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "a-long-browser-test-password"
WAIT = 60_000  # ms; a shared, busy machine
SHOTS = Path(os.environ.get("SHOTS_DIR") or Path(__file__).resolve().parents[2] / "var" / "screenshots" / "admin")


@pytest.fixture
def editor_page(live_server, browser):
    ensure_site_editors_group()
    editor = User.objects.create_user("maria", password=PASSWORD, email="maria@example.org")
    editor.groups.add(Group.objects.get(name=SITE_EDITORS))
    contexts = []

    def sign_in(width):
        contexts.append(browser.new_context(viewport={"width": width, "height": 900}))
        page = contexts[-1].new_page()
        page.set_default_timeout(WAIT)
        log_in(page, live_server.url, "maria", PASSWORD)
        return page

    yield sign_in
    for context in contexts:
        context.close()


@pytest.fixture
def events_index():
    home = content.home_page()
    return content.add_page(home, EventIndexPage(title="Events", slug="events"))


def fits(page, width):
    assert page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("width", [1280, 390])
def test_the_dashboard_shows_meetings_feeds_sends_translations_and_subscribers(live_server, editor_page,
                                                                               events_index, width):
    from playwright.sync_api import expect

    make_event(events_index, title="Board of directors", start_date=timezone.localdate() + timedelta(days=4))
    CalendarFeed.objects.create(name="Kaniv city council", url="https://kaniv.example.org/council.ics",
                                index=events_index, last_result="failed",
                                last_error="The server answered 503 Service Unavailable.")
    page = editor_page(width)
    expect(page.locator("#dashboard-next-meetings-section")).to_contain_text("Board of directors")
    expect(page.locator("#dashboard-failing-feeds-section")).to_contain_text("503 Service Unavailable")
    expect(page.locator("#dashboard-last-send-section")).to_contain_text("No newsletter has been sent yet.")
    expect(page.locator("#dashboard-new-subscribers-section")).to_contain_text("0 confirmed since")
    expect(page.locator("#dashboard-missing-translations-section")).to_be_visible()
    fits(page, width)
    page.screenshot(path=SHOTS / f"dashboard-{width}.png", full_page=True)


@pytest.mark.parametrize("width", [1280, 390])
def test_a_failing_feed_says_why_and_sync_now_shows_it_running_then_its_result(live_server, editor_page,
                                                                               events_index, settings, width):
    from playwright.sync_api import expect

    from tests.events.httpserver import CalendarHost

    SHOTS.mkdir(parents=True, exist_ok=True)
    with CalendarHost() as host:
        host.serve_ics("/council.ics", ICS)
        feed = CalendarFeed.objects.create(
            name="Kaniv city council: meetings of the executive committee and the standing commissions",
            url=host.url("/council.ics") + "?calendar=executive-committee-and-standing-commissions-2026",
            index=events_index)
        sync.sync_feed(feed.pk)  # private addresses are refused unless allowed: a failure with its reason
        page = editor_page(width)
        page.goto(f"{live_server.url}/admin/snippets/events/calendarfeed/")
        row = page.locator("tbody tr", has_text="Kaniv city council")
        expect(row).to_contain_text("Failed")
        expect(row).to_contain_text("private or local")
        page.screenshot(path=SHOTS / f"feeds-failed-{width}.png", full_page=True)
        name_width = row.locator("td.title").bounding_box()["width"]
        assert name_width >= (200 if width == 1280 else 130), name_width  # the name is not crushed
        fits(page, width)

        page.goto(f"{live_server.url}/admin/snippets/events/calendarfeed/inspect/{feed.pk}/")
        expect(page.locator("#feed-status")).to_contain_text("private or local")
        settings.CALENDAR_FEEDS_ALLOW_PRIVATE = True
        page.get_by_role("button", name="Sync now").click()
        expect(page.locator("#feed-status")).to_contain_text("Syncing now…")
        fits(page, width)
        page.screenshot(path=SHOTS / f"feed-syncing-{width}.png", full_page=True)

        sync.sync_feed(feed.pk)  # what the worker does with the task the button queued
        expect(page.locator("#feed-status")).to_contain_text("Updated", timeout=WAIT)  # the page reloads itself
        expect(page.locator("#feed-status")).to_contain_text("1 new")
        expect(page.get_by_role("button", name="Sync now")).to_be_visible()
        fits(page, width)
        page.screenshot(path=SHOTS / f"feed-updated-{width}.png", full_page=True)


@pytest.mark.parametrize("width", [1280, 390])
def test_a_half_filled_page_autosaved_and_left_is_offered_back(live_server, editor_page, width):
    from playwright.sync_api import expect

    from home.models import StandardPage

    home = content.home_page()
    add = f"{live_server.url}/admin/pages/add/home/standardpage/{home.pk}/"
    page = editor_page(width)
    page.goto(add)
    # Wagtail takes the form as it stands two seconds after loading as its
    # starting point; an editor types after that.
    page.wait_for_timeout(3000)
    page.fill("input[name=title]", "Our mission")
    page.fill("textarea[name=intro]", "Friendship between cities, one")
    # Wagtail's autosave creates the draft page; the editor then leaves the form.
    for _ in range(120):
        if StandardPage.objects.filter(title="Our mission").exists():
            break
        page.wait_for_timeout(500)
    draft = StandardPage.objects.get(title="Our mission")
    assert not draft.live
    page.goto(f"{live_server.url}/admin/")

    page.goto(add)
    offer = page.locator(".messages", has_text="unfinished draft")
    expect(offer).to_contain_text("Our mission")
    fits(page, width)
    page.screenshot(path=SHOTS / f"draft-offered-{width}.png", full_page=True)
    offer.get_by_role("link", name="Continue it").click()
    page.wait_for_url(f"{live_server.url}/admin/pages/{draft.pk}/edit/")
    expect(page.locator("textarea[name=intro]")).to_have_value("Friendship between cities, one")


@pytest.mark.parametrize("width", [1280, 390])
def test_choosing_a_featured_city_on_the_french_home_offers_the_french_copy(live_server, editor_page, width):
    from playwright.sync_api import expect

    from cities.models import CityIndexPage, CityProfilePage
    from home.models import HomePage
    from tests.core.i18n_support import all_locales, translate

    all_locales()
    home = content.home_page()
    cities = content.add_page(home, CityIndexPage(title="Sister cities", slug="sister-cities"))
    kaniv = content.add_page(cities, CityProfilePage(title="Kaniv", slug="kaniv", country="UA", local_city="Sonoma"))
    french_home = translate(home, "fr", title="Accueil")
    for code, title in [("fr", "Villes jumelles"), ("zh-hans", "友好城市")]:
        if code != "fr":
            translate(home, code, title="主页")
        translate(cities, code, title=title)
    french = translate(kaniv, "fr", title="Kaniv")
    translate(kaniv, "zh-hans", title="Kaniv")

    page = editor_page(width)
    page.goto(f"{live_server.url}/admin/pages/{french_home.pk}/edit/")
    page.get_by_role("button", name="Add featured partner cities").click()
    page.get_by_role("button", name="Choose a page (City profile page)").first.click()
    modal = page.locator(".modal-content")
    modal.locator("input[name=q]").fill("Kaniv")
    expect(modal).to_contain_text("Search results", timeout=WAIT)
    page.wait_for_timeout(500)
    page.screenshot(path=SHOTS / f"chooser-french-{width}.png")
    results = modal.locator("table tbody tr")
    expect(results).to_have_count(1)  # the French copy only, not the English or the Chinese
    expect(results.first).to_contain_text("Français")
    results.first.locator("a", has_text="Kaniv").click()
    expect(modal).to_be_hidden()
    page.locator("footer").get_by_role("button", name="Save draft").click()
    expect(page.locator(".chooser__title", has_text="Kaniv (Français)")).to_be_visible()
    saved = HomePage.objects.get(pk=french_home.pk).get_latest_revision_as_object()
    assert [item.city_id for item in saved.featured_cities.all()] == [french.pk]
    fits(page, width)
    page.screenshot(path=SHOTS / f"chooser-chosen-{width}.png", full_page=True)
