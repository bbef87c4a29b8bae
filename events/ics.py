"""iCalendar (RFC 5545) export: the feed of an events index and one event.

Own events go out as a master VEVENT (RRULE, EXDATE for removed dates) plus
one VEVENT per changed date (RECURRENCE-ID); imported occurrences go out as
their source described them. Every zone used gets its VTIMEZONE.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import cache

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone, vRecur, vUri

from .models import EventException, EventPage, EventStatus, ImportedEvent
from .occurrences import _moved_span, _span, original_start
from .zones import UTC, day_start, get_zone, localize

PRODID = "-//Sister Cities CMS//Events//EN"


@cache
def vtimezone(name: str) -> Timezone | None:
    """The VTIMEZONE of an IANA zone (building one is slow: kept per process)."""
    try:
        return Timezone.from_tzid(name, first_date=date(1990, 1, 1), last_date=date(2045, 1, 1))
    except ValueError:
        return None


def new_calendar(name: str, *, description: str = "") -> Calendar:
    cal = Calendar()
    cal.add("PRODID", PRODID)
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("METHOD", "PUBLISH")
    cal.add("X-WR-CALNAME", name)
    if description:
        cal.add("X-WR-CALDESC", description)
    cal.add("REFRESH-INTERVAL", timedelta(hours=1), parameters={"VALUE": "DURATION"})
    cal.add("X-PUBLISHED-TTL", "PT1H")
    return cal


def finish(cal: Calendar, zones: set[str]) -> bytes:
    """Add a VTIMEZONE for each zone used (before the events) and serialise."""
    for position, name in enumerate(sorted(zones - {"UTC"})):
        component = vtimezone(name)
        if component is not None:
            cal.subcomponents.insert(position, component)
    return cal.to_ical()


def status_prefix(status: str) -> str:
    if status == EventStatus.CANCELLED:
        return _("Cancelled:") + " "
    if status == EventStatus.POSTPONED:
        return _("Postponed:") + " "
    return ""


def _ics_status(status: str) -> str:
    return {EventStatus.CANCELLED: "CANCELLED", EventStatus.POSTPONED: "TENTATIVE"}.get(status, "CONFIRMED")


def _location(venue_name: str, venue_address: str) -> str:
    return ", ".join(part for part in (venue_name, venue_address) if part)


def _description(summary: str, virtual_url: str, url: str, note: str = "") -> str:
    lines = [line for line in (note, summary) if line]
    if virtual_url:
        lines.append(_("Join online: %(url)s") % {"url": virtual_url})
    if url:
        lines.append(url)
    return "\n\n".join(lines)


def _add_times(event: Event, start: datetime | date, end: datetime | date) -> None:
    event.add("DTSTART", start)
    event.add("DTEND", end)


def _stamp(page: EventPage) -> datetime:
    return (page.last_published_at or page.latest_revision_created_at or timezone.now()).astimezone(UTC)


def page_components(page: EventPage, url: str) -> list[Event]:
    """The master VEVENT of a page and one VEVENT per cancelled or moved date."""
    stamp = _stamp(page)
    master = Event()
    master.add("UID", page.uid)
    master.add("DTSTAMP", stamp)
    master.add("LAST-MODIFIED", stamp)
    if page.first_published_at:
        master.add("CREATED", page.first_published_at.astimezone(UTC))
    master.add("SEQUENCE", page.sequence)
    master.add("SUMMARY", status_prefix(page.status) + page.title)
    master.add("STATUS", _ics_status(page.status))
    _add_common(master, page, url, page.venue_name, page.venue_address)
    if page.all_day:
        _add_times(master, page.start_date, page.start_date + page.duration)
    else:
        start = page.dtstart
        _add_times(master, start, _wall_end(start, page.duration))
    components = [master]
    if not page.rrule:
        return components
    master.add("RRULE", vRecur.from_ical(page.rrule))
    removed = []
    for exc in sorted(page.exceptions.all(), key=lambda e: e.original_date):
        original = original_start(page, exc.original_date)
        if original is None:
            continue  # a date the series never had: nothing to change
        if exc.action == EventException.Action.REMOVED:
            removed.append(original)
            continue
        components.append(_override(page, url, stamp, original, exc))
    if removed:
        master.add("EXDATE", removed)
    return components


def _wall_end(start: datetime, duration: timedelta) -> datetime:
    return localize(start.replace(tzinfo=None) + duration, start.tzinfo)


def _override(page: EventPage, url: str, stamp: datetime, original, exc: EventException) -> Event:
    status = EventStatus.CANCELLED if exc.action == EventException.Action.CANCELLED else page.status
    event = Event()
    event.add("UID", page.uid)
    event.add("DTSTAMP", stamp)
    event.add("RECURRENCE-ID", original)
    event.add("SEQUENCE", page.sequence)
    event.add("SUMMARY", status_prefix(status) + page.title)
    event.add("STATUS", _ics_status(status))
    venue = exc.new_venue_name or page.venue_name
    address = "" if exc.new_venue_name else page.venue_address
    _add_common(event, page, url, venue, address, note=exc.note)
    if exc.action == EventException.Action.CANCELLED:
        start, end = _span(page, original)
    else:
        start, end = _moved_span(page, original, exc)
    if page.all_day and not exc.new_start_time:
        _add_times(event, start.date(), end.date())
    else:
        _add_times(event, start, end)
    return event


def _add_common(event: Event, page: EventPage, url: str, venue: str, address: str, note: str = "") -> None:
    if url:
        event.add("URL", url, parameters={"VALUE": "URI"})
    location = _location(venue, address)
    if location or page.virtual_url:
        event.add("LOCATION", location or page.virtual_url)
    description = _description(page.summary, page.virtual_url, url, note)
    if description:
        event.add("DESCRIPTION", description)
    if page.virtual_url:
        event.add("CONFERENCE", vUri(page.virtual_url),
                  parameters={"VALUE": "URI", "FEATURE": "VIDEO", "LABEL": _("Join online")})
    event.add("CATEGORIES", [page.get_category_display()])
    event.add("CLASS", "PUBLIC")


def imported_component(row: ImportedEvent) -> Event:
    event = Event()
    event.add("UID", row.uid)
    event.add("DTSTAMP", row.updated_at.astimezone(UTC) if row.updated_at else timezone.now())
    if row.source_modified:
        event.add("LAST-MODIFIED", row.source_modified.astimezone(UTC))
    event.add("SEQUENCE", row.sequence)
    cancelled = row.status == ImportedEvent.Status.CANCELLED
    event.add("SUMMARY", (status_prefix(EventStatus.CANCELLED) if cancelled else "") + row.title)
    event.add("STATUS", row.status.upper())
    zone = get_zone(row.zone) or UTC
    if row.all_day and row.start_date:
        start, end = row.start_date, row.end_date or row.start_date + timedelta(days=1)
        rid = _rid_date(row.recurrence_id)
    else:
        start, end = row.start.astimezone(zone), row.end.astimezone(zone)
        rid = _rid_datetime(row.recurrence_id)
    if rid is not None:
        event.add("RECURRENCE-ID", rid)
    _add_times(event, start, end)
    if row.location:
        event.add("LOCATION", row.location)
    description = _description(row.description, row.virtual_url, "")
    if description:
        event.add("DESCRIPTION", description)
    if row.url:
        event.add("URL", row.url, parameters={"VALUE": "URI"})
    if row.virtual_url:
        event.add("CONFERENCE", vUri(row.virtual_url), parameters={"VALUE": "URI", "FEATURE": "VIDEO"})
    event.add("X-SISTER-CITIES-SOURCE", row.feed.name)
    return event


def _rid_datetime(value: str):
    if not value:
        return None
    if len(value) == 8:
        return date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def _rid_date(value: str):
    parsed = _rid_datetime(value)
    return parsed.date() if isinstance(parsed, datetime) else parsed


def feed_bytes(name: str, pages, rows, url_for) -> bytes:
    """A whole calendar: `pages` (EventPage, exceptions prefetched), `rows`
    (ImportedEvent), `url_for(page)` giving each page's full URL."""
    cal = new_calendar(name)
    zones = set()
    for page in pages:
        for component in page_components(page, url_for(page)):
            cal.add_component(component)
        if not page.all_day:
            zones.add(page.time_zone)
    for row in rows:
        cal.add_component(imported_component(row))
        if not row.all_day and get_zone(row.zone):
            zones.add(row.zone)
    return finish(cal, zones)


def cancel_bytes(info: dict, *, uid: str, sequence: int, organizer: str, whole_series: bool) -> bytes:
    """A CANCEL (same UID, a higher SEQUENCE than the calendar holds) of the
    occurrence `info` describes (occurrences.snapshot), or of the whole series."""
    cal = new_calendar(info["title"])
    cal.pop("METHOD")
    cal.add("METHOD", "CANCEL")
    event = Event()
    event.add("UID", uid)
    event.add("DTSTAMP", timezone.now().astimezone(UTC))
    event.add("SEQUENCE", sequence)
    event.add("ORGANIZER", f"mailto:{organizer}")
    event.add("SUMMARY", status_prefix(EventStatus.CANCELLED) + info["title"])
    event.add("STATUS", "CANCELLED")
    zone = get_zone(info["zone"]) or UTC
    start = datetime.fromisoformat(info["start"]).astimezone(zone)
    end = datetime.fromisoformat(info["end"]).astimezone(zone)
    if info["all_day"]:
        _add_times(event, start.date(), end.date())
    else:
        _add_times(event, start, end)
    rid = _rid_datetime(info.get("recurrence_id") or "")
    if rid is not None and not whole_series:
        event.add("RECURRENCE-ID", rid.astimezone(zone) if isinstance(rid, datetime) else rid)
    location = _location(info.get("venue_name") or "", info.get("venue_address") or "")
    if location:
        event.add("LOCATION", location)
    cal.add_component(event)
    return finish(cal, set() if info["all_day"] else {info["zone"]})


def event_bytes(page: EventPage, url: str) -> bytes:
    return feed_bytes(page.title, [page], [], lambda _page: url)


def imported_bytes(row: ImportedEvent) -> bytes:
    return feed_bytes(row.title or row.feed.name, [], [row], lambda _page: "")


__all__ = ["day_start", "event_bytes", "feed_bytes", "imported_bytes", "settings"]
