"""French, Ukrainian and Arabic readers of the translated demo, at a desktop
and a phone width: the history page's timeline, the events filter's
committees and the footer's organisation all speak the reader's language,
and right to left holds. Screenshots: tests/browser/shots/."""

from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import TestCase

from home.demo.data.history_translations import HISTORY
from home.demo.data.organisation_translations import ORGANISATIONS
from people.demo_translations import COMMITTEE_NAMES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = Path(__file__).parent / "shots"


def test_history_events_filter_and_footer_in_the_readers_language(live_server, browser):
    SHOTS.mkdir(exist_ok=True)
    call_command("sync_locales", "--no-sync")
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo_content")
    for language in ("fr", "uk", "ar"):
        for width in (1280, 390):
            page = browser.new_context(viewport={"width": width, "height": 900}).new_page()
            page.set_default_timeout(60_000)

            def shot(name, page=page, width=width, language=language):
                assert page.evaluate("document.documentElement.scrollWidth") <= width, f"{name} at {width}"
                assert page.evaluate("document.documentElement.dir") == ("rtl" if language == "ar" else "ltr")
                page.screenshot(path=SHOTS / f"languages-{language}-{name}-{width}.png", full_page=True)

            page.goto(f"{live_server.url}/{language}/history/")
            timeline = page.locator(".timeline")
            title, text = HISTORY[language]["The Sonoma Sister Cities Association"]
            assert title in timeline.inner_text() and text in timeline.inner_text()
            assert timeline.locator("[lang=en]").count() == 0
            shot("1-history")

            page.goto(f"{live_server.url}/{language}/events/")
            options = page.locator("select[name=committee] option").all_inner_texts()
            assert set(options[1:]) == {names[language] for names in COMMITTEE_NAMES.values()}
            page.select_option("select[name=committee]", "sonoma-kaniv")
            page.locator(".event-filters button[type=submit]").click()
            page.wait_for_url(f"**/{language}/events/?committee=sonoma-kaniv**")
            assert page.locator("select[name=committee] option:checked").inner_text() == \
                COMMITTEE_NAMES["sonoma-kaniv"][language]
            shot("2-events-filter")

            footer = page.locator("footer.site-footer")
            footer.scroll_into_view_if_needed()
            name = ORGANISATIONS["sonoma"][language]["name"]
            assert footer.locator(".site-footer__name").inner_text() == name
            assert page.locator(".site-name").inner_text() == name
            page.screenshot(path=SHOTS / f"languages-{language}-3-footer-{width}.png")

            # The chapter's footer gives its address: the postal lines, then the country in the reader's language.
            page.goto(live_server.url.replace("localhost", "chapter.localhost") + f"/{language}/contact/")
            footer = page.locator("footer.site-footer")
            address = footer.locator(".contact__address bdi").all_inner_texts()
            assert address == ORGANISATIONS["chapter"][language]["address"]
            footer.scroll_into_view_if_needed()
            page.screenshot(path=SHOTS / f"languages-{language}-4-chapter-footer-{width}.png")
            page.context.close()
