"""The signed link an applicant follows their application with: it names
one application and stops working if the applicant's address changes."""

import hashlib
from datetime import timedelta

from django.core import signing

SALT = "relationships.follow"
MAX_AGE = timedelta(days=3 * 365)  # a review and a signature can take a year or more


class TokenError(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _fingerprint(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:10]


def make_token(application) -> str:
    return signing.dumps([application.pk, _fingerprint(application.applicant_email)], salt=SALT, compress=False)


def read_token(token: str) -> tuple[int, str]:
    try:
        pk, fingerprint = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.SignatureExpired as exc:
        raise TokenError("expired") from exc
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise TokenError("invalid") from exc
    if not isinstance(pk, int):
        raise TokenError("invalid")
    return pk, fingerprint


def matches(application, fingerprint: str) -> bool:
    return _fingerprint(application.applicant_email) == fingerprint
