"""Signed, expiring tokens for the links in every email. A token names one
subscriber and one action; it stops working if the address changes."""

import hashlib
from dataclasses import dataclass
from datetime import timedelta

from django.core import signing

SALT = "newsletters.token"
# How long each kind of link works. Unsubscribe links sit in old mail for a
# long time; a confirmation link should be used soon after it was asked for.
MAX_AGE = {
    "confirm": timedelta(days=7),
    "preferences": timedelta(days=180),
    "unsubscribe": timedelta(days=730),
}


class TokenError(Exception):
    """Why a link does not work: `expired` or `invalid`."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class TokenPayload:
    subscriber_id: int
    action: str


def _fingerprint(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:10]


def make_token(subscriber, action: str) -> str:
    assert action in MAX_AGE, action
    return signing.dumps([subscriber.pk, action, _fingerprint(subscriber.email)], salt=SALT, compress=False)


def read_token(token: str, action: str) -> TokenPayload:
    """The payload, or TokenError. Checks signature, age and action; the
    caller checks the fingerprint with check_subscriber()."""
    try:
        pk, token_action, fingerprint = signing.loads(token, salt=SALT, max_age=MAX_AGE[action])
    except signing.SignatureExpired as exc:
        raise TokenError("expired") from exc
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise TokenError("invalid") from exc
    if token_action != action or not isinstance(pk, int):
        raise TokenError("invalid")
    return _Checked(pk, token_action, fingerprint)


@dataclass(frozen=True)
class _Checked(TokenPayload):
    fingerprint: str = ""

    def matches(self, subscriber) -> bool:
        return subscriber.pk == self.subscriber_id and _fingerprint(subscriber.email) == self.fingerprint


# --- People (board and committee members): their meeting-notice links -------
PERSON_SALT = "newsletters.person-token"
PERSON_MAX_AGE = MAX_AGE["unsubscribe"]


def make_person_token(person) -> str:
    """The signed link that stops meeting notices to one Person."""
    return signing.dumps([person.pk, "notices", _fingerprint(person.email)], salt=PERSON_SALT, compress=False)


@dataclass(frozen=True)
class PersonToken:
    person_id: int
    fingerprint: str

    def matches(self, person) -> bool:
        return person.pk == self.person_id and _fingerprint(person.email) == self.fingerprint


def read_person_token(token: str) -> PersonToken:
    """What a meeting-notices token says, or TokenError (subscriptions.person_for_token finds the Person)."""
    try:
        pk, action, fingerprint = signing.loads(token, salt=PERSON_SALT, max_age=PERSON_MAX_AGE)
    except signing.SignatureExpired as exc:
        raise TokenError("expired") from exc
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise TokenError("invalid") from exc
    if action != "notices" or not isinstance(pk, int):
        raise TokenError("invalid")
    return PersonToken(pk, fingerprint)
