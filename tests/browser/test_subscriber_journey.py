"""A Spanish reader subscribes, confirms from the mail, reaches their
preferences and leaves with one click, at a desktop and a phone width, on
the live server's own port. Screenshots: tests/browser/shots/ (ignored)."""

import re
from pathlib import Path

import pytest
from django.core import mail
from playwright.sync_api import expect
from wagtail.models import Site

from newsletters.models import Subscriber
from worker.celery import app as celery_app

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = Path(__file__).parent / "shots"


@pytest.fixture
def mail_now(settings, live_server):
    """The worker's mail tasks run in the request that asks for them, and
    links in mail lead to this live server (its port, not 8000)."""
    port = int(live_server.url.rsplit(":", 1)[1])
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=port)
    settings.NEWSLETTER_BASE_URL = live_server.url
    eager = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield live_server.url
    celery_app.conf.task_always_eager = eager


def link_in(message, part: str) -> str:
    return re.search(rf"https?://\S+/{part}/\S+/", message.body).group(0)


@pytest.mark.parametrize("width", [1280, 390])
def test_a_spanish_reader_subscribes_confirms_and_leaves(browser, mail_now, width):
    SHOTS.mkdir(exist_ok=True)
    origin = mail_now.replace("127.0.0.1", "localhost")
    email = f"lectora-{width}@example.org"
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="es-ES",
                                  timezone_id="Europe/Madrid")
    page = context.new_page()
    page.set_default_timeout(60_000)

    def shot(name):
        assert page.evaluate("document.documentElement.scrollWidth") <= width, name
        page.screenshot(path=SHOTS / f"subscriber-es-{name}-{width}.png", full_page=True)

    page.goto(f"{origin}/es/newsletter/subscribe/")
    assert page.locator("select[name=time_zone]").input_value() == "Europe/Madrid"
    page.fill("input[name=email]", email)
    page.check("input[name=consent]")
    shot("1-subscribe")
    page.get_by_role("button", name="Suscribirse").click()
    page.wait_for_load_state()
    shot("2-done")

    [confirm_mail] = [m for m in mail.outbox if m.to == [email]]
    confirm = link_in(confirm_mail, "newsletter/confirm")
    assert confirm.startswith(f"{origin}/es/")  # the site and port the reader used
    page.goto(confirm)
    page.get_by_role("button", name="Sí, suscribirme").click()
    preferences = page.get_by_role("link", name="Sus preferencias")
    expect(preferences).to_be_visible()
    shot("3-confirmed")

    welcome = [m for m in mail.outbox if m.to == [email]][-1]
    assert "Bienvenido" in welcome.subject
    assert link_in(welcome, "newsletter/preferences").startswith(f"{origin}/es/")
    one_click = re.search(r"<(http[^>]+)>", welcome.extra_headers["List-Unsubscribe"]).group(1)

    preferences.click()
    expect(page.get_by_text(email)).to_be_visible()
    expect(page.locator("input[name=follows_newsletter]")).to_be_checked()
    shot("4-preferences")

    answer = page.request.post(one_click, form={"List-Unsubscribe": "One-Click"})
    assert answer.status == 200
    assert Subscriber.objects.get(email=email).status == Subscriber.Status.UNSUBSCRIBED
    page.reload()
    expect(page.locator(".unsubscribed")).to_be_visible()
    assert page.locator("input[type=checkbox]:checked").count() == 0
    expect(page.get_by_role("link", name="Suscribirse de nuevo")).to_be_visible()
    shot("5-after-one-click")
    context.close()
