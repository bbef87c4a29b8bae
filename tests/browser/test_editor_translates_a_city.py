"""A site editor translates a partner city into French through
wagtail-localize's editor in Chromium, publishes it, and a French reader
reads it under /fr/ with no fallback notice. Chromium at 1280 px, the reader
also at 390 px; screenshots go to SHOTS_DIR (default var/screenshots/admin)."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.models import Locale

from cities.models import CityProfilePage
from core.permissions import SITE_EDITORS, ensure_site_editors_group
from tests import content
from tests.browser.conftest import log_in
from tests.browser.test_editor_admin_journeys import PASSWORD, SHOTS, WAIT

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_editor_translates_a_city_into_french_and_a_french_reader_reads_it(live_server, browser):
    french = Locale.objects.create(language_code="fr")
    ensure_site_editors_group()
    editor = User.objects.create_user("maria", password=PASSWORD, email="maria@example.org")
    editor.groups.add(Group.objects.get(name=SITE_EDITORS))
    directory = content.directory(title="Sister cities", slug="sister-cities")
    kaniv = content.city(directory, "Kaniv", country="UA", latitude=49.75, longitude=31.46)

    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.set_default_timeout(WAIT)
    log_in(page, live_server.url, "maria", PASSWORD)

    # Translate: the city (and the directory above it) go to French.
    page.goto(live_server.url + reverse("wagtail_localize:submit_page_translation", args=[kaniv.pk]))
    page.check(f"input[name=locales][value='{french.pk}']")
    page.locator("form button[type=submit], form input[type=submit]").last.click()
    page.wait_for_url("**/admin/pages/*/edit/")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / "translate-editor.png", full_page=True)

    # The title segment, translated by hand in wagtail-localize's editor.
    page.get_by_role("button", name="Translate", exact=True).first.click()  # the title comes first
    editing = page.locator("textarea")
    expect(editing).to_have_count(1)
    editing.fill("Kaniv (Ukraine)")
    page.get_by_role("button", name="Save", exact=True).first.click()
    expect(page.get_by_text("Kaniv (Ukraine)").first).to_be_visible()
    page.get_by_role("button", name="Publish in Français").click()
    page.wait_for_load_state()
    page.screenshot(path=SHOTS / "translate-published.png", full_page=True)

    translated = CityProfilePage.objects.get(locale=french, translation_key=kaniv.translation_key)
    assert translated.live and translated.title == "Kaniv (Ukraine)"

    page.goto(f"{live_server.url}/fr/sister-cities/")
    card = page.locator(".city-card a", has_text="Kaniv (Ukraine)").first
    assert card.get_attribute("href") == "/fr/sister-cities/kaniv/"
    card.click()
    page.wait_for_url("**/fr/sister-cities/kaniv/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text().endswith("Kaniv (Ukraine)")
    assert page.locator(".translation-notice").count() == 0
    page.screenshot(path=SHOTS / "translate-read-in-french.png", full_page=True)

    # And on a phone, the French reader's page reads the same.
    phone = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    phone.goto(f"{live_server.url}/fr/sister-cities/kaniv/")
    assert phone.locator("h1").inner_text().endswith("Kaniv (Ukraine)")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.screenshot(path=SHOTS / "translate-read-in-french-phone.png", full_page=True)
