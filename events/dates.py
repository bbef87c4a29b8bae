"""Event dates and times in the reader's language: Django's localized
formats (DATE_FORMAT, TIME_FORMAT, ...) rather than fixed English patterns,
so a French reader sees "jeudi 26 novembre 2026" and a Japanese reader
"2026年11月26日（木曜日）". Values are formatted as given: the caller picks
the zone (the templates turn `localtime` off and pass the zone they mean)."""

from datetime import datetime

from django.utils.formats import date_format, time_format
from django.utils.translation import pgettext

from .zones import UTC, get_zone


def day(value) -> str:
    """Weekday and date: "Thursday, Nov. 26, 2026"."""
    return pgettext("event date", "%(weekday)s, %(date)s") % {
        "weekday": date_format(value, "l"), "date": date_format(value, "DATE_FORMAT")}


def at(date_text: str, value) -> str:
    """A date already written, then the time of `value`."""
    return pgettext("event date and time", "%(date)s, %(time)s") % {
        "date": date_text, "time": time_format(value, "TIME_FORMAT")}


def day_time(value) -> str:
    return at(day(value), value)


def month_day_time(value) -> str:
    """Without weekday and year, for a second date close to the first."""
    return at(date_format(value, "MONTH_DAY_FORMAT"), value)


def clock(value) -> str:
    return time_format(value, "TIME_FORMAT")


def clock_zone(value) -> str:
    """The time and the zone's abbreviation: "6 p.m. PST", "18:00 PST"."""
    return f"{clock(value)} {date_format(value, 'T')}"


def month(value) -> str:
    """A month heading: "November 2026", "novembre 2026", "2026年11月"."""
    return date_format(value, "YEAR_MONTH_FORMAT")


# --- An occurrence as mail gives it (occurrences.snapshot), in a chosen zone ---
def _in_zone(info: dict, zone_name: str):
    zone = get_zone(zone_name) or get_zone(info["zone"]) or UTC
    start = datetime.fromisoformat(info["start"]).astimezone(zone)
    end = datetime.fromisoformat(info["end"]).astimezone(zone)
    return zone, start, end


def _zone_label(zone) -> str:
    return str(zone.key).replace("_", " ") if hasattr(zone, "key") else "UTC"


def span(info: dict, zone_name: str) -> str:
    """"Wednesday, November 13, 2024, 6:00 p.m. – 7:45 p.m. (America/Los Angeles)" in the
    active language, in `zone_name` (else the occurrence's own zone)."""
    zone, start, end = _in_zone(info, zone_name)
    if info.get("all_day"):
        return pgettext("meeting notice", "%(weekday)s, %(date)s (all day)") % {
            "weekday": date_format(start, "l"), "date": date_format(start, "DATE_FORMAT")}
    end_text = time_format(end, "TIME_FORMAT")
    if end.date() != start.date():
        end_text = date_format(end, "DATE_FORMAT") + " " + end_text
    return pgettext("meeting notice", "%(weekday)s, %(date)s, %(start)s – %(end)s (%(zone)s)") % {
        "weekday": date_format(start, "l"), "date": date_format(start, "DATE_FORMAT"),
        "start": time_format(start, "TIME_FORMAT"), "end": end_text, "zone": _zone_label(zone)}


def span_times(info: dict, zone_name: str) -> str:
    """"6:00 p.m. – 7:45 p.m. (America/Los Angeles)": a series' time of day."""
    zone, start, end = _in_zone(info, zone_name)
    if info.get("all_day"):
        return pgettext("meeting notice", "all day")
    return pgettext("meeting notice", "%(start)s – %(end)s (%(zone)s)") % {
        "start": time_format(start, "TIME_FORMAT"), "end": time_format(end, "TIME_FORMAT"),
        "zone": _zone_label(zone)}


def span_day(info: dict, zone_name: str) -> str:
    """The occurrence's day, with its weekday, in `zone_name`."""
    _zone, start, _end = _in_zone(info, zone_name)
    return date_format(start, "l") + ", " + date_format(start, "DATE_FORMAT")
