"""Meeting-notice selection: which events are meetings, when their reminders
fall due, and what changed between two published versions of an event.

Plain functions over pages and occurrences; no mail and no recipients here
(newsletters/notices.py decides who gets what and sends it). Keeping the
events app free of newsletters keeps the dependency one way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from .models import EventCategory, EventPage, EventStatus
from .occurrences import Occurrence, between, page_occurrences
from .zones import get_zone, localize

MEETING_CATEGORIES = {EventCategory.BOARD_MEETING, EventCategory.COMMITTEE_MEETING}
# What a change notice is about: when and where. Title and body edits are not.
COMPARED = ("start", "end", "venue_name", "venue_address", "virtual_url", "status")
NO_REMINDERS = "-"


def is_meeting(page: EventPage) -> bool:
    return bool(page.committee_id) or page.category in MEETING_CATEGORIES


def notice_key(occ: Occurrence) -> str:
    """An occurrence's identity for notices: the event's UID and the date the
    occurrence had in the series (its recurrence id's day in the event's zone),
    or "" for a one-off event. Unlike the recurrence id it survives a change
    of the series' time of day, so a series moved from 6 pm to 7 pm keeps its
    notices and reminders."""
    if not occ.recurrence_id:
        return f"{occ.uid}/"
    original = occ.extra.get("original_start") or occ.start
    day = original.date() if isinstance(original, datetime) else original
    return f"{occ.uid}/{day:%Y%m%d}"


# --- Reminder schedule ---------------------------------------------------------
def parse_reminder_days(text: str) -> tuple[int, ...]:
    """ "6, 1" -> (6, 1); "-" -> () (no reminders). Raises ValidationError."""
    text = (text or "").strip()
    if text == NO_REMINDERS:
        return ()
    days = set()
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit() or int(part) > 60:
            raise ValidationError(_("Give whole numbers of days from 0 to 60, separated by commas, or “-”."))
        days.add(int(part))
    return tuple(sorted(days, reverse=True))


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
    from .models import MeetingNoticeSettings

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


def reminder_variant(days: int, occ: Occurrence) -> str:
    """A reminder is one per offset and date: a meeting moved to another day
    gets its reminders again, for the new day."""
    return f"{days}d:{occ.start:%Y-%m-%d}"


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
        if page is None or not is_meeting(page) or occ.status != EventStatus.CONFIRMED:
            continue
        if locale_id is not None and page.locale_id != locale_id:
            continue
        if now < occ.start <= until:
            result.append(occ)
    return result


def current_occurrence(page: EventPage, key: str, around: datetime) -> Occurrence | None:
    """The occurrence of `page` with notice key `key`, as the page is now
    (looked for within two months of `around`: one moved further is another
    day's business anyway)."""
    for occ in page_occurrences(page, around - timedelta(days=62), around + timedelta(days=62)):
        if notice_key(occ) == key:
            return occ
    return None


# --- What changed between two published versions ---------------------------
@dataclass
class Change:
    kind: str  # "change" or "cancellation"
    key: str
    old: Occurrence
    new: Occurrence | None
    fields: tuple[str, ...] = ()

    @property
    def current(self) -> Occurrence:
        return self.new or self.old


def _differs(old: Occurrence, new: Occurrence) -> tuple[str, ...]:
    return tuple(name for name in COMPARED if getattr(old, name) != getattr(new, name))


def _by_key(page: EventPage | None, start: datetime, end: datetime) -> dict[str, Occurrence]:
    if page is None:
        return {}
    return {notice_key(occ): occ for occ in page_occurrences(page, start, end)}


def compare(old: EventPage | None, new: EventPage | None, *, now: datetime,
            horizon: timedelta) -> list[Change]:
    """The notices that publishing `new` over `old` calls for (either may be
    None: first publish, unpublish). Only occurrences that have not started
    and fall (before or after the change) within `horizon` are considered."""
    if old is None or (not is_meeting(old) and (new is None or not is_meeting(new))):
        return []
    series_cancelled = new is not None and new.status == EventStatus.CANCELLED
    far = now + horizon + timedelta(days=366)  # a date moved in from far away still matches
    before = _by_key(old, now, far)
    after = _by_key(new, now - timedelta(days=1), far)
    limit = now + horizon
    changes = []
    for key, was in sorted(before.items(), key=lambda item: item[1].start):
        now_is = after.get(key)
        in_reach = now < was.start <= limit or (now_is is not None and now < now_is.start <= limit)
        if not in_reach or was.start <= now:
            continue
        if was.is_cancelled:
            if now_is is not None and not now_is.is_cancelled and not series_cancelled:
                changes.append(Change("change", key, was, now_is, ("status",)))
            continue
        if now_is is None or now_is.is_cancelled:
            changes.append(Change("cancellation", key, was, now_is))
            continue
        fields = _differs(was, now_is)
        if fields:
            changes.append(Change("change", key, was, now_is, fields))
    return changes


def as_date(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value


def zone_of(name: str):
    return get_zone(name) or get_zone(settings.EVENTS_DEFAULT_TIME_ZONE)
