"""ESP tracking webhooks: mounted only with a secret, and a post that does not
carry it (or, where the ESP signs its posts, a valid signature) changes
nothing. Each ESP is tried with a real bounce in its own format; the same post
with the right credentials is the control that shows the bounce would land."""

import base64
import hashlib
import hmac
import importlib
import json

import pytest
from django.test import override_settings
from django.urls import clear_url_caches

from cms.settings.env import ESP_SIGNING_SETTINGS, anymail_settings
from newsletters.models import Subscriber, Suppression

SECRET = "esp-hook:s3cret-passphrase"
SIGNING_KEY = "key-0123456789abcdef"
EMAIL = "reader@example.org"


def _mailgun_signed(signing_key: str) -> dict:
    timestamp, token = "1767225600", "a" * 50
    signature = hmac.new(signing_key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()
    return {"timestamp": timestamp, "token": token, "signature": signature}


BOUNCES = {
    "postmark": lambda key: {"RecordType": "Bounce", "Type": "HardBounce", "Email": EMAIL, "MessageID": "m-1",
                             "BouncedAt": "2026-12-01T10:00:00Z", "Description": "mailbox unknown"},
    "brevo": lambda key: {"event": "hard_bounce", "email": EMAIL, "message-id": "<m-1@example.org>",
                          "ts_epoch": 1767225600000, "reason": "mailbox unknown"},
    "mailjet": lambda key: [{"event": "bounce", "email": EMAIL, "time": 1767225600, "MessageID": 1,
                             "hard_bounce": True, "error": "user unknown"}],
    "sparkpost": lambda key: [{"msys": {"message_event": {
        "type": "bounce", "rcpt_to": EMAIL, "raw_rcpt_to": EMAIL, "bounce_class": "10", "timestamp": "1767225600",
        "message_id": "m-1", "event_id": "e-1", "raw_reason": "550 5.1.1 user unknown"}}}],
    "mailgun": lambda key: {"signature": _mailgun_signed(key), "event-data": {
        "event": "failed", "severity": "permanent", "recipient": EMAIL, "timestamp": 1767225600.0,
        "id": "e-1", "reason": "bounce", "message": {"headers": {"message-id": "m-1"}},
        "delivery-status": {"code": 550, "message": "user unknown"}}},
}


def _basic(credentials: str) -> str:
    return "Basic " + base64.b64encode(credentials.encode()).decode()


@pytest.fixture
def mount():
    """Mount the webhooks as cms/urls.py does under the given environment."""
    import cms.urls

    stack = []

    def mount(esp=None, secret=None, signing_key=None):
        overrides = override_settings(**anymail_settings(esp, secret, signing_key))
        overrides.enable()
        stack.append(overrides)
        importlib.reload(cms.urls)
        clear_url_caches()

    yield mount
    for overrides in reversed(stack):
        overrides.disable()
    importlib.reload(cms.urls)
    clear_url_caches()


def _post(client, esp, body, **headers):
    return client.post(f"/anymail/{esp}/tracking/", data=json.dumps(body), content_type="application/json",
                       headers=headers)


def _not_mounted(response) -> bool:
    # An unknown path without a language prefix is sent to the reader's language.
    return response.status_code == 404 or (response.status_code == 302 and response.url.startswith("/en/anymail/"))


def _untouched(subscriber):
    subscriber.refresh_from_db()
    return subscriber.status == Subscriber.Status.CONFIRMED and not Suppression.objects.exists()


def test_without_a_secret_no_webhook_is_mounted(client, make_subscriber, mount):
    subscriber = make_subscriber(EMAIL)
    mount()
    for esp, bounce in BOUNCES.items():
        assert _not_mounted(_post(client, esp, bounce(SIGNING_KEY), authorization=_basic(SECRET)))
    assert _untouched(subscriber)


@pytest.mark.parametrize("esp", sorted(BOUNCES))
def test_a_forged_bounce_changes_nothing_and_a_genuine_one_suppresses(esp, client, make_subscriber, mount):
    subscriber = make_subscriber(EMAIL)
    key = SIGNING_KEY if ESP_SIGNING_SETTINGS[esp] else None
    mount(esp, SECRET, key)

    assert _post(client, esp, BOUNCES[esp](key)).status_code == 400
    assert _post(client, esp, BOUNCES[esp](key), authorization=_basic("esp-hook:guess")).status_code == 400
    if key:  # the right secret, a signature made with another key
        assert _post(client, esp, BOUNCES[esp]("key-forged"), authorization=_basic(SECRET)).status_code == 400
    assert _untouched(subscriber)
    # Other ESPs' paths are not mounted at all.
    for other in set(BOUNCES) - {esp}:
        assert _not_mounted(_post(client, other, BOUNCES[other](SIGNING_KEY), authorization=_basic(SECRET)))
    assert _untouched(subscriber)

    assert _post(client, esp, BOUNCES[esp](key), authorization=_basic(SECRET)).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.BOUNCED
    assert Suppression.objects.get(email=EMAIL).reason == Suppression.Reason.BOUNCED


def test_an_esp_that_signs_needs_its_key_and_every_esp_needs_the_secret():
    with pytest.raises(ValueError, match="ANYMAIL_WEBHOOK_SIGNING_KEY"):
        anymail_settings("mailgun", SECRET, None)
    with pytest.raises(ValueError, match="ANYMAIL_WEBHOOK_SECRET"):
        anymail_settings("postmark", None, None)
    with pytest.raises(ValueError, match="ANYMAIL_WEBHOOK_SECRET"):
        anymail_settings("postmark", "no-colon", None)
    with pytest.raises(ValueError, match="ANYMAIL_ESP"):
        anymail_settings("sendgrid", SECRET, None)
    assert anymail_settings(None, None, None)["ANYMAIL_WEBHOOK_ESP"] is None


def test_every_esp_the_settings_accept_has_a_view():
    from newsletters.webhooks import TRACKING_VIEWS

    assert set(TRACKING_VIEWS) == set(ESP_SIGNING_SETTINGS) == set(BOUNCES)
