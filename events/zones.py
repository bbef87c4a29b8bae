"""Time-zone names the admin offers and helpers that never produce naive times."""

import zoneinfo
from datetime import UTC, date, datetime, time
from functools import cache

from django.conf import settings

UTC = UTC


@cache
def zone_choices() -> list[tuple[str, str]]:
    names = sorted(n for n in zoneinfo.available_timezones() if "/" in n and not n.startswith(("Etc/", "SystemV/")))
    return [(n, n.replace("_", " ")) for n in names + ["UTC"]]


def default_zone_name() -> str:
    return getattr(settings, "EVENTS_DEFAULT_TIME_ZONE", "America/Los_Angeles")


# Where a reader of each interface language most likely is, for forms shown
# before the browser says (without JavaScript it never does). English is the
# association's own zone.
LANGUAGE_ZONES = {
    "fr": "Europe/Paris", "es": "Europe/Madrid", "it": "Europe/Rome", "ja": "Asia/Tokyo", "uk": "Europe/Kyiv",
    "zh-hans": "Asia/Shanghai", "hu": "Europe/Budapest", "ar": "Africa/Cairo",
}


def zone_for_language(language: str | None) -> str:
    return LANGUAGE_ZONES.get((language or "").lower(), default_zone_name())


@cache
def get_zone(name: str | None) -> zoneinfo.ZoneInfo | None:
    if not name:
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


def is_valid_zone(name: str) -> bool:
    return get_zone(name) is not None


def localize(value: datetime, zone: zoneinfo.ZoneInfo) -> datetime:
    """Wall-clock time in `zone` as an aware datetime that really exists.

    A time in a spring-forward gap is read with the offset before the gap
    (RFC 5545 3.3.5) and normalised to the instant it names, so 02:30 on the
    day clocks jump becomes 03:30; in an autumn fold the first (daylight)
    instant is taken.
    """
    aware = value.replace(tzinfo=zone, fold=0)
    return aware.astimezone(UTC).astimezone(zone)


def day_start(day: date, zone: zoneinfo.ZoneInfo) -> datetime:
    return localize(datetime.combine(day, time.min), zone)


def utc_stamp(value: datetime | date) -> str:
    """The key form of a recurrence id: UTC `YYYYMMDDTHHMMSSZ`, or the
    date `YYYYMMDD` for all-day occurrences (never shifted through UTC)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return value.strftime("%Y%m%d")


