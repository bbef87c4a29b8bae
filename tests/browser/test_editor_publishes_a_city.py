"""An editor signs in, adds a partner city, publishes it, and readers find it
in the directory and on the map: the whole path in a real browser."""

import pytest
from django.contrib.auth.models import Group, User

from core.permissions import SITE_EDITORS, ensure_site_editors_group
from tests import content

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_site_editor_publishes_a_partner_city_that_appears_in_directory_and_map(live_server, browser):
    content.ensure_default_site()  # earlier transactional tests flush what migrations made
    ensure_site_editors_group()
    editor = User.objects.create_user("maria", password="a-long-browser-test-password")
    editor.groups.add(Group.objects.get(name=SITE_EDITORS))
    directory = content.directory(title="Sister cities", slug="sister-cities")
    content.city(directory, "Kaniv", country="UA", latitude=49.75, longitude=31.46)

    page = browser.new_page()
    page.set_default_timeout(90_000)  # a shared, busy machine
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "maria")
    page.fill("input[name=password]", "a-long-browser-test-password")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/pages/add/cities/cityprofilepage/{directory.pk}/")
    page.fill("input[name=title]", "Colima")
    page.select_option("select[name=country]", "MX")
    page.fill("input[name=latitude]", "19.24")
    page.fill("input[name=longitude]", "-103.72")
    page.fill("input[name=local_city]", "Sonoma")
    page.check("input[name=programmes][value=cultural]")
    page.fill("textarea[name=summary]", "The capital of the Mexican state of the same name.")
    page.locator("footer .dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    page.click("button[name=action-publish]")
    page.wait_for_url(f"{live_server.url}/admin/pages/{directory.pk}/")

    page.goto(f"{live_server.url}/en/sister-cities/")
    card = page.locator(".city-card", has_text="Colima")
    assert card.count() == 1
    assert "Mexico" in card.inner_text()
    pin = page.locator('a.map-pin[aria-label*="Colima"]')
    assert pin.count() == 1
    assert page.locator("a.map-pin").count() == 2
    pin.click()
    page.wait_for_url(f"{live_server.url}/en/sister-cities/colima/")
    assert page.locator("h1").inner_text().endswith("Colima")
