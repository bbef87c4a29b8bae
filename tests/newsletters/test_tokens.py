import time

import pytest

from newsletters.subscriptions import subscriber_for_token
from newsletters.tokens import TokenError, make_token

pytestmark = pytest.mark.django_db


def test_a_token_names_its_subscriber_and_action(make_subscriber):
    subscriber = make_subscriber()
    assert subscriber_for_token(make_token(subscriber, "unsubscribe"), "unsubscribe") == subscriber


def test_a_token_for_one_action_does_not_open_another(make_subscriber):
    token = make_token(make_subscriber(), "preferences")
    with pytest.raises(TokenError) as error:
        subscriber_for_token(token, "unsubscribe")
    assert error.value.reason == "invalid"


@pytest.mark.parametrize("tamper", [
    lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"),  # signature changed
    lambda t: "WzEsInVuc3Vic2NyaWJlIiwiMDAwIl0" + t[t.index(":"):],  # payload swapped
    lambda t: "not-a-token",
])
def test_a_forged_token_is_invalid(make_subscriber, tamper):
    token = make_token(make_subscriber(), "unsubscribe")
    with pytest.raises(TokenError) as error:
        subscriber_for_token(tamper(token), "unsubscribe")
    assert error.value.reason == "invalid"


def test_a_confirm_token_expires_after_a_week(make_subscriber, monkeypatch):
    token = make_token(make_subscriber(), "confirm")
    later = time.time() + 8 * 24 * 3600
    monkeypatch.setattr("django.core.signing.time.time", lambda: later)
    with pytest.raises(TokenError) as error:
        subscriber_for_token(token, "confirm")
    assert error.value.reason == "expired"


def test_a_token_stops_working_when_the_address_changes(make_subscriber):
    subscriber = make_subscriber()
    token = make_token(subscriber, "preferences")
    subscriber.email = "someone-else@example.org"
    subscriber.save()
    with pytest.raises(TokenError):
        subscriber_for_token(token, "preferences")
