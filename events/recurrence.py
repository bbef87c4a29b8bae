"""Recurrence in plain terms (weekly; monthly on the Nth weekday or on a day;
until a date or N times) turned into an RFC 5545 RRULE, and its expansion.

The rule is expanded from a local start in the event's own zone, so a 6:00 pm
meeting stays at 6:00 pm across daylight-saving changes.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from dateutil.rrule import rrulestr
from django.db import models
from django.utils.dates import WEEKDAYS
from django.utils.translation import get_language, gettext, ngettext
from django.utils.translation import gettext_lazy as _

from .ordinal_forms import WEEKDAY_FORMS
from .zones import UTC, localize

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class Repeat(models.TextChoices):
    NONE = "", _("Does not repeat")
    WEEKLY = "weekly", _("Weekly, on the same weekday")
    MONTHLY_WEEKDAY = "monthly_weekday", _("Monthly, on the Nth weekday (e.g. second Wednesday)")
    MONTHLY_DAY = "monthly_day", _("Monthly, on the same day of the month")


class Ordinal(models.IntegerChoices):
    FIRST = 1, _("first")
    SECOND = 2, _("second")
    THIRD = 3, _("third")
    FOURTH = 4, _("fourth")
    LAST = -1, _("last")


def ordinal_of(day: date) -> int:
    """Which weekday of its month `day` is: 1..5."""
    return (day.day - 1) // 7 + 1


def is_last_weekday_of_month(day: date) -> bool:
    return day.day + 7 > calendar.monthrange(day.year, day.month)[1]


def schedule_errors(start_date: date, repeat: str, ordinal: int | None, until: date | None,
                    count: int | None) -> dict[str, str]:
    """Field errors for a schedule an editor entered, in their words."""
    errors = {}
    if not repeat:
        return errors
    if repeat == Repeat.MONTHLY_WEEKDAY and ordinal:
        if ordinal == Ordinal.LAST and not is_last_weekday_of_month(start_date):
            errors["repeat_ordinal"] = _("The start date is not the last of its weekday in the month.")
        elif ordinal != Ordinal.LAST and ordinal != ordinal_of(start_date):
            errors["repeat_ordinal"] = _(
                "The start date must itself be the chosen weekday of its month (it is the %(actual)s).")\
                % {"actual": Ordinal(ordinal_of(start_date)).label if ordinal_of(start_date) <= 4 else _("fifth")}
    if repeat == Repeat.MONTHLY_WEEKDAY and not ordinal and ordinal_of(start_date) == 5:
        errors["repeat_ordinal"] = _("A fifth weekday does not occur every month: choose “last”.")
    if until and count:
        errors["repeat_count"] = _("Give an end date or a number of times, not both.")
    if until and until < start_date:
        errors["repeat_until"] = _("The series cannot end before it starts.")
    return errors


def build_rrule(start_date: date, start_time: time | None, zone, repeat: str, *, interval: int = 1,
                ordinal: int | None = None, until: date | None = None, count: int | None = None) -> str:
    """The RRULE value (without the `RRULE:` prefix), or "" for a one-off event."""
    if not repeat:
        return ""
    weekday = WEEKDAY_CODES[start_date.weekday()]
    if repeat == Repeat.WEEKLY:
        parts = ["FREQ=WEEKLY", f"BYDAY={weekday}"]
    elif repeat == Repeat.MONTHLY_WEEKDAY:
        parts = ["FREQ=MONTHLY", f"BYDAY={ordinal or ordinal_of(start_date)}{weekday}"]
    elif repeat == Repeat.MONTHLY_DAY:
        parts = ["FREQ=MONTHLY", f"BYMONTHDAY={start_date.day}"]
    else:
        raise ValueError(f"unknown repeat {repeat!r}")
    if interval and interval > 1:
        parts.append(f"INTERVAL={interval}")
    if until:
        if start_time is None:
            parts.append(f"UNTIL={until:%Y%m%d}")
        else:
            # With a zoned DTSTART, UNTIL must be UTC (RFC 5545 3.3.10): the
            # last moment of the until day in the event's zone.
            last = localize(datetime.combine(until, time(23, 59, 59)), zone).astimezone(UTC)
            parts.append(f"UNTIL={last:%Y%m%dT%H%M%SZ}")
    elif count:
        parts.append(f"COUNT={count}")
    return ";".join(parts)


def expand(rule: str, dtstart: datetime | date, after: datetime | date, before: datetime | date,
           limit: int = 5000) -> list[datetime | date]:
    """Starts of the series `rule` from `dtstart` in [after, before).

    `dtstart` is aware (in the event's zone) or a date (all-day); the bounds
    are of the same kind.
    """
    if not rule:
        return [dtstart] if after <= dtstart < before else []
    all_day = not isinstance(dtstart, datetime)
    if all_day:
        start = datetime.combine(dtstart, time.min)
        lo = datetime.combine(after, time.min) if not isinstance(after, datetime) else after.replace(tzinfo=None)
        hi = datetime.combine(before, time.min) if not isinstance(before, datetime) else before.replace(tzinfo=None)
    else:
        start, lo, hi = dtstart, after, before
    # Widen by a day: gap normalisation can move a start by an hour.
    values = plain_starts(rule, start, lo - timedelta(days=1), hi + timedelta(days=1))
    if values is None:
        # Keyed on the wall-clock start and its zone: aware datetimes compare
        # by instant, and one instant in two zones repeats differently.
        rule_set = _parsed(rule, start.replace(tzinfo=None), start.tzinfo)
        values = rule_set.between(lo - timedelta(days=1), hi + timedelta(days=1), inc=True)
    result = []
    for value in values:
        value = value.date() if all_day else localize(value.replace(tzinfo=None), dtstart.tzinfo)
        if (after <= value < before) if not all_day else (_as_date(after) <= value < _as_date(before)):
            result.append(value)
        if len(result) >= limit:
            break
    return result


WEEKDAY_INDEX = {code: index for index, code in enumerate(WEEKDAY_CODES)}
PLAIN_PARTS = {"FREQ", "BYDAY", "BYMONTHDAY", "INTERVAL", "UNTIL", "COUNT"}


def plain_starts(rule: str, start: datetime, after: datetime, before: datetime) -> list[datetime] | None:
    """The starts of `rule` from `start` in [after, before], as dateutil's
    rrule.between(after, before, inc=True) gives them (wall-clock times
    with the start's zone), for the rules build_rrule writes: weekly on the
    start's weekday, monthly on the Nth or last weekday or on a day, every
    INTERVAL, until a date or COUNT times. None for any other rule (dateutil
    expands it). dateutil spent 7 µs a date, most of a listing's expansion;
    this jumps straight to the window and computes each date."""
    parts = dict(part.partition("=")[::2] for part in rule.split(";"))
    if not parts.keys() <= PLAIN_PARTS or not parts.get("INTERVAL", "1").isdigit():
        return None
    interval = int(parts.get("INTERVAL") or 1)
    count = int(parts["COUNT"]) if parts.get("COUNT", "").isdigit() else None
    until = _until(parts.get("UNTIL"), start)
    if interval < 1 or ("COUNT" in parts and count is None) or until is False:
        return None
    if parts.get("FREQ") == "WEEKLY" and parts.get("BYDAY") == WEEKDAY_CODES[start.weekday()] \
            and "BYMONTHDAY" not in parts:
        period = 7 * interval
        first = 0 if count is not None else max(0, (after - start).days // period - 1)
        candidates = (start + timedelta(days=period * index) for index in range(first, 1 << 20))
    elif parts.get("FREQ") == "MONTHLY" and ("BYDAY" in parts) != ("BYMONTHDAY" in parts):
        day_of = _monthly_day(parts)
        if day_of is None:
            return None
        months = (after.year - start.year) * 12 + after.month - start.month
        first = 0 if count is not None else max(0, months // interval - 1)
        candidates = _monthly(start, day_of, interval, first)
    else:
        return None
    found, made = [], 0
    for value in candidates:
        if value > before or (until is not None and value > until) or (count is not None and made >= count):
            break
        if value < start:
            continue
        made += 1
        if value >= after:
            found.append(value)
    return found


def _until(value: str | None, start: datetime):
    """UNTIL as dateutil compares it with `start`'s dates, None when absent,
    False when this module does not read it (dateutil then decides)."""
    if value is None:
        return None
    try:
        if len(value) == 8 and start.tzinfo is None:
            return datetime.strptime(value, "%Y%m%d")
        if len(value) == 16 and value.endswith("Z") and start.tzinfo is not None:
            return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        pass
    return False


def _monthly_day(parts: dict):
    """A function (year, month) -> the rule's day that month, or None where
    it has none (the 31st in April); None for a rule this module does not read."""
    if "BYMONTHDAY" in parts:
        day = int(parts["BYMONTHDAY"]) if parts["BYMONTHDAY"].isdigit() else 0
        if not 1 <= day <= 31:
            return None
        return lambda year, month: day if day <= calendar.monthrange(year, month)[1] else None
    code = parts["BYDAY"]
    ordinal, weekday = code[:-2], WEEKDAY_INDEX.get(code[-2:])
    if weekday is None or ordinal not in ("1", "2", "3", "4", "-1"):
        return None
    ordinal = int(ordinal)

    def day_of(year, month):
        first_weekday, length = calendar.monthrange(year, month)
        first = 1 + (weekday - first_weekday) % 7
        if ordinal > 0:
            return first + 7 * (ordinal - 1)
        return first + 7 * ((length - first) // 7)

    return day_of


def _monthly(start: datetime, day_of, interval: int, first: int):
    """Candidate starts month by month (every `interval` months from the
    start's), from the `first`th period on; months without the day are skipped."""
    origin = start.year * 12 + start.month - 1
    for index in range(first, 1 << 20):
        year, month = divmod(origin + interval * index, 12)
        month += 1
        if year > 9999:
            return
        day = day_of(year, month)
        if day is not None:
            yield start.replace(year=year, month=month, day=day)


@lru_cache(maxsize=4096)
def _parsed(rule: str, wall_start: datetime, zone):
    """A series' rule, parsed once per process: a listing expands a few
    hundred series per render, and parsing was a tenth of it. The rule
    objects keep no state between uses (dateutil's cache is off)."""
    return rrulestr(rule, dtstart=wall_start.replace(tzinfo=zone))


def _as_date(value):
    return value.date() if isinstance(value, datetime) else value


# Languages whose weekday names keep a capital mid-sentence; Django's own
# catalogues capitalise them in some others (Italian, Ukrainian).
CAPITALISED_WEEKDAYS = {"en", "de"}


def describe(repeat: str, start_date: date, *, interval: int = 1, ordinal: int | None = None) -> str:
    """A reader's description of the schedule: "Monthly on the second Wednesday"."""
    weekday = str(WEEKDAYS[start_date.weekday()])
    if (get_language() or "en").split("-")[0] not in CAPITALISED_WEEKDAYS:
        weekday = weekday.lower()
    if repeat == Repeat.WEEKLY:
        if interval > 1:
            return ngettext("Every %(n)s week on %(weekday)s", "Every %(n)s weeks on %(weekday)s", interval) % {
                "n": interval, "weekday": weekday}
        return gettext("Weekly on %(weekday)s") % {"weekday": weekday}
    if repeat == Repeat.MONTHLY_WEEKDAY:
        sentence, ordinals = WEEKDAY_FORMS[start_date.weekday()]
        return str(sentence) % {"ordinal": ordinals[ordinal or ordinal_of(start_date)], "weekday": weekday}
    if repeat == Repeat.MONTHLY_DAY:
        return gettext("Monthly on day %(day)s") % {"day": start_date.day}
    return ""
