"""In Chromium: Arabic lays out right to left, and the language a reader
picks in the switcher is remembered for their next visit to `/`."""

import pytest
from django.conf import settings

from tests.core.i18n_support import all_locales, english_home, translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture
def browser_page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        context = browser.new_context(locale="en-US")
        try:
            yield context.new_page()
        finally:
            browser.close()


@pytest.fixture
def site(live_server):
    all_locales()
    home = english_home()
    translate(home, "ar", title="جمعية المدن التوأم")
    translate(home, "uk", title="Асоціація міст-побратимів")
    return live_server.url


def test_arabic_is_laid_out_right_to_left(site, browser_page):
    browser_page.goto(f"{site}/ar/")

    assert browser_page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # The switcher's first language sits to the right of the last one.
    first = browser_page.locator(".language-switcher a").first.bounding_box()
    last = browser_page.locator(".language-switcher a").last.bounding_box()
    assert first["x"] > last["x"]

    browser_page.goto(f"{site}/en/")
    assert browser_page.evaluate("getComputedStyle(document.body).direction") == "ltr"


def test_the_switcher_remembers_the_readers_choice(site, browser_page):
    browser_page.goto(f"{site}/en/")

    browser_page.click(".language-switcher a[lang=uk]")
    browser_page.wait_for_url(f"{site}/uk/")
    cookies = {c["name"]: c["value"] for c in browser_page.context.cookies()}
    assert cookies[settings.LANGUAGE_COOKIE_NAME] == "uk"

    # The browser says English, the reader chose Ukrainian.
    browser_page.goto(f"{site}/")
    assert browser_page.url == f"{site}/uk/"
    assert "Асоціація міст-побратимів" in browser_page.content()
