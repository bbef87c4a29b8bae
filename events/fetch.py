"""Fetching an outside calendar over HTTP, safely.

Only http and https (webcal is rewritten to https); the host's every address
is checked and private, loopback, link-local and reserved ones are refused
unless CALENDAR_FEEDS_ALLOW_PRIVATE is set; the connection goes to the
address that was checked (no second lookup to rebind); at most
CALENDAR_FEED_MAX_REDIRECTS redirects, each checked the same way; timeouts;
a size cap; conditional GET (ETag, Last-Modified). No Celery here.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from django.utils.translation import gettext as _


class FeedError(Exception):
    """The feed cannot be synced as it is: recorded for editors, not retried."""


class FeedRefused(FeedError):
    """An address we will not fetch (scheme, host, private address)."""


def normalise_url(url: str) -> str:
    """webcal:// becomes https://; anything but http(s) is refused."""
    url = (url or "").strip()
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in ("webcal", "webcals"):
        scheme = "https"
    if scheme not in ("http", "https"):
        raise FeedRefused(_("Only http, https and webcal addresses can be synced, not “%(scheme)s”.")
                          % {"scheme": parts.scheme or url})
    if not parts.hostname:
        raise FeedRefused(_("The address has no host name."))
    if parts.username or parts.password:
        raise FeedRefused(_("Addresses with a user name or password are not accepted."))
    return urlunsplit((scheme, parts.netloc, parts.path or "/", parts.query, ""))
