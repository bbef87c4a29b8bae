"""The reader's time zone: chosen once (a cookie set by `?tz=` or by the
browser's own zone, see templates/events/includes/zone_picker.html)."""

from .zones import get_zone

COOKIE = "reader_tz"


def reader_zone(request):
    if request is None:
        return None
    cached = getattr(request, "_reader_zone", False)
    if cached is not False:
        return cached
    name = request.GET.get("tz") or request.COOKIES.get(COOKIE, "")
    zone = get_zone(name) if name and len(name) < 64 else None
    request._reader_zone = zone
    return zone


def remember(request, response):
    """A zone chosen with `?tz=` is kept for the reader's next visits."""
    name = request.GET.get("tz", "") if request is not None else ""
    if name and get_zone(name) is not None and request.COOKIES.get(COOKIE) != name:
        response.set_cookie(COOKIE, name, max_age=365 * 24 * 3600, samesite="Lax")
    return response
