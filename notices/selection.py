"""Meeting-notice selection: which events are meetings, when their reminders
fall due, and what changed between two published versions of an event.

Plain functions over pages and occurrences; no mail and no recipients here
(audience.py decides who, scan.py and reconcile.py what, render.py how).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from events.models import EventCategory, EventPage, EventStatus
from events.occurrences import Occurrence, between, occurrence_on, page_occurrences
from events.reminders import parse_reminder_days
from events.zones import get_zone, localize

from .keys import NoticeKey
from .models import MeetingNoticeSettings

MEETING_CATEGORIES = {EventCategory.BOARD_MEETING, EventCategory.COMMITTEE_MEETING}
# What a change notice is about: when and where. Title and body edits are not.
COMPARED = ("start", "end", "venue_name", "venue_address", "virtual_url", "status")


def is_meeting(page: EventPage) -> bool:
    return bool(page.committee_id) or page.category in MEETING_CATEGORIES


def is_noticed(page: EventPage) -> bool:
    """Meetings, and any event readers register for (its registrants only)."""
    return is_meeting(page) or page.takes_registrations


# --- Reminder schedule ---------------------------------------------------------
@dataclass(frozen=True)
class ReminderSchedule:
    days: tuple[int, ...]  # days before the occurrence, largest first
    at: time  # local time of day, in the recipient's zone

    @property
    def reach(self) -> timedelta:
        """How far ahead of an occurrence its first reminder can fall."""
        return timedelta(days=(max(self.days) if self.days else 0) + 1)


def site_schedule(site) -> ReminderSchedule:
    """The site's reminder schedule (Settings > Meeting notices), or the
    project default."""
    default = ReminderSchedule(tuple(settings.MEETING_NOTICE_REMINDER_DAYS),
                               time.fromisoformat(settings.MEETING_NOTICE_REMINDER_TIME))
    if site is None:
        return default
    stored = MeetingNoticeSettings.for_site(site)
    try:
        days = parse_reminder_days(stored.reminder_days) if stored.reminder_days else default.days
    except ValidationError:
        days = default.days
    return ReminderSchedule(days, stored.reminder_time or default.at)


def schedule_for(page: EventPage, site_default: ReminderSchedule) -> ReminderSchedule:
    """An event's own reminder days when it sets them, else its site's."""
    override = (page.reminder_days or "").strip()
    if not override:
        return site_default
    try:
        return ReminderSchedule(parse_reminder_days(override), site_default.at)
    except ValidationError:
        return site_default


def reminder_due(start: datetime, days: int, zone, at: time) -> datetime:
    """When a reminder `days` before `start` is due: `at` o'clock in `zone` on
    that day (the day counted in `zone`, so 08:00 stays 08:00 across DST)."""
    day = start.astimezone(zone).date() - timedelta(days=days)
    return localize(datetime.combine(day, at), zone)


def reminder_day(occ: Occurrence) -> str:
    return f"{occ.start:%Y-%m-%d}"


def reminder_variant(days: int, occ: Occurrence) -> str:
    """A reminder is one per offset and date: a meeting moved to another day
    gets its reminders again, for the new day."""
    return f"{days}d:{reminder_day(occ)}"


def read_reminder_variant(variant: str) -> tuple[int | None, str]:
    """(days, day) of a reminder's variant; days is None when unreadable."""
    days, _sep, day = variant.partition("d:")
    return (int(days) if days.isdigit() else None), day


def default_locale_id() -> int | None:
    try:
        return Locale.get_default().pk
    except Locale.DoesNotExist:
        return None


def upcoming_meetings(now: datetime, until: datetime) -> list[Occurrence]:
    """Confirmed occurrences of the association's own meetings starting in
    (now, until], once per event (its default-language page; translations
    share the schedule)."""
    locale_id = default_locale_id()
    result = []
    for occ in between(now, until, include_imported=False, include_cancelled=False):
        page = occ.page
        if page is None or not is_noticed(page) or occ.status != EventStatus.CONFIRMED:
            continue
        if locale_id is not None and page.locale_id != locale_id:
            continue
        if now < occ.start <= until:
            result.append(occ)
    return result


def current_occurrence(page: EventPage, key: NoticeKey, around: datetime) -> Occurrence | None:
    """The occurrence of `page` with notice key `key`, as the page is now
    (looked for within two months of `around`: one moved further is another
    day's business anyway)."""
    for occ in page_occurrences(page, around - timedelta(days=62), around + timedelta(days=62)):
        if NoticeKey.of(occ) == key:
            return occ
    return None


# --- What changed between two published versions ---------------------------
# What makes a change to the whole series: its time of day, length, zone,
# schedule, place or link. Compared as rules, never as occurrences far ahead.
SERIES_COMPARED = ("start_date", "start_time", "end_time", "end_date", "time_zone", "rrule", "venue_name",
                   "venue_address", "virtual_url", "status")
# Changes to single dates: what an exception says about its date.
EXCEPTION_COMPARED = ("action", "new_start_date", "new_start_time", "new_end_time", "new_venue_name")
# How far ahead the first meeting of a changed series is looked for.
NEXT_LOOKAHEAD = timedelta(days=3 * 366)


@dataclass
class Change:
    kind: str  # "change" or "cancellation"
    key: NoticeKey
    old: Occurrence | None
    new: Occurrence | None
    fields: tuple[str, ...] = ()
    series: bool = False  # about every meeting of the series from `current` on

    @property
    def current(self) -> Occurrence:
        return self.new or self.old


def series_key(page: EventPage) -> NoticeKey:
    return NoticeKey.series(page.uid)


def _differs(old: Occurrence, new: Occurrence) -> tuple[str, ...]:
    return tuple(name for name in COMPARED if getattr(old, name) != getattr(new, name))


def next_occurrence(page: EventPage, now: datetime, *, confirmed: bool = True) -> Occurrence | None:
    """The first occurrence of `page` starting after `now` (a confirmed one
    unless told otherwise), looked for a year at a time up to NEXT_LOOKAHEAD."""
    lo = now
    while lo < now + NEXT_LOOKAHEAD:
        hi = lo + timedelta(days=366)
        for occ in sorted(page_occurrences(page, lo, hi), key=lambda o: o.start):
            if occ.start > now and (not confirmed or not occ.is_cancelled):
                return occ
        lo = hi
    return None


def _exceptions(page: EventPage) -> dict[date, tuple]:
    return {e.original_date: tuple(getattr(e, name) for name in EXCEPTION_COMPARED) for e in page.exceptions.all()}


def _series_changed(old: EventPage, new: EventPage) -> tuple[str, ...]:
    return tuple(name for name in SERIES_COMPARED if getattr(old, name) != getattr(new, name))


def _single(old: EventPage, new: EventPage | None, now: datetime) -> list[Change]:
    """A one-off event: its one occurrence, however far ahead."""
    was = _only_occurrence(old)
    if was is None or was.start <= now:
        return []
    now_is = _only_occurrence(new) if new is not None else None
    key = NoticeKey.of(was)
    if was.is_cancelled:
        if now_is is not None and not now_is.is_cancelled:
            return [Change("change", key, was, now_is, ("status",))]
        return []
    if now_is is None or now_is.is_cancelled:
        return [Change("cancellation", key, was, now_is)]
    fields = _differs(was, now_is)
    return [Change("change", key, was, now_is, fields)] if fields else []


def _only_occurrence(page: EventPage) -> Occurrence | None:
    start = page.dtstart
    if not isinstance(start, datetime):
        start = datetime.combine(start, time.min, tzinfo=page.zone)
    found = page_occurrences(page, start - timedelta(days=1), start + page.duration + timedelta(days=2))
    return found[0] if found else None


def _dates(old: EventPage, new: EventPage, now: datetime) -> list[Change]:
    """Single dates of a series whose change (moved, cancelled, removed,
    reinstated) differs between the versions: finite, however far ahead."""
    before, after = _exceptions(old), _exceptions(new)
    changes = []
    for day in sorted(set(before) | set(after)):
        if before.get(day) == after.get(day):
            continue
        was = occurrence_on(old, day)
        if was is None or was.start <= now:
            continue
        now_is = occurrence_on(new, day)
        key = NoticeKey.of(was)
        if was.is_cancelled:
            if now_is is not None and not now_is.is_cancelled:
                changes.append(Change("change", key, was, now_is, ("status",)))
            continue
        if now_is is None or now_is.is_cancelled:
            changes.append(Change("cancellation", key, was, now_is))
            continue
        fields = _differs(was, now_is)
        if fields:
            changes.append(Change("change", key, was, now_is, fields))
    return sorted(changes, key=lambda c: c.old.start)


def _series(old: EventPage, new: EventPage | None, now: datetime) -> Change | None:
    """One change or cancellation of the whole series, or None. `old` and
    `new` are compared as rules; only the first meeting still ahead is
    expanded, to say from when the change holds."""
    was = next_occurrence(old, now, confirmed=old.status != EventStatus.CANCELLED)
    if new is None or new.status == EventStatus.CANCELLED:
        if old.status == EventStatus.CANCELLED or was is None:
            return None
        return Change("cancellation", series_key(old), was, None, series=True)
    fields = _series_changed(old, new)
    if not fields:
        return None
    now_is = next_occurrence(new, now)
    if now_is is None:
        return Change("cancellation", series_key(old), was, None, series=True) if was is not None else None
    if old.status == EventStatus.CANCELLED:
        return Change("change", series_key(new), was, now_is, ("status",), series=True)
    if was is None:
        return None
    return Change("change", series_key(new), was, now_is, fields, series=True)


def compare(old: EventPage | None, new: EventPage | None, *, now: datetime) -> list[Change]:
    """The notices that publishing `new` over `old` calls for (either may be
    None: first publish, unpublish), about meetings that have not started,
    however far ahead. A series changed as a whole (time, place, schedule,
    cancelled, unpublished) is one change; single dates changed in the same
    publish are one change each."""
    if old is None or (not is_noticed(old) and (new is None or not is_noticed(new))):
        return []
    if not old.rrule and (new is None or not new.rrule):
        return _single(old, new, now)
    series = _series(old, new, now)
    if series is not None and series.kind == "cancellation":
        return [series]
    dates = _dates(old, new, now) if old.rrule and new is not None and new.rrule else []
    return ([series] if series is not None else []) + dates


def as_date(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value


def zone_of(name: str):
    return get_zone(name) or get_zone(settings.EVENTS_DEFAULT_TIME_ZONE)
