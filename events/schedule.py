"""When an event happens, read from its fields: shared by the event page and
by the plain rows a listing reads (events.occurrences.PageRow), so both give
the same times."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.conf import settings
from django.utils.functional import cached_property

from .zones import default_zone_name, get_zone, localize


class Schedule:
    """Needs start_date, start_time, end_date, end_time, time_zone and
    translation_key."""

    @property
    def all_day(self) -> bool:
        return self.start_time is None

    @property
    def zone(self):
        return get_zone(self.time_zone) or get_zone(default_zone_name())

    @property
    def dtstart(self) -> datetime | date:
        if self.all_day:
            return self.start_date
        return localize(datetime.combine(self.start_date, self.start_time), self.zone)

    @property
    def duration(self) -> timedelta:
        """Length of one occurrence, in wall-clock terms."""
        end_date = self.end_date or self.start_date
        if self.all_day:
            return timedelta(days=max((end_date - self.start_date).days, 0) + 1)
        if self.end_time is None:
            return timedelta(hours=1) if end_date == self.start_date else end_date - self.start_date
        start = datetime.combine(self.start_date, self.start_time)
        end = datetime.combine(end_date, self.end_time)
        return max(end - start, timedelta(0))

    @cached_property
    def uid(self) -> str:
        # translation_key is shared by an event's translations and survives
        # moves and renames: one event, one UID, in every language's feed.
        return f"{self.translation_key}@{settings.EVENTS_UID_DOMAIN}"
