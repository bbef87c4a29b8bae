"""The links in real emails, in every language a reader can choose: the
confirmation from the subscribe form, then an issue's preferences and
one-click unsubscribe, all through a worker and SMTP on loopback."""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.test import Client

from newsletters import issues
from newsletters.models import Subscriber, Suppression
from tests.integration.test_newsletter_sending import wait_until_done
from tests.mailsink import MailSink
from tests.newsletters.helpers import make_issue

pytestmark = pytest.mark.integration
LANGUAGES = [code for code, _ in settings.LANGUAGES]


def path_of(url: str) -> str:
    return urlsplit(url).path  # links are absolute, on the site's own address


def test_confirm_preferences_and_unsubscribe_links_work_in_every_language(start_worker):
    sink = MailSink().start()
    try:
        start_worker(EMAIL_URL=sink.url)
        client = Client(enforce_csrf_checks=True)
        for code in LANGUAGES:
            form = client.get(f"/{code}/newsletter/subscribe/")
            assert form.status_code == 200 and f'lang="{code}"'.encode() in form.content
            csrf = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', form.content).group(1).decode()
            answer = client.post(f"/{code}/newsletter/subscribe/", {
                "csrfmiddlewaretoken": csrf, "email": f"reader-{code}@example.org", "language": code,
                "time_zone": "UTC", "follows_newsletter": "on", "consent": "on"})
            assert answer.status_code == 200

        assert sink.wait_for(len(LANGUAGES), timeout=60)
        for message in sink.parsed():
            code = message["To"].removeprefix("reader-").removesuffix("@example.org")
            html = message.get_body(("html",)).get_content()
            assert f'lang="{code}"' in html
            link = re.search(r'href="([^"]+/newsletter/confirm/[^"]+)"', html).group(1)
            assert path_of(link).startswith(f"/{code}/")
            confirmed = Client().post(path_of(link))
            assert confirmed.status_code == 200 and b'class="confirmed"' in confirmed.content
        assert Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED).count() == len(LANGUAGES)

        run, _ = issues.start_send(make_issue({"en": "Autumn news", "fr": "Nouvelles d'automne"}))
        wait_until_done(run, timeout=60)
        # The issue's messages (the welcome carries list headers too).
        issue_mail = [m for m in sink.parsed() if m.get("Message-ID", "").startswith("<newsletter.")]
        assert len(issue_mail) == len(LANGUAGES)
        for message in issue_mail:
            code = message["To"].removeprefix("reader-").removesuffix("@example.org")
            text = message.get_body(("plain",)).get_content()
            preferences = re.search(r"<(https?://\S+/newsletter/preferences/\S+)>", text).group(1)
            page = Client().get(path_of(preferences))
            assert page.status_code == 200 and f'lang="{code}"'.encode() in page.content
            one_click = message["List-Unsubscribe"].split(",")[0].strip(" <>")
            gone = Client(enforce_csrf_checks=True).post(path_of(one_click), "List-Unsubscribe=One-Click",
                                                        content_type="application/x-www-form-urlencoded")
            assert gone.status_code == 200 and not gone.cookies
            assert f'lang="{code}"'.encode() in gone.content
        assert Subscriber.objects.filter(status=Subscriber.Status.UNSUBSCRIBED).count() == len(LANGUAGES)
        assert Suppression.objects.count() == len(LANGUAGES)
    finally:
        sink.stop()
