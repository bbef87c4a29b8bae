import pytest

from home.demo.data.translations import NEWSLETTER
from home.models import HomePage
from newsletters import demo, issues
from newsletters.models import NewsletterPage

pytestmark = pytest.mark.django_db


def test_the_demo_issue_is_published_in_english_french_spanish_and_ukrainian():
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
    variants = issues.issue_variants(issue)
    assert {code: variants[code]["language"] for code in ("fr", "es", "uk", "ja")} == {
        "fr": "fr", "es": "es", "uk": "uk", "ja": "en"}
