import io

import pytest
from wagtail.models import Locale

from home.models import HomePage
from newsletters import demo, issues
from newsletters.demo_data import NEWSLETTER
from newsletters.models import NewsletterPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def locales(db):
    for code in ("fr", "es", "uk"):
        Locale.objects.get_or_create(language_code=code)


def test_the_demo_issue_is_published_in_english_french_spanish_and_ukrainian(locales):
    home = HomePage.objects.get(locale__language_code="en")
    issue = demo.load(home)
    demo.load(home)  # loading twice adds nothing

    versions = {p.locale.language_code: p for p in NewsletterPage.objects.live().select_related("locale")}
    assert set(versions) >= {"en", "fr", "es", "uk"}
    assert NewsletterPage.objects.count() == len(NEWSLETTER)
    for code, page in versions.items():
        assert page.title == NEWSLETTER[code]["title"]
        html = str(page.body[0].value)
        assert NEWSLETTER[code]["items"][0]["heading"] in html.replace("&#x27;", "'").replace("&#39;", "'")
        page.body.stream_block.clean(page.body)  # the body validates against the current blocks
    variants = issues.issue_variants(issue)
    assert {code: variants[code]["language"] for code in ("fr", "es", "uk", "ja")} == {
        "fr": "fr", "es": "es", "uk": "uk", "ja": "en"}


def test_load_demo_content_includes_the_issue(locales):
    from django.core.management import call_command

    call_command("load_demo_content", stdout=io.StringIO())
    issue = NewsletterPage.objects.get(locale__language_code="en")
    assert issue.title == NEWSLETTER["en"]["title"]
    assert issue.get_parent().get_parent().specific.get_site().hostname != "chapter.localhost"
    assert set(issue.get_translations().values_list("locale__language_code", flat=True)) >= {"fr", "es", "uk"}
