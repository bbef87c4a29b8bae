"""An editor signs in, adds a partner city with a photo from the library,
publishes it, and readers find it in the directory and on the map; a
committee editor changes their own city (for moderation) and is refused
another: the whole path in a real browser."""

import pytest
from django.contrib.auth.models import Group, User
from wagtail.models import Page

from core.permissions import SITE_EDITORS, ensure_site_editors_group
from tests import content
from tests.browser.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_site_editor_publishes_a_partner_city_that_appears_in_directory_and_map(live_server, browser):
    ensure_site_editors_group()
    editor = User.objects.create_user("maria", password="a-long-browser-test-password")
    editor.groups.add(Group.objects.get(name=SITE_EDITORS))
    directory = content.directory(title="Sister cities", slug="sister-cities")
    content.city(directory, "Kaniv", country="UA", latitude=49.75, longitude=31.46)
    content.image("Colima cathedral", alt="The cathedral of Colima at dusk")  # in the image library

    page = browser.new_page()
    page.set_default_timeout(90_000)  # a shared, busy machine
    log_in(page, live_server.url, "maria", "a-long-browser-test-password")

    page.goto(f"{live_server.url}/admin/pages/add/cities/cityprofilepage/{directory.pk}/")
    page.fill("input[name=title]", "Colima")
    page.select_option("select[name=country]", "MX")
    page.fill("input[name=latitude]", "19.24")
    page.fill("input[name=longitude]", "-103.72")
    page.fill("input[name=local_city]", "Sonoma")
    page.check("input[name=programmes][value=cultural]")
    page.fill("textarea[name=summary]", "The capital of the Mexican state of the same name.")
    # The photo, chosen from the image library in Wagtail's chooser.
    page.locator("[data-chooser-action-choose]").first.click()
    page.locator(".modal a", has_text="Colima cathedral").first.click()
    page.locator(".modal").wait_for(state="hidden")
    page.locator("footer .dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    page.click("button[name=action-publish]")
    page.wait_for_url(f"{live_server.url}/admin/pages/{directory.pk}/")

    page.goto(f"{live_server.url}/en/sister-cities/")
    card = page.locator(".city-card", has_text="Colima")
    assert card.count() == 1
    assert "Mexico" in card.inner_text()
    photo = card.locator("img")
    assert photo.get_attribute("alt") == "The cathedral of Colima at dusk"
    # The card's photo loads lazily: as a reader would, scroll to it, then it must arrive (a 404 never does).
    photo.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=photo.element_handle(), timeout=15000)
    pin = page.locator('a.map-pin[aria-label*="Colima"]')
    assert pin.count() == 1
    assert page.locator("a.map-pin").count() == 2
    pin.click()
    page.wait_for_url(f"{live_server.url}/en/sister-cities/colima/")
    assert page.locator("h1").inner_text().endswith("Colima")


def test_a_committee_editor_edits_their_city_and_is_refused_another(live_server, browser):
    directory = content.directory(title="Sister cities", slug="sister-cities")
    kaniv = content.city(directory, "Kaniv", country="UA", latitude=49.75, longitude=31.46)
    tokaj = content.city(directory, "Tokaj", country="HU", latitude=48.12, longitude=21.41)
    editor = User.objects.create_user("olena", password="a-long-browser-test-password")
    editor.groups.add(Group.objects.get(name="Committee: Kaniv"))

    page = browser.new_page()
    page.set_default_timeout(90_000)
    log_in(page, live_server.url, "olena", "a-long-browser-test-password")

    page.goto(f"{live_server.url}/admin/pages/{kaniv.pk}/edit/")
    page.fill("textarea[name=summary]", "Taras Shevchenko's resting place on the Dnipro.")
    # No publish permission: the committee submits its change for moderation.
    assert page.locator("button[name=action-publish]").count() == 0
    page.locator("footer button[type=submit]").first.click()
    page.wait_for_url(f"{live_server.url}/admin/pages/{kaniv.pk}/edit/")
    stored = Page.objects.get(pk=kaniv.pk).specific
    assert stored.summary == kaniv.summary and stored.has_unpublished_changes  # live as before, a draft waits
    assert stored.get_latest_revision().as_object().summary.startswith("Taras Shevchenko")

    response = page.goto(f"{live_server.url}/admin/pages/{tokaj.pk}/edit/")
    assert response.status == 403 or "/admin/" in page.url and "edit" not in page.url
