"""Signed links in a registrant's mail: confirm (soon after asking) and
manage (change or cancel, until long after the event). A link names one
registration and one action, and stops working if the address changes."""

import hashlib
from datetime import timedelta

from django.core import signing

from newsletters.tokens import TokenError

SALT = "registrations.token"
MAX_AGE = {"confirm": timedelta(days=7), "manage": timedelta(days=730)}


def _fingerprint(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:10]


def make_token(registration, action: str) -> str:
    assert action in MAX_AGE, action
    return signing.dumps([registration.pk, action, _fingerprint(registration.email)], salt=SALT, compress=False)


def read_token(token: str, action: str) -> tuple[int, str]:
    """(registration id, fingerprint), or TokenError."""
    try:
        pk, token_action, fingerprint = signing.loads(token, salt=SALT, max_age=MAX_AGE[action])
    except signing.SignatureExpired as exc:
        raise TokenError("expired") from exc
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise TokenError("invalid") from exc
    if token_action != action or not isinstance(pk, int):
        raise TokenError("invalid")
    return pk, fingerprint


def matches(registration, fingerprint: str) -> bool:
    return _fingerprint(registration.email) == fingerprint


__all__ = ["MAX_AGE", "TokenError", "make_token", "matches", "read_token"]
