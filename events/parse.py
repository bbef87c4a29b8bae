"""Reading an outside .ics feed into occurrences keyed by (UID, RECURRENCE-ID).

Tolerant of what real feeds do (see tests/events/fixtures/): bytes that are
not UTF-8, UTF-8 split across folded lines, a byte-order mark, several
VCALENDARs in one stream, VTIMEZONE after the events, Windows or vendor
TZIDs, floating times, duplicate UIDs. One broken event is skipped and
reported; the rest are kept. No database access here.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
import x_wr_timezone
from django.utils.translation import gettext as _

from .zones import UTC, day_start, get_zone, localize, utc_stamp

FOLD = re.compile(rb"\r?\n[ \t]")
MAX_TEXT = 10_000


class ParseError(Exception):
    """The body is not an iCalendar stream at all: nothing can be trusted."""


@dataclass
class Item:
    """One occurrence as the feed gives it, ready to be stored."""

    uid: str
    recurrence_id: str
    title: str
    description: str
    location: str
    url: str
    virtual_url: str
    start: datetime
    end: datetime
    all_day: bool
    start_date: date | None
    end_date: date | None
    zone: str
    zone_guessed: bool
    status: str
    sequence: int
    source_modified: datetime | None
    content_hash: str = ""

    def __post_init__(self):
        if not self.content_hash:
            self.content_hash = hashlib.md5(repr((
                self.title, self.description, self.location, self.url, self.virtual_url, self.start, self.end,
                self.all_day, self.start_date, self.end_date, self.zone, self.zone_guessed, self.status,
                self.sequence)).encode()).hexdigest()

    @property
    def key(self) -> tuple[str, str]:
        return (self.uid, self.recurrence_id)

    @property
    def version(self) -> tuple:
        return (self.sequence, self.source_modified or datetime.min.replace(tzinfo=UTC))


@dataclass
class ParsedFeed:
    items: dict[tuple[str, str], Item] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    calendars: int = 0
    components: int = 0


# Control characters RFC 5545 allows in no value (tab and line ends aside);
# PostgreSQL refuses NUL in any text column.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(body: bytes) -> tuple[str, list[str]]:
    """Text of the feed: folds joined on bytes first (a UTF-8 character may be
    split across a fold), then UTF-8, else Windows-1252 with a warning;
    control characters dropped."""
    warnings = []
    if body.startswith(b"\xef\xbb\xbf"):
        body = body[3:]
    body = FOLD.sub(b"", body)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        text = body.decode("cp1252", errors="replace")
        warnings.append(_("The feed is not valid UTF-8; it was read as Windows-1252."))
    return CONTROL.sub("", text), warnings


def parse(body: bytes, *, default_zone: str, window_start: datetime, window_end: datetime) -> ParsedFeed:
    text, warnings = decode(body)
    if "BEGIN:VCALENDAR" not in text.upper():
        raise ParseError(_("This is not an iCalendar file (no BEGIN:VCALENDAR)."))
    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except Exception as exc:  # icalendar raises ValueError, KeyError, IndexError on bad streams
        raise ParseError(_("The calendar could not be read: %(error)s") % {"error": exc}) from exc
    calendars = [cal for cal in calendars if cal.name == "VCALENDAR"]
    if not calendars:
        raise ParseError(_("The file holds no complete VCALENDAR."))
    result = ParsedFeed(warnings=warnings, calendars=len(calendars))
    fallback = get_zone(default_zone) or UTC
    for cal in calendars:
        _parse_calendar(cal, result, fallback, window_start, window_end)
    return result


def _parse_calendar(cal, result: ParsedFeed, fallback: ZoneInfo, window_start, window_end) -> None:
    wr_zone = get_zone(str(cal.get("X-WR-TIMEZONE", "")).strip()) if "X-WR-TIMEZONE" in cal else None
    if wr_zone is not None:
        try:
            cal = x_wr_timezone.to_standard(cal)
        except Exception:  # the library gives up on odd calendars: read them as floating instead
            result.warnings.append(_("X-WR-TIMEZONE could not be applied; floating times use the feed's zone."))
    timezones = cal.walk("VTIMEZONE")
    groups: dict[str, list] = defaultdict(list)
    for component in cal.walk("VEVENT"):
        result.components += 1
        uid = str(component.get("UID", "")).strip()
        if not uid:
            uid = "no-uid-" + hashlib.md5(component.to_ical()).hexdigest()[:16]
            result.warnings.append(_("An event without UID was given one from its content: %(uid)s") % {"uid": uid})
        groups[uid].append(component)
    zone_for = _ZoneReader(fallback, wr_zone)
    for uid, components in groups.items():
        try:
            items = _expand_group(uid, components, timezones, zone_for, window_start, window_end, result)
        except Exception as exc:  # one broken event must not stop the others
            result.skipped.append(f"{uid}: {type(exc).__name__}: {exc}"[:500])
            continue
        for item in items:
            current = result.items.get(item.key)
            if current is None or item.version >= current.version:
                if current is not None:
                    result.warnings.append(_("Duplicate event %(uid)s: the newest copy was kept.") % {"uid": uid})
                result.items[item.key] = item


def _pick_newest(components: list, result: ParsedFeed, uid: str) -> list:
    """Duplicate UIDs: of several masters (or several copies of one changed
    date), keep the one with the highest SEQUENCE, then LAST-MODIFIED/DTSTAMP."""
    by_rid: dict[str, list] = defaultdict(list)
    for component in components:
        rid = component.get("RECURRENCE-ID")
        by_rid[rid.to_ical().decode() if rid is not None else ""].append(component)
    kept = []
    for copies in by_rid.values():
        if len(copies) > 1:
            result.warnings.append(_("Duplicate event %(uid)s: the newest copy was kept.") % {"uid": uid})
        kept.append(max(copies, key=_component_version))
    return kept


def _component_version(component) -> tuple:
    try:
        sequence = int(component.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        sequence = 0
    return (sequence, _modified(component) or datetime.min.replace(tzinfo=UTC))


def _modified(component) -> datetime | None:
    for name in ("LAST-MODIFIED", "DTSTAMP"):
        prop = component.get(name)
        value = getattr(prop, "dt", None)
        if isinstance(value, datetime):
            return value if value.tzinfo else value.replace(tzinfo=UTC)
    return None


def _expand_group(uid, components, timezones, zone_for, window_start, window_end, result) -> list[Item]:
    components = _pick_newest(components, result, uid)
    for component in components:
        if "DTSTART" not in component:
            raise ValueError(_("no DTSTART"))
    simple = len(components) == 1 and not any(name in components[0] for name in ("RRULE", "RDATE",
                                                                                  "RECURRENCE-ID"))
    if simple:
        component = components[0]
        start, end = component.start, component.end
        occurrence_components = [(component, start, end)]
    else:
        mini = icalendar.Calendar()
        for tz in timezones:
            mini.add_component(tz)
        for component in components:
            mini.add_component(component)
        query = recurring_ical_events.of(mini)
        occurrence_components = [(occ, occ.start, occ.end) for occ in query.between(
            window_start - timedelta(days=1), window_end)]
    unknown_tzid = any(_has_unknown_tzid(component) for component in components)
    # RANGE=THISANDFUTURE: later occurrences carry the changed date's
    # RECURRENCE-ID; their own is their start less that change's shift.
    shifts = {}
    for component in components:
        rid = component.get("RECURRENCE-ID")
        if rid is not None and str(rid.params.get("RANGE", "")).upper() == "THISANDFUTURE":
            shifts[rid.to_ical()] = component.start - rid.dt
    items = []
    for component, start, end in occurrence_components:
        shift = shifts.get(component["RECURRENCE-ID"].to_ical()) if shifts and "RECURRENCE-ID" in component else None
        item = _item(uid, component, start, end, zone_for, series=not simple, unknown_tzid=unknown_tzid,
                     original=start - shift if shift is not None else None)
        if item.end > window_start and item.start < window_end:
            items.append(item)
    return items


class _ZoneReader:
    """Aware datetimes from whatever the feed gave; never naive."""

    def __init__(self, fallback: ZoneInfo, wr_zone: ZoneInfo | None):
        self.fallback = fallback
        self.wr_zone = wr_zone

    def aware(self, value: datetime, unknown_tzid: bool = False) -> tuple[datetime, str, bool]:
        """(aware value, zone name to show it in, whether the zone was guessed)."""
        tz = value.tzinfo
        if tz is None and unknown_tzid:
            # A TZID nobody knows and no VTIMEZONE for it: the feed's default zone, flagged.
            return localize(value, self.fallback), self.fallback.key, True
        if tz is None:
            zone = self.wr_zone or self.fallback
            return localize(value, zone), zone.key, self.wr_zone is None
        if isinstance(tz, ZoneInfo):
            return localize(value.replace(tzinfo=None), tz), tz.key, False
        if value.utcoffset() == timedelta(0) and str(tz) in ("UTC", "UTC+00:00"):
            return value, (self.wr_zone or ZoneInfo("UTC")).key, False
        # A zone built from the feed's own VTIMEZONE (e.g. "UTC+11"): the
        # instant is exact; shown in the feed's default zone.
        return value.astimezone(UTC), (self.wr_zone or self.fallback).key, False


def _text(component, name: str, limit: int = MAX_TEXT) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    return str(value).strip()[:limit]


def _virtual_url(component) -> str:
    for name in ("CONFERENCE", "X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL"):
        value = _text(component, name, 1000)
        if value.startswith(("https://", "http://")):
            return value
    return ""


def _has_unknown_tzid(component) -> bool:
    prop = component.get("DTSTART")
    return bool(prop is not None and prop.params.get("TZID") and isinstance(prop.dt, datetime)
                and prop.dt.tzinfo is None)


def _item(uid: str, component, start, end, zone_for: _ZoneReader, *, series: bool, unknown_tzid: bool,
          original=None) -> Item:
    status = _text(component, "STATUS", 20).upper()
    status = {"CANCELLED": "cancelled", "TENTATIVE": "tentative"}.get(status, "confirmed")
    try:
        sequence = int(component.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        sequence = 0
    all_day = not isinstance(start, datetime)
    rid_value = component.get("RECURRENCE-ID")
    rid_dt = original if original is not None else (rid_value.dt if rid_value is not None else None)
    if all_day:
        if isinstance(end, datetime):
            end = end.date()
        if end <= start:
            end = start + timedelta(days=1)
        zone = zone_for.wr_zone or zone_for.fallback
        item_start, item_end = day_start(start, zone), day_start(end, zone)
        zone_name, guessed = zone.key, False
        rid = ""
        if series:
            rid = utc_stamp(rid_dt.date() if isinstance(rid_dt, datetime) else (rid_dt or start))
        start_date, end_date = start, end
    else:
        item_start, zone_name, guessed = zone_for.aware(start, unknown_tzid)
        if isinstance(end, datetime):
            item_end = zone_for.aware(end, unknown_tzid)[0]
        else:
            item_end = item_start
        if item_end < item_start:
            wall_span = end.replace(tzinfo=None) - start.replace(tzinfo=None) if isinstance(end, datetime) else None
            if wall_span is not None and wall_span >= timedelta(0):
                # A start in a DST gap moved forward past its wall-clock end: keep the length.
                item_end = item_start + wall_span
            else:
                # Some producers swap DTSTART and DTEND: keep the span, in order.
                item_start, item_end = item_end, item_start
        rid = ""
        if series:
            if isinstance(rid_dt, datetime):
                rid = utc_stamp(zone_for.aware(rid_dt, unknown_tzid)[0])
            elif isinstance(rid_dt, date):
                rid = utc_stamp(rid_dt)
            else:
                rid = utc_stamp(item_start)
        start_date = end_date = None
    return Item(
        uid=uid[:500], recurrence_id=rid, title=_text(component, "SUMMARY", 500),
        description=_text(component, "DESCRIPTION"), location=_text(component, "LOCATION", 500),
        url=_text(component, "URL", 1000), virtual_url=_virtual_url(component), start=item_start, end=item_end,
        all_day=all_day, start_date=start_date, end_date=end_date, zone=zone_name, zone_guessed=guessed,
        status=status, sequence=sequence, source_modified=_modified(component),
    )
