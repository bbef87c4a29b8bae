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
