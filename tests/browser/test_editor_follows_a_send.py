"""An editor follows a newsletter send in the admin: the progress bar and the
figures move while deliveries leave, without reloading the page, and pause and
resume change the send. Deliveries are marked sent here through the ORM, as a
worker would; what updates the display is the page's own polling."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone

from core.permissions import SITE_EDITORS, ensure_site_editors_group
from newsletters import issues
from newsletters.models import Delivery, SendRun, Subscriber
from tests import content
from tests.newsletters.helpers import make_issue
from worker.tasks import mail

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "a-long-browser-test-password"
WAIT = 60_000  # ms; a shared, busy machine


@pytest.fixture
def started(monkeypatch):
    """Lanes the send asked the worker to start (no worker runs here)."""
    calls = []
    monkeypatch.setattr(mail, "start_lanes", lambda run_id: calls.append(run_id))
    return calls


@pytest.fixture
def run(started):
    content.ensure_default_site()  # earlier transactional tests flush what migrations made
    now = timezone.now()
    Subscriber.objects.bulk_create([
        Subscriber(email=f"reader{i}@example.org", status=Subscriber.Status.CONFIRMED, language="en",
                   consent_at=now, confirmed_at=now) for i in range(10)])
    run, _created = issues.start_send(make_issue({"en": "Winter news"}))
    assert started == [run.pk]
    return run


@pytest.fixture
def editor_page(live_server, browser):
    contexts = []

    def sign_in(**context):
        ensure_site_editors_group()
        if not User.objects.filter(username="maria").exists():
            editor = User.objects.create_user("maria", password=PASSWORD, email="maria@example.org")
            editor.groups.add(Group.objects.get(name=SITE_EDITORS))
        contexts.append(browser.new_context(**context))
        page = contexts[-1].new_page()
        page.set_default_timeout(WAIT)
        page.goto(f"{live_server.url}/admin/login/")
        page.fill("input[name=username]", "maria")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{live_server.url}/admin/")
        return page

    yield sign_in
    for context in contexts:
        context.close()


def mark(run, n, status, *, seconds_ago=10):
    pks = list(Delivery.objects.filter(run=run, status=Delivery.Status.PENDING).order_by("pk")
               .values_list("pk", flat=True)[:n])
    Delivery.objects.filter(pk__in=pks).update(status=status, sent_at=timezone.now() - timedelta(seconds=seconds_ago))


def text(page, name):
    return page.locator(f"#send-{name}").inner_text().strip()


def test_progress_updates_live_and_pause_and_resume_change_the_send(live_server, editor_page, run, started):
    from playwright.sync_api import expect

    page = editor_page()
    page.goto(f"{live_server.url}/admin/newsletters/runs/{run.pk}/")
    assert (text(page, "sent"), text(page, "pending"), text(page, "failed")) == ("0", "10", "0")
    assert text(page, "eta") == "–"
    assert page.evaluate("document.getElementById('send-bar').value") == 0
    page.evaluate("window.notReloaded = true")

    mark(run, 4, Delivery.Status.SENT)
    mark(run, 1, Delivery.Status.FAILED)
    expect(page.locator("#send-sent")).to_have_text("4", timeout=WAIT)
    expect(page.locator("#send-pending")).to_have_text("5", timeout=WAIT)
    expect(page.locator("#send-failed")).to_have_text("1", timeout=WAIT)
    assert page.evaluate("document.getElementById('send-bar').value") == 50
    assert float(text(page, "rate")) > 0
    hours, minutes, seconds = map(int, text(page, "eta").split(":"))
    assert hours * 3600 + minutes * 60 + seconds > 0
    assert page.evaluate("window.notReloaded === true")  # the figures came without a reload

    mark(run, 5, Delivery.Status.SENT)
    expect(page.locator("#send-sent")).to_have_text("9", timeout=WAIT)
    expect(page.locator("#send-pending")).to_have_text("0")
    assert page.evaluate("document.getElementById('send-bar').value") == 100
    assert page.evaluate("window.notReloaded === true")

    page.click("button:has-text('Pause')")
    expect(page.locator("#send-status")).to_have_text("Paused", timeout=WAIT)
    assert SendRun.objects.get(pk=run.pk).status == SendRun.Status.PAUSED

    page.click("button:has-text('Resume')")
    expect(page.locator("#send-status")).to_have_text("Sending", timeout=WAIT)
    assert SendRun.objects.get(pk=run.pk).status == SendRun.Status.SENDING
    assert started == [run.pk, run.pk]  # resuming asked the worker to carry on


def test_without_javascript_the_page_offers_a_refresh(live_server, editor_page, run):
    page = editor_page(java_script_enabled=False)
    page.goto(f"{live_server.url}/admin/newsletters/runs/{run.pk}/")
    assert text(page, "sent") == "0"
    assert page.locator('meta[http-equiv="refresh"]').count() == 1

    mark(run, 3, Delivery.Status.SENT)
    page.get_by_role("link", name="Refresh the figures").click()
    assert text(page, "sent") == "3"
    assert text(page, "pending") == "7"


def test_cancel_asks_first(live_server, editor_page, run):
    page = editor_page()
    page.goto(f"{live_server.url}/admin/newsletters/runs/{run.pk}/")
    questions = []
    page.once("dialog", lambda dialog: (questions.append(dialog.message), dialog.dismiss()))
    page.click("form[data-confirm] button")
    assert questions == ["Cancel this send? Nobody still pending will receive it."]
    assert SendRun.objects.get(pk=run.pk).status == SendRun.Status.SENDING  # dismissed: nothing cancelled

    page.once("dialog", lambda dialog: dialog.accept())
    page.click("form[data-confirm] button")
    page.wait_for_load_state()
    assert SendRun.objects.get(pk=run.pk).status == SendRun.Status.CANCELLED
