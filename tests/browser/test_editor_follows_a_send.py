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
from tests.browser.conftest import log_in
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
        log_in(page, live_server.url, "maria", PASSWORD)
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


@pytest.mark.parametrize("width", [1280, 390])
def test_the_page_tells_of_a_lost_worker_and_of_retries_waiting(live_server, editor_page, run, width, tmp_path):
    """What the sweep and a greylisting server leave in the rows shows up
    while the editor watches: the recovery, then how many retries wait and
    when the next one goes."""
    import os
    from pathlib import Path

    from playwright.sync_api import expect

    from newsletters import sending

    shots = Path(os.environ.get("SHOTS_DIR") or tmp_path)
    page = editor_page(viewport={"width": width, "height": 900})
    page.goto(f"{live_server.url}/admin/newsletters/runs/{run.pk}/")
    expect(page.locator("#send-notes")).to_have_text("")
    page.evaluate("window.notReloaded = true")

    # A worker died holding three deliveries; the sweep put them back.
    now = timezone.now()
    sending.claim(run.pk, 3)
    Delivery.objects.filter(status=Delivery.Status.SENDING).update(claimed_at=now - timedelta(seconds=120))
    assert sending.sweep(now=now) == [run.pk]
    # Two readers' servers said "try again later".
    retry_at = now + timedelta(minutes=4)
    first, second = Delivery.objects.filter(status=Delivery.Status.PENDING).order_by("pk")[:2]
    Delivery.objects.filter(pk=first.pk).update(attempts=1, next_attempt_at=retry_at)
    Delivery.objects.filter(pk=second.pk).update(attempts=1, next_attempt_at=retry_at + timedelta(minutes=1))

    recovered = page.locator("#send-recovered")
    expect(recovered).to_contain_text("Recovering from a lost worker", timeout=WAIT)
    expect(recovered).to_contain_text("the 3 messages it was sending went back in the queue at "
                                      f"{timezone.localtime(now):%H:%M:%S} UTC")
    retries = page.locator("#send-retries")
    expect(retries).to_contain_text("2 messages are waiting to be retried")
    expect(retries).to_contain_text(f"Next attempt at {timezone.localtime(retry_at):%H:%M:%S} UTC")
    assert page.evaluate("window.notReloaded === true")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=shots / f"send-recovering-{width}.png", full_page=True)

    # No worker at all: the page says the send waits for one.
    SendRun.objects.filter(pk=run.pk).update(last_activity_at=now - timedelta(minutes=5))
    expect(page.locator("#send-stalled")).to_contain_text("Waiting for a worker", timeout=WAIT)
    page.screenshot(path=shots / f"send-stalled-{width}.png", full_page=True)

    # Reloaded, the same notes come from the page itself.
    page.reload()
    expect(page.locator("#send-stalled")).to_be_visible()
    expect(page.locator("#send-retries")).to_contain_text("2 messages are waiting to be retried")


@pytest.mark.parametrize("width", [1280, 390])
def test_when_the_send_is_done_pause_resume_and_cancel_go_away(live_server, editor_page, run, width, tmp_path):
    """The page was opened while sending; the send finishes while the editor
    watches: its actions leave with it, without a reload."""
    import os
    from pathlib import Path

    from playwright.sync_api import expect

    shots = Path(os.environ.get("SHOTS_DIR") or tmp_path)
    page = editor_page(viewport={"width": width, "height": 900})
    page.goto(f"{live_server.url}/admin/newsletters/runs/{run.pk}/")
    expect(page.get_by_role("button", name="Pause")).to_be_visible()
    expect(page.get_by_role("button", name="Cancel")).to_be_visible()
    expect(page.get_by_role("button", name="Resume")).to_be_hidden()
    page.evaluate("window.notReloaded = true")

    mark(run, 10, Delivery.Status.SENT)
    SendRun.objects.filter(pk=run.pk).update(status=SendRun.Status.DONE, finished_at=timezone.now())
    expect(page.locator("#send-status")).to_have_text("Done", timeout=WAIT)
    for name in ("Pause", "Resume", "Cancel"):
        expect(page.get_by_role("button", name=name)).to_be_hidden()
    assert page.evaluate("window.notReloaded === true")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=shots / f"send-done-{width}.png", full_page=True)
