"""A reader writes to the board from the Contact page, in English and in
Arabic, at a desktop and a phone width, while the mail server is down; then
it comes back: nothing is lost. A real Celery worker process sends, to a
real SMTP server on loopback (tests/mailsink.py) that is not there at first.
Screenshots: tests/browser/shots/ (ignored)."""

import time
from email.utils import parseaddr
from pathlib import Path

import pytest
from playwright.sync_api import expect
from wagtail.models import Site

from core.i18n import sync_locales
from home.models import ContactMessage, ContactPage, OrganisationSettings
from tests import content
from tests.mailsink import MailSink, free_port

pytestmark = [pytest.mark.browser, pytest.mark.integration, pytest.mark.django_db(transaction=True)]
SHOTS = Path(__file__).parent / "shots"
BOARD = "board@sonoma.example"
ORGANISATION = "Sonoma Sister Cities Association"
READERS = {  # language: (name, email, message, label of the name field, button, thank-you heading)
    "en": ("Dana Whitfield", "dana@example.org", "Could our choir sing in Kaniv next summer?",
           "Your name", "Send", "Thank you"),
    "ar": ("ليلى حداد", "layla@example.org", "هل يمكن لمدرستنا مراسلة مدرسة في كانيف؟",
           "اسمك", "إرسال", "شكرًا لك"),
}


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.25)
    raise AssertionError(f"{what}: not within {timeout:.0f}s")


@pytest.fixture
def contact_site(live_server):
    home = content.home_page()
    sync_locales(synchronise_trees=False)  # no Arabic page: the English one is shown under /ar/
    site = Site.objects.get(is_default_site=True)
    OrganisationSettings.objects.update_or_create(site=site, defaults={
        "name": ORGANISATION, "address": "Sonoma, California", "email": BOARD})
    content.add_page(home, ContactPage(title="Contact", slug="contact",
                                       intro="Write to the association or come to a board meeting."))
    return live_server.url


@pytest.mark.parametrize("width", [1280, 390])
def test_readers_write_to_the_board_while_mail_is_down_and_nothing_is_lost(browser, contact_site, start_worker,
                                                                            width):
    SHOTS.mkdir(exist_ok=True)
    port = free_port()  # nothing listens there yet: the mail server is down
    start_worker(EMAIL_URL=f"smtp://127.0.0.1:{port}")

    for language, (name, email, text, name_label, button, thanks) in READERS.items():
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        page.set_default_timeout(60_000)

        def shot(step, page=page, language=language):
            assert page.evaluate("document.documentElement.scrollWidth") <= width, f"{step} at {width}"
            page.screenshot(path=SHOTS / f"contact-{language}-{step}-{width}.png", full_page=True)

        page.goto(f"{contact_site}/{language}/contact/")
        assert page.evaluate("document.documentElement.dir") == ("rtl" if language == "ar" else "ltr")
        expect(page.locator(".contact-section")).to_contain_text("Sonoma, California")
        # The page's text is English (marked so); the form speaks the reader's language.
        assert page.locator("main").get_attribute("dir") == (None if language == "en" else "ltr")
        assert page.locator(".contact-form-section").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
        expect(page.locator(f'.contact-section a[href="mailto:{BOARD}"]')).to_be_visible()
        page.get_by_label(name_label).fill(name)
        page.locator("input[name=email]").fill(email)
        page.locator("textarea[name=message]").fill(text)
        shot("1-form")
        page.get_by_role("button", name=button).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(thanks)
        assert page.url == f"{contact_site}/{language}/contact/thanks/"  # still in the reader's language
        assert email not in page.content()  # the thank-you page names no one
        shot("2-thanks")
        context.close()

        # Stored at once; the worker has tried, failed, and says so to editors.
        wait_for(lambda email=email: ContactMessage.objects.filter(
            email=email, state=ContactMessage.State.RETRYING).exists(), 60, f"{language}: a first failed attempt")
        message = ContactMessage.objects.get(email=email)
        assert (message.language, message.message, message.board_sent_at) == (language, text, None)

    sink = MailSink(port=port).start()  # the mail server is back
    try:
        wait_for(lambda: ContactMessage.objects.filter(state=ContactMessage.State.SENT).count() == 2, 180,
                 "both messages sent once the server is back")
        assert sink.recipients() == {BOARD: 2, "dana@example.org": 1, "layla@example.org": 1}
        mails = {parseaddr(str(m["To"]))[1]: m for m in sink.parsed()}
        # (The parser keeps the space of a folded encoded header: strip.)
        assert mails["dana@example.org"]["Subject"].strip() == f"Your message to {ORGANISATION}"
        assert mails["layla@example.org"]["Subject"].strip() == f"رسالتك إلى {ORGANISATION}"
        assert "هل يمكن لمدرستنا مراسلة مدرسة في كانيف؟" in mails["layla@example.org"].get_content()
        boards = [m for m in sink.parsed() if parseaddr(str(m["To"]))[1] == BOARD]
        assert {parseaddr(str(m["Reply-To"]))[1] for m in boards} == {"dana@example.org", "layla@example.org"}
    finally:
        sink.stop()
