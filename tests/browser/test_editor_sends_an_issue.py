"""A site editor sends an issue from the admin in Chromium, with a real worker
and an SMTP server on loopback: "Send test to me" from the page's menu (the
test arrives from the association), then "Send…", the confirmation, and the
progress page until the send is done, every subscriber served once.
Screenshots: SHOTS_DIR (default var/screenshots/admin)."""

import time
from email.utils import parseaddr

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Site

from core.permissions import SITE_EDITORS, ensure_site_editors_group
from home.models import OrganisationSettings
from newsletters.models import Subscriber
from tests.browser.conftest import log_in
from tests.browser.test_editor_admin_journeys import PASSWORD, SHOTS, WAIT
from tests.mailsink import MailSink
from tests.newsletters.helpers import make_issue

pytestmark = [pytest.mark.browser, pytest.mark.integration, pytest.mark.django_db(transaction=True)]
READERS = 5


@pytest.fixture
def sink():
    sink = MailSink().start()
    yield sink
    sink.stop()


def mail_to(sink, address, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [message for message in sink.parsed() if parseaddr(message["To"])[1] == address]
        if found:
            return found
        time.sleep(0.3)
    raise AssertionError(f"no mail to {address} within {timeout} s")


def test_an_editor_sends_a_test_then_the_issue_and_follows_it_to_done(live_server, browser, sink, start_worker):
    port = int(live_server.url.rsplit(":", 1)[1])
    site = Site.objects.get(is_default_site=True)
    Site.objects.filter(pk=site.pk).update(hostname="localhost", port=port)
    OrganisationSettings.objects.update_or_create(site=site, defaults={
        "name": "Sonoma Sister Cities Association", "email": "info@sonomasistercities.example"})
    ensure_site_editors_group()
    editor = User.objects.create_user("maria", password=PASSWORD, email="maria@example.org",
                                      first_name="Maria")
    editor.groups.add(Group.objects.get(name=SITE_EDITORS))
    now = timezone.now()
    Subscriber.objects.bulk_create([
        Subscriber(email=f"reader{i}@example.org", status=Subscriber.Status.CONFIRMED, language="en",
                   consent_at=now, confirmed_at=now, site=site) for i in range(READERS)])
    issue = make_issue({"en": "Winter news"}, body_text="The Kaniv delegation arrives in March.")
    start_worker(EMAIL_URL=sink.url)

    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.set_default_timeout(WAIT)
    log_in(page, live_server.url, "maria", PASSWORD)

    # Send test to me, from the editor's header menu.
    page.goto(f"{live_server.url}/admin/pages/{issue.pk}/edit/")
    page.locator("header [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("menuitem", name="Send test to me").or_(page.get_by_text("Send test to me")).first.click()
    expect(page.get_by_text("A test is on its way to maria@example.org")).to_be_visible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / "send-test-requested.png", full_page=True)
    [test_mail] = mail_to(sink, "maria@example.org")
    assert parseaddr(test_mail["From"]) == ("Sonoma Sister Cities Association", "info@sonomasistercities.example")
    assert "Winter news" in test_mail["Subject"]
    assert sink.count == 1  # the test went to the editor only

    # Send…, the confirmation with its audience, then the progress page.
    page.goto(f"{live_server.url}/admin/newsletters/send/{issue.pk}/")
    button = page.get_by_role("button", name=f"Send to {READERS} subscribers")
    expect(button).to_be_enabled()
    page.screenshot(path=SHOTS / "send-confirm.png", full_page=True)
    button.click()
    page.wait_for_url(f"{live_server.url}/admin/newsletters/runs/*/")
    expect(page.locator("#send-status")).to_have_text("Done", timeout=120_000)
    expect(page.locator("#send-sent")).to_have_text(str(READERS))
    page.screenshot(path=SHOTS / "send-done.png", full_page=True)

    readers = {f"reader{i}@example.org" for i in range(READERS)}
    for address in readers:
        [message] = mail_to(sink, address)
        assert parseaddr(message["From"])[1] == "info@sonomasistercities.example"
        assert f"http://localhost:{port}/" in message.get_body(("plain",)).get_content()
    assert sink.count == READERS + 1
