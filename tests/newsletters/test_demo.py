import io
from email import message_from_bytes, policy

import pytest
from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.models import Translation

from core.demo.translate import translate_page
from home.models import HomePage
from newsletters import demo, issues
from newsletters.demo_data import NEWSLETTER
from newsletters.models import Delivery, NewsletterPage, Subscriber

pytestmark = pytest.mark.django_db


LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]


@pytest.fixture
def locales(db):
    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


@pytest.fixture
def issue(locales):
    home = HomePage.objects.get(locale__language_code="en")
    for code in LANGUAGES:
        translate_page(home, code, {"title": [f"Home ({code})"]})
    issue = demo.load(home)
    demo.translate(home, set(LANGUAGES))
    return issue


def test_the_demo_issue_is_translated_into_every_language_subject_included(issue):
    home = HomePage.objects.get(locale__language_code="en")
    assert demo.load(home) == issue  # loading twice adds nothing
    demo.translate(home, set(LANGUAGES))

    versions = {p.locale.language_code: p for p in NewsletterPage.objects.live().select_related("locale")}
    assert set(versions) == set(NEWSLETTER) == {"en", *LANGUAGES}
    assert NewsletterPage.objects.count() == len(NEWSLETTER)
    for code, page in versions.items():
        assert page.title == NEWSLETTER[code]["title"]
        assert page.get_parent().title == demo.ARCHIVE_TITLES[code]
        html = str(page.body[0].value)
        assert NEWSLETTER[code]["items"][0]["heading"] in html.replace("&#x27;", "'").replace("&#39;", "'")
        page.body.stream_block.clean(page.body)  # the body validates against the current blocks
        if code != "en":
            # Through wagtail-localize, so editors carry on in its editor.
            translation = Translation.objects.get(source__object_id=issue.translation_key, target_locale=page.locale)
            assert all(entry.msgstr for entry in translation.export_po())
    variants = issues.issue_variants(issue)
    assert {code: variants[code]["language"] for code in variants} == {code: code for code in NEWSLETTER}


def test_a_send_gives_every_subscriber_the_issue_in_their_language(issue):
    for code in NEWSLETTER:
        for n in range(2):
            Subscriber.objects.create(email=f"{code}{n}@example.org", language=code, status=Subscriber.Status.CONFIRMED,
                                      consent_at=timezone.now(), confirmed_at=timezone.now())

    run, _ = issues.start_send(issue)

    assert [row[:2] for row in issues.audience(issue)] == sorted((code, code) for code in NEWSLETTER)
    prepared = issues._prepare(run)
    for delivery in Delivery.objects.select_related("subscriber"):
        code = delivery.subscriber.language
        built = issues._build(delivery, prepared, None).message().as_bytes(linesep="\r\n")
        message = message_from_bytes(built, policy=policy.default)
        assert delivery.language == code
        assert message["Subject"] == NEWSLETTER[code]["title"], code
        assert message["Content-Language"] == code


@pytest.fixture
def three_locales(db):
    for code in ("fr", "es", "uk"):
        Locale.objects.get_or_create(language_code=code)


def test_load_demo_content_includes_the_issue(three_locales):
    from django.core.management import call_command

    call_command("load_demo_content", stdout=io.StringIO())
    issue = NewsletterPage.objects.get(locale__language_code="en")
    assert issue.title == NEWSLETTER["en"]["title"]
    assert issue.get_parent().get_parent().specific.get_site().hostname != "chapter.localhost"
    assert set(issue.get_translations().values_list("locale__language_code", flat=True)) == {"fr", "es", "uk"}
