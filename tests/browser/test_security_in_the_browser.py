"""What Chromium makes of the security headers: the Content-Security-Policy
blocks nothing the pages need (the public pages' scripts run from files, the
admin's editors still work), and a guesser locked out of the admin reads why,
on a wide and a narrow screen."""

from pathlib import Path

import pytest
from django.contrib.auth.models import User

from cms.demo import load
from events.models import EventPage
from tests.browser.conftest import log_in
from tests.core.i18n_support import all_locales

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "a-long-browser-test-password"
SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots" / "security"
PUBLIC = ["/en/", "/en/sister-cities/", "/en/sister-cities/kaniv/", "/en/events/", "/en/newsletter/subscribe/",
          "/ar/"]


@pytest.fixture
def shots():
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS


@pytest.fixture
def demo_site(live_server):
    load()
    all_locales()
    return live_server.url


def watch(page) -> list[str]:
    """Every CSP report and script error the page produces."""
    problems = []
    page.on("console", lambda message: problems.append(message.text)
            if "Content Security Policy" in message.text else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("response", lambda response: problems.append(f"{response.status} {response.url}")
            if response.status >= 400 else None)
    return problems


@pytest.mark.parametrize("width", [1280, 390])
def test_public_pages_run_their_scripts_under_the_policy(demo_site, browser, shots, width):
    page = browser.new_page(viewport={"width": width, "height": 900}, timezone_id="Europe/Paris")
    page.set_default_timeout(90_000)
    problems = watch(page)
    for path in PUBLIC:
        response = page.goto(f"{demo_site}{path}")
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert page.evaluate("document.documentElement.scrollWidth") <= width, path
    event = EventPage.objects.live().filter(locale__language_code="en").first()
    page.goto(f"{demo_site}{event.get_url_parts()[2]}")
    # The zone picker's script (a static file now) shows its button and uses it.
    button = page.get_by_role("button", name="Use my browser's time zone")
    button.wait_for(state="visible")
    page.screenshot(path=shots / f"event-zone-picker-{width}.png", full_page=True)
    with page.expect_navigation():
        button.click()
    assert "tz=Europe%2FParis" in page.url, page.url
    page.goto(f"{demo_site}/en/newsletter/subscribe/")
    page.screenshot(path=shots / f"subscribe-{width}.png", full_page=True)
    assert problems == []


def test_the_admin_works_under_its_policy(demo_site, browser, shots):
    User.objects.create_superuser("root", "root@example.org", PASSWORD)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(90_000)
    problems = watch(page)
    log_in(page, demo_site, "root", PASSWORD)

    event = EventPage.objects.live().filter(locale__language_code="en").first()
    page.goto(f"{demo_site}/admin/pages/{event.pk}/edit/")
    # Wagtail's inline script sets up the date pickers (each adds its widget).
    page.locator(".xdsoft_datetimepicker").first.wait_for(state="attached")
    page.screenshot(path=shots / "admin-event-edit.png")
    for path in ("/admin/snippets/newsletters/subscriber/", "/admin/images/", "/admin/reports/translation-status/",
                 "/admin/sign-in-locks/"):
        page.goto(f"{demo_site}{path}")
        assert page.locator("main, #main").first.is_visible(), path
    page.fill("input[name=username]", "maria")
    page.get_by_role("button", name="Lift the lock").click()
    assert "maria can sign in again" in page.get_by_role("status").first.inner_text()
    page.screenshot(path=shots / "admin-sign-in-locks.png")
    assert problems == []


@pytest.mark.parametrize("width", [1280, 390])
def test_a_locked_out_guesser_reads_why(live_server, browser, shots, width):
    User.objects.create_user("maria", password=PASSWORD, email="maria@example.org", is_staff=True)
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.set_default_timeout(90_000)
    for _attempt in range(5):
        page.goto(f"{live_server.url}/admin/login/")
        page.fill("input[name=username]", "maria")
        page.fill("input[name=password]", "not-the-password")
        page.click("button[type=submit]")
        page.wait_for_load_state()
    message = page.get_by_role("alert")
    assert "Too many failed sign-in attempts" in message.inner_text()
    assert "15 minutes" in message.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=shots / f"locked-out-{width}.png", full_page=True)

    page.get_by_role("link", name="Back to sign in").click()
    page.fill("input[name=username]", "maria")
    page.fill("input[name=password]", PASSWORD)  # the right one, still locked
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert "Too many failed sign-in attempts" in page.get_by_role("alert").inner_text()
