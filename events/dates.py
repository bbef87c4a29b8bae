"""Event dates and times in the reader's language: Django's localized
formats (DATE_FORMAT, TIME_FORMAT, ...) rather than fixed English patterns,
so a French reader sees "jeudi 26 novembre 2026" and a Japanese reader
"2026年11月26日（木曜日）". Values are formatted as given: the caller picks
the zone (the templates turn `localtime` off and pass the zone they mean)."""

from django.utils.formats import date_format, time_format
from django.utils.translation import pgettext


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
