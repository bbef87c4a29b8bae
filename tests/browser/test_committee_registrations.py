"""A partner city's committee editor, in Chromium at 1280 and 390 px: the
admin menu offers Registrations; the list shows their own committee's
meeting and nobody of another committee's; the export downloads only theirs;
the check-in list of their meeting opens, the other committee's is refused."""

import csv
import io
from datetime import time, timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone
from playwright.sync_api import expect

from cities.models import CityIndexPage, CityProfilePage
from events.models import EventIndexPage
from people.models import Committee
from registrations import registering
from tests.browser.conftest import log_in
from tests.events.conftest import make_event
from tests.newsletters.helpers import publish, site_root

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = Path(__file__).parent / "shots"
PASSWORD = "a long test password"


def meeting_of(index, cities, name, country):
    city = cities.add_child(instance=CityProfilePage(title=name, slug=name.lower(), country=country,
                                                     local_city="Sonoma"))
    committee = Committee.objects.create(name=f"Sonoma-{name} Committee", slug=name.lower(), city=city)
    page = make_event(index, title=f"Sonoma-{name} Committee Meeting", committee=committee, repeat="weekly",
                      start_date=timezone.localdate() + timedelta(days=1), start_time=time(18),
                      end_time=time(19, 45), takes_registrations=True, capacity=6, category="committee_meeting")
    return page


@pytest.mark.parametrize("width", [1280, 390])
def test_a_committee_editor_sees_and_exports_their_own_lists_only(browser, live_server, width):
    SHOTS.mkdir(exist_ok=True)
    root = site_root()
    index = publish(root.add_child(instance=EventIndexPage(title="Events", slug="events")))
    cities = root.add_child(instance=CityIndexPage(title="Sister cities", slug="cities"))
    kaniv = meeting_of(index, cities, "Kaniv", "UA")
    tokaj = meeting_of(index, cities, "Tokaj", "HU")
    for page, name in ((kaniv, "Kaeti Bailie"), (kaniv, "Andrew Sorokowski"), (tokaj, "Gigi Pfleger")):
        registering.confirm(registering.register(page, occurrence_date=None, name=name, language="en",
                                                 email=name.split()[0].lower() + "@example.org").pk)
    editor = User.objects.create_user("kaniv-editor", password=PASSWORD)
    editor.groups.add(Group.objects.get(name="Committee: Kaniv"))

    context = browser.new_context(viewport={"width": width, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(60_000)
    log_in(page, live_server.url, "kaniv-editor", PASSWORD)

    # The menu (folded away on a phone) offers the lists.
    if width < 800:
        page.locator("button[aria-label='Toggle sidebar']").first.click()
    page.get_by_role("button", name="Registrations").first.click()
    link = page.locator("a[href$='/admin/registrations_admin/']").first
    expect(link).to_be_visible()
    # Nothing they cannot use: no newsletter sends in the menu, no newsletter panels.
    expect(page.get_by_role("link", name="Newsletter sends")).to_have_count(0)
    expect(page.get_by_text("No newsletter has been sent yet.")).to_have_count(0)
    page.screenshot(path=SHOTS / f"committee-registrations-1-menu-{width}.png")
    link.click()
    page.wait_for_url("**/admin/registrations_admin/")
    listing = page.locator("main")
    expect(listing).to_contain_text("Kaeti Bailie")
    expect(listing).to_contain_text("Andrew Sorokowski")
    expect(listing).not_to_contain_text("Gigi Pfleger")
    page.screenshot(path=SHOTS / f"committee-registrations-2-list-{width}.png", full_page=True)

    with page.expect_download() as download:
        export = f"{live_server.url}/admin/registrations_admin/?export=csv"
        page.evaluate("url => { window.location.href = url; }", export)
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8-sig"))))
    assert sorted(row[2] for row in rows[1:]) == ["Andrew Sorokowski", "Kaeti Bailie"]

    page.goto(f"{live_server.url}/admin/registrations/check-in/{kaniv.pk}/")
    expect(page.locator(".check-in-count")).to_contain_text("0 of 2")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=SHOTS / f"committee-registrations-3-check-in-{width}.png", full_page=True)

    page.goto(f"{live_server.url}/admin/registrations/check-in/{tokaj.pk}/")
    page.wait_for_url("**/admin/")  # refused, back to the dashboard with a message
    expect(page.locator("body")).to_contain_text("permission")
    expect(page.locator("body")).not_to_contain_text("Gigi Pfleger")
    page.screenshot(path=SHOTS / f"committee-registrations-4-refused-{width}.png", full_page=True)
    context.close()
