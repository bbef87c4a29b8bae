"""Fetching an outside calendar over HTTP, safely.

Only http and https (webcal is rewritten to https); the host's every address
is checked and private, loopback, link-local and reserved ones are refused
unless CALENDAR_FEEDS_ALLOW_PRIVATE is set; the connection goes to the
address that was checked (no second lookup to rebind); at most
CALENDAR_FEED_MAX_REDIRECTS redirects, each checked the same way; timeouts;
a size cap; conditional GET (ETag, Last-Modified). No Celery here.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit, urlunsplit

from django.conf import settings
from django.utils.translation import gettext as _

USER_AGENT = "SisterCitiesCMS-CalendarSync/1.0"


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


class FeedGone(FeedError):
    """410 Gone: the calendar was removed; the feed is disabled."""


class FeedUnavailable(Exception):
    """A transient fault (timeout, connection, 429, 5xx): retry later,
    after `retry_after` seconds when the server said so."""

    def __init__(self, message: str, retry_after: int | None = None):
        super().__init__(message)
        self.retry_after = retry_after


@dataclass
class FetchResult:
    url: str
    status: int
    body: bytes = b""
    etag: str = ""
    last_modified: str = ""
    location: str = ""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


NAT64 = ipaddress.ip_network("64:ff9b::/96")  # RFC 6052's well-known prefix


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 one carries and a relay or translator on the
    way would connect to: IPv4-mapped, 6to4 (2002::/16), Teredo (2001::/32:
    its server and its client) and NAT64 (64:ff9b::/96)."""
    if ip.ipv4_mapped:
        return [ip.ipv4_mapped]
    if ip.sixtofour:
        return [ip.sixtofour]
    if ip.teredo:
        return list(ip.teredo)
    if ip in NAT64:
        return [ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)]
    return []


def _is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return ip.is_global and not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
                                 or ip.is_reserved or ip.is_unspecified)


def is_public_address(address: str) -> bool:
    """Public, and so is every IPv4 address it carries. A mapped or NAT64
    address stands for its IPv4 one alone; a 6to4 or Teredo one must pass
    both ways (Teredo's own prefix never does)."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address):
        inner = embedded_ipv4(ip)
        if not all(_is_public(v4) for v4 in inner):
            return False
        if ip.ipv4_mapped or ip in NAT64:
            return True
    return _is_public(ip)


def resolve(host: str, port: int) -> list[str]:
    """Every address of `host`; all must be public (unless allowed), so a
    name cannot smuggle a private address in beside a public one."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FeedUnavailable(_("The host %(host)s could not be found (%(error)s).")
                              % {"host": host, "error": exc}) from exc
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not settings.CALENDAR_FEEDS_ALLOW_PRIVATE:
        refused = [address for address in addresses if not is_public_address(address)]
        if refused:
            raise FeedRefused(_("%(host)s resolves to a private or local address (%(address)s); "
                                "such feeds are not fetched.") % {"host": host, "address": refused[0]})
    return addresses


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to the address that was checked, not to a fresh lookup."""

    def __init__(self, host, address, **kwargs):
        super().__init__(host, **kwargs)
        self._address = address

    def connect(self):
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host, address, **kwargs):
        super().__init__(host, context=ssl.create_default_context(), **kwargs)
        self._address = address

    def connect(self):
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _retry_after(value: str | None) -> int | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(int(value), 24 * 3600)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0, min(int((when - datetime.now(UTC)).total_seconds()), 24 * 3600))


def fetch(url: str, *, etag: str = "", last_modified: str = "") -> FetchResult:
    """GET a calendar, following at most CALENDAR_FEED_MAX_REDIRECTS redirects."""
    url = normalise_url(url)
    timeout = settings.CALENDAR_FEED_TIMEOUT_SECONDS
    deadline = time.monotonic() + 3 * timeout
    for _hop in range(settings.CALENDAR_FEED_MAX_REDIRECTS + 1):
        response = _get_once(url, etag=etag, last_modified=last_modified, timeout=timeout, deadline=deadline)
        if response.status in (301, 302, 303, 307, 308):
            location = response.location
            if not location:
                raise FeedError(_("A redirect without a Location header."))
            url = normalise_url(urljoin(url, location))
            continue
        return response
    raise FeedError(_("More than %(n)s redirects.") % {"n": settings.CALENDAR_FEED_MAX_REDIRECTS})


def _get_once(url: str, *, etag: str, last_modified: str, timeout: float, deadline: float) -> FetchResult:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    addresses = resolve(parts.hostname, port)
    connection_class = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = {"User-Agent": USER_AGENT, "Accept": "text/calendar, */*;q=0.5", "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    last_error = None
    for address in addresses[:3]:
        connection = connection_class(parts.hostname, address, port=port, timeout=timeout)
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            return _read(url, response, deadline)
        except (OSError, http.client.HTTPException) as exc:
            last_error = exc
        finally:
            connection.close()
    raise FeedUnavailable(_("Could not fetch %(url)s: %(error)s") % {"url": url, "error": last_error})


def _read(url: str, response, deadline: float) -> FetchResult:
    status = response.status
    if status in (301, 302, 303, 307, 308):
        return FetchResult(url, status, location=response.getheader("Location", ""))
    if status == 304:
        return FetchResult(url, 304, etag=response.getheader("ETag", ""),
                           last_modified=response.getheader("Last-Modified", ""))
    if status == 410:
        raise FeedGone(_("The calendar is gone (410) at %(url)s; the feed was disabled.") % {"url": url})
    if status == 429 or status >= 500:
        raise FeedUnavailable(_("The server answered %(status)s.") % {"status": status},
                              retry_after=_retry_after(response.getheader("Retry-After")))
    if status != 200:
        raise FeedError(_("The server answered %(status)s for %(url)s.") % {"status": status, "url": url})
    cap = settings.CALENDAR_FEED_MAX_BYTES
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise FeedError(_("The calendar is larger than %(cap)s bytes.") % {"cap": cap})
    chunks, size = [], 0
    while True:
        if time.monotonic() > deadline:
            raise FeedUnavailable(_("The download took too long."))
        chunk = response.read(65536)
        if not chunk:
            break
        size += len(chunk)
        if size > cap:
            raise FeedError(_("The calendar is larger than %(cap)s bytes.") % {"cap": cap})
        chunks.append(chunk)
    return FetchResult(url, 200, b"".join(chunks), etag=response.getheader("ETag", ""),
                       last_modified=response.getheader("Last-Modified", ""))
