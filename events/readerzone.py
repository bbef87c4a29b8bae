"""The reader's time zone: chosen once (a cookie set by `?tz=` or by the
browser's own zone, see templates/events/includes/zone_picker.html), and
cleared by an empty `?tz=`."""

from .zones import get_zone

COOKIE = "reader_tz"
MAX_NAME = 64


def _asked(request) -> str | None:
    """The zone named in `?tz=` ("" to clear), or None when not asked."""
    if request is None or "tz" not in request.GET:
        return None
    return request.GET.get("tz", "").strip()[:MAX_NAME]


def reader_zone(request):
    if request is None:
        return None
    cached = getattr(request, "_reader_zone", False)
    if cached is not False:
        return cached
    asked = _asked(request)
    name = asked if asked is not None else request.COOKIES.get(COOKIE, "")
    zone = get_zone(name) if name and len(name) < MAX_NAME else None
    request._reader_zone = zone
    return zone


def invalid_zone(request) -> str:
    """A zone name the reader typed that is none we know (shown back to
    them), else ""."""
    asked = _asked(request)
    return asked if asked and get_zone(asked) is None else ""


def remember(request, response):
    """A zone chosen with `?tz=` is kept for the reader's next visits; an
    empty one forgets it."""
    asked = _asked(request)
    if asked == "" and COOKIE in request.COOKIES:
        response.delete_cookie(COOKIE, samesite="Lax")
    elif asked and get_zone(asked) is not None and request.COOKIES.get(COOKIE) != asked:
        response.set_cookie(COOKIE, asked, max_age=365 * 24 * 3600, samesite="Lax")
    return response
