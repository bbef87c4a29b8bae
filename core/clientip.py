"""The address a request came from, for rate limits and consent records.

Behind reverse proxies REMOTE_ADDR is the nearest proxy, and each proxy
appends the address it saw to X-Forwarded-For. Only the entries the trusted
proxies appended are believed: with TRUSTED_PROXY_COUNT = n the client is the
n-th entry from the right. Anything further left was written by the client
and could be anything, so it is never read; with n = 0 the header is ignored.
"""

import ipaddress

from django.conf import settings


def _address(value: str) -> str | None:
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_ip(request) -> str | None:
    remote = request.META.get("REMOTE_ADDR") or None
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if count <= 0:
        return remote
    forwarded = [item for item in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if item.strip()]
    if len(forwarded) < count:
        # Fewer hops than proxies: the request did not come through all of
        # them, so no entry can be trusted.
        return remote
    return _address(forwarded[-count]) or remote
