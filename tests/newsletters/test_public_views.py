"""Subscribe, confirm, preferences and one-click unsubscribe, as readers (and
mail providers) use them."""

import re
import time
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core import mail, signing
from django.test import Client

from newsletters import subscriptions
from newsletters.messages import confirm_url, links_for
from newsletters.models import Subscriber, Suppression
from newsletters.signals import subscriber_mail_requested
from newsletters.tokens import make_token
from people.models import Committee

pytestmark = pytest.mark.django_db
LANGUAGE_CODES = [code for code, _ in settings.LANGUAGES]


@pytest.fixture
def csrf_client():
    return Client(enforce_csrf_checks=True)


def subscribe_form(client, url="/en/newsletter/subscribe/"):
    response = client.get(url)
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', response.content).group(1).decode()
    return response, token


def post_subscribe(client, email="new@example.org", *, language="fr", **extra):
    _, token = subscribe_form(client)
    data = {"csrfmiddlewaretoken": token, "email": email, "language": language, "time_zone": "Europe/Paris",
            "follows_newsletter": "on", "consent": "on", "website": ""}
    data.update(extra)
    return client.post("/en/newsletter/subscribe/", data, REMOTE_ADDR="198.51.100.7", HTTP_USER_AGENT="Test/1.0")


def path_of(url: str) -> str:
    return urlsplit(url).path  # links are absolute, on the site's own address


def test_subscribe_records_consent_and_asks_for_a_confirmation(csrf_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        response = post_subscribe(csrf_client)

    assert response.status_code == 200
    assert b"Check your inbox" in response.content
    subscriber = Subscriber.objects.get(email="new@example.org")
    assert subscriber.status == Subscriber.Status.PENDING
    assert (subscriber.language, subscriber.time_zone) == ("fr", "Europe/Paris")
    assert subscriber.consent_ip == "198.51.100.7"
    assert subscriber.consent_user_agent == "Test/1.0"
    assert subscriber.consent_language == "fr"
    assert "unsubscribe at any time" in subscriber.consent_text
    assert len(callbacks) == 1  # the worker is asked to send the confirmation


def test_subscribe_without_csrf_token_is_refused(csrf_client):
    response = csrf_client.post("/en/newsletter/subscribe/", {"email": "x@example.org", "consent": "on"})
    assert response.status_code == 403
    assert not Subscriber.objects.exists()


def test_the_answer_is_the_same_whether_or_not_the_address_is_known(csrf_client, make_subscriber):
    make_subscriber("known@example.org")
    known = post_subscribe(csrf_client, "known@example.org")
    unknown = post_subscribe(csrf_client, "unknown@example.org")

    def body(response, email):
        return response.content.decode().replace(email, "EMAIL")

    assert known.status_code == unknown.status_code == 200
    assert body(known, "known@example.org") == body(unknown, "unknown@example.org")
    assert Subscriber.objects.get(email="known@example.org").status == Subscriber.Status.CONFIRMED


def test_a_filled_honeypot_looks_accepted_but_records_nothing(csrf_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        response = post_subscribe(csrf_client, "bot@example.org", website="http://spam.example")
    assert response.status_code == 200
    assert b"Check your inbox" in response.content
    assert not Subscriber.objects.exists()
    assert callbacks == []


def test_subscribe_needs_consent_and_a_valid_address(csrf_client):
    response = post_subscribe(csrf_client, "not-an-address", consent="")
    assert response.status_code == 400
    assert b'class="error"' in response.content
    assert not Subscriber.objects.exists()


def test_too_many_requests_from_one_address_are_refused(csrf_client, settings):
    settings.NEWSLETTER_SUBSCRIBE_LIMIT_PER_IP = (3, 3600)
    codes = [post_subscribe(csrf_client, f"p{i}@example.org").status_code for i in range(4)]
    assert codes == [200, 200, 200, 429]
    assert Subscriber.objects.count() == 3


def test_repeated_requests_for_one_address_send_at_most_the_limit(csrf_client, settings,
                                                                  django_capture_on_commit_callbacks):
    settings.NEWSLETTER_SUBSCRIBE_LIMIT_PER_ADDRESS = (2, 3600)
    with django_capture_on_commit_callbacks() as callbacks:
        responses = [post_subscribe(csrf_client, "Target@Example.org") for _ in range(4)]
    assert [r.status_code for r in responses] == [200] * 4
    assert len({r.content for r in responses}) == 1
    assert len(callbacks) == 2


def test_confirmation_email_is_in_the_subscribers_language_and_confirms_on_post(make_subscriber, client):
    subscriber = make_subscriber("pending@example.org", status=Subscriber.Status.PENDING, language="uk")
    assert subscriptions.send_subscriber_mail(subscriber.pk, "confirm") is True

    [message] = mail.outbox
    assert message.to == ["pending@example.org"]
    html = message.alternatives[0][0]
    assert 'lang="uk"' in html
    link = re.search(r'href="([^"]+/newsletter/confirm/[^"]+)"', html).group(1)
    assert path_of(link).startswith("/uk/newsletter/confirm/")
    assert path_of(link) in message.body  # the text part carries the same link

    scanned = client.get(path_of(link))  # a link scanner's GET changes nothing
    assert scanned.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING

    response = client.post(path_of(link), REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.confirmed_ip == "203.0.113.9"
    assert subscriber.confirmed_at is not None


def test_one_click_unsubscribe_per_rfc_8058(make_subscriber, csrf_client):
    subscriber = make_subscriber(language="es")
    one_click = path_of(links_for(subscriber).one_click)
    assert one_click.startswith("/newsletter/unsubscribe/")  # no language prefix

    response = csrf_client.post(one_click, "List-Unsubscribe=One-Click",
                                content_type="application/x-www-form-urlencoded")

    assert response.status_code == 200
    assert "Set-Cookie" not in response.headers and not response.cookies
    assert 'lang="es"' in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.withdrawn_method == "one-click"
    assert subscriber.withdrawn_at is not None
    assert Suppression.objects.get(email=subscriber.email).reason == Suppression.Reason.UNSUBSCRIBED
    # A second click is harmless.
    assert csrf_client.post(one_click).status_code == 200


def test_get_on_the_unsubscribe_link_only_shows_a_button(make_subscriber, client):
    subscriber = make_subscriber()
    response = client.get(path_of(links_for(subscriber).one_click))
    assert response.status_code == 200
    assert b'class="unsubscribe-button"' in response.content
    assert not response.cookies
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_link_works_in_every_language(make_subscriber, client, language):
    confirmed = make_subscriber(f"c-{language}@example.org", language=language)
    pending = make_subscriber(f"p-{language}@example.org", status=Subscriber.Status.PENDING, language=language)
    links = links_for(confirmed)
    html_lang = f'lang="{language}"'.encode()

    prefs = client.get(path_of(links.preferences))
    assert prefs.status_code == 200 and html_lang in prefs.content
    assert path_of(links.preferences).startswith(f"/{language}/")

    confirm = client.post(path_of(confirm_url(pending)))
    assert confirm.status_code == 200 and html_lang in confirm.content
    assert b'class="confirmed"' in confirm.content

    unsubscribe = client.post(path_of(links.unsubscribe))
    assert unsubscribe.status_code == 200 and html_lang in unsubscribe.content
    assert b'class="unsubscribed"' in unsubscribe.content
    confirmed.refresh_from_db()
    pending.refresh_from_db()
    assert (confirmed.status, pending.status) == (Subscriber.Status.UNSUBSCRIBED, Subscriber.Status.CONFIRMED)


@pytest.mark.parametrize("action,url", [
    ("confirm", "/fr/newsletter/confirm/{}/"),
    ("preferences", "/fr/newsletter/preferences/{}/"),
    ("unsubscribe", "/fr/newsletter/unsubscribe/{}/"),
    ("unsubscribe", "/newsletter/unsubscribe/{}/"),
])
def test_forged_and_expired_links_get_a_clear_error_page(make_subscriber, client, monkeypatch, action, url):
    subscriber = make_subscriber(status=Subscriber.Status.PENDING if action == "confirm" else "confirmed")
    token = make_token(subscriber, action)

    forged = client.post(url.format(token[:-2] + "xx"))
    assert forged.status_code == 400
    assert b"token-invalid" in forged.content

    later = time.time() + 800 * 24 * 3600
    monkeypatch.setattr("django.core.signing.time.time", lambda: later)
    expired = client.post(url.format(token))
    assert expired.status_code == 400
    assert b"token-expired" in expired.content
    # In the reader's language: French under /fr/, English on the unprefixed one-click URL.
    expected = "Ce lien a expiré" if url.startswith("/fr/") else "This link has expired"
    assert expected in expired.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == (Subscriber.Status.PENDING if action == "confirm" else "confirmed")


def test_preferences_change_language_zone_and_follows(make_subscriber, csrf_client):
    committee = Committee.objects.create(name="Kaniv", slug="kaniv")
    subscriber = make_subscriber()
    url = path_of(links_for(subscriber).preferences)
    page = csrf_client.get(url)
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page.content).group(1).decode()

    response = csrf_client.post(url, {"csrfmiddlewaretoken": token, "language": "hu", "time_zone": "Europe/Budapest",
                                      "follows_all_meetings": "on", "committees": [committee.pk]})

    assert response.status_code == 200
    assert b'class="saved"' in response.content
    subscriber.refresh_from_db()
    assert (subscriber.language, subscriber.time_zone) == ("hu", "Europe/Budapest")
    assert subscriber.follow_keys() == ["meetings", "kaniv"]


def test_preferences_need_something_to_follow(make_subscriber, client):
    subscriber = make_subscriber()
    response = client.post(path_of(links_for(subscriber).preferences), {"language": "en", "time_zone": "UTC"})
    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.follows_newsletter is True


def test_after_one_click_unsubscribe_preferences_tick_nothing(make_subscriber, csrf_client):
    subscriber = make_subscriber(language="es")
    links = links_for(subscriber)
    csrf_client.post(path_of(links.one_click), "List-Unsubscribe=One-Click",
                     content_type="application/x-www-form-urlencoded")

    page = csrf_client.get(path_of(links.preferences))

    assert page.status_code == 200
    html = page.content.decode()
    assert 'class="unsubscribed"' in html
    assert "checked" not in html  # no box claims something is still sent
    assert 'href="/es/newsletter/subscribe/"' in html  # the way back in


def test_preferences_of_an_unsubscribed_reader_cannot_be_saved_as_if_subscribed(make_subscriber, client):
    subscriber = make_subscriber(language="es")
    subscriptions.unsubscribe(subscriber, method="link")

    client.post(path_of(links_for(subscriber).preferences),
                {"language": "es", "time_zone": "UTC", "follows_newsletter": "on"})

    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.follows_newsletter is False


def test_the_confirmed_page_leads_to_the_preferences(make_subscriber, client):
    pending = make_subscriber("p@example.org", status=Subscriber.Status.PENDING, language="es")

    confirmed = client.post(path_of(confirm_url(pending)))

    link = re.search(r'<a[^>]+href="(/es/newsletter/preferences/[^"]+)"', confirmed.content.decode()).group(1)
    preferences = client.get(link)
    assert preferences.status_code == 200
    assert b"p@example.org" in preferences.content


def test_confirming_sends_one_welcome_in_the_subscribers_language(make_subscriber, client, monkeypatch):
    pending = make_subscriber("bienvenida@example.org", status=Subscriber.Status.PENDING, language="es")
    asked = []

    def listen(sender, subscriber_id, kind, **kwargs):
        asked.append((subscriber_id, kind))

    subscriber_mail_requested.connect(listen)
    try:
        client.post(path_of(confirm_url(pending)))
        client.post(path_of(confirm_url(pending)))  # a second click welcomes nobody again
    finally:
        subscriber_mail_requested.disconnect(listen)
    assert asked == [(pending.pk, "welcome")]

    # The links are signed with the time in seconds: the mail's and the ones
    # made below to compare must be signed in the same second.
    now = time.time()
    monkeypatch.setattr(signing.time, "time", lambda: now)
    assert subscriptions.send_subscriber_mail(pending.pk, "welcome") is True
    [welcome] = mail.outbox
    assert welcome.to == ["bienvenida@example.org"]
    html = welcome.alternatives[0][0]
    assert 'lang="es"' in html
    assert "Bienvenid" in welcome.subject
    links = links_for(pending)
    assert path_of(links.preferences) in html and path_of(links.preferences) in welcome.body
    assert path_of(links.unsubscribe) in html
    assert f"<{links.one_click}>" in welcome.extra_headers["List-Unsubscribe"]
    assert welcome.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


@pytest.mark.parametrize("language,zone", [("es", "Europe/Madrid"), ("ja", "Asia/Tokyo"), ("uk", "Europe/Kyiv"),
                                           ("en", "America/Los_Angeles")])
def test_the_subscribe_form_proposes_a_zone_for_the_readers_language_not_utc(client, language, zone):
    html = client.get(f"/{language}/newsletter/subscribe/").content.decode()

    assert re.search(rf'<option value="{zone}"[^>]*selected', html)
    assert 'value="UTC" selected' not in html
    assert "data-browser-zone" in html  # the browser's own zone replaces it where JavaScript runs
