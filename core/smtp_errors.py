"""How a mail server's refusal reads, for the apps that store a message
first and send it from the worker (contact messages, chapter announcements)."""

import smtplib


def is_permanent(error: Exception) -> bool:
    """A 5xx answer: the same message would be refused again."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _text in error.recipients.values())
    code = getattr(error, "smtp_code", None)
    return isinstance(code, int) and code >= 500


def describe(error: Exception) -> str:
    """The fault as editors see it on the row, within its column's length."""
    return f"{type(error).__name__}: {error}"[:300]
