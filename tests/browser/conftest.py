import os
import shutil

import pytest
from playwright.sync_api import expect

from tests.integration.conftest import broker_purged, start_worker  # noqa: F401 (journeys with a real worker)
from tests.services import CHROMIUM, IN_CI

# Playwright's sync API runs an event loop in the test's thread; the database
# calls the tests make around it are still plain synchronous ones.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]


@pytest.fixture
def browser():
    if not shutil.which(CHROMIUM):
        if IN_CI:
            pytest.fail(f"Chromium is required at {CHROMIUM}")
        pytest.skip(f"Chromium is not installed at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def log_in(page, origin: str, username: str, password: str) -> None:
    """Through the admin's own login form, as an editor does."""
    page.goto(f"{origin}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{origin}/admin/")


def close_date_pickers(page) -> None:
    """Wagtail's date and time pickers open on focus; on a slow machine one can
    open after its field has lost focus and stay open over the editor's
    footer. Click outside it, on the title field, as an editor would, and
    wait until none shows."""
    page.click("input[name=title]")
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(0)
