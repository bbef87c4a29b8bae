"""How many places an event has on each date, and how many are taken. A
registration for the whole series takes a place on every date; one for a
single date, on that date only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import F, Sum, Value
from django.utils import timezone
from wagtail.models import Locale

from events import occurrences
from events.models import EventPage, EventStatus

from .models import OccurrencePlaces, Registration

# How far ahead a series registration must find room (the page lists as far).
HORIZON_DAYS = 400
MAX_DATES = 12


def source_page(page: EventPage) -> EventPage:
    """The event in the default language: its translations share one list."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return page
    return EventPage.objects.filter(translation_key=page.translation_key, locale=default).first() or page


def original_date(occ) -> date:
    """The date an occurrence had in its series (a moved date keeps it)."""
    original = occ.extra.get("original_start") or occ.start
    return original.date() if isinstance(original, datetime) else original


@dataclass(frozen=True)
class DateChoice:
    """One date a reader can register for."""

    day: date
    occurrence: object  # events.occurrences.Occurrence


def upcoming_dates(page: EventPage, *, now: datetime | None = None, occs=None) -> list[DateChoice]:
    """The coming dates of a series that are held (not cancelled), at most MAX_DATES."""
    if not page.rrule:
        return []
    now = now or timezone.now()
    if occs is None:
        occs = occurrences.page_occurrences(page, now - timedelta(hours=12), now + timedelta(days=HORIZON_DAYS))
    held = [occ for occ in occs if occ.end > now and occ.status == EventStatus.CONFIRMED]
    return [DateChoice(original_date(occ), occ) for occ in sorted(held, key=lambda o: o.start)[:MAX_DATES]]


class Counts:
    """Places taken and offered per date of one event, read in one query."""

    def __init__(self, page: EventPage, *, translation_key=None):
        """`translation_key`: count for any translation of the event (rows
        belong to the default language's page) without looking that page up."""
        self.page = page
        event = {"event__translation_key": translation_key} if translation_key else {"event": page}
        taken = (Registration.objects.filter(status=Registration.Status.GOING, **event).order_by()
                 .values_list("occurrence_date").annotate(n=Sum(F("guests") + 1), taken=Value(True)))
        offered = (OccurrencePlaces.objects.filter(**event).order_by()
                   .values_list("occurrence_date", "capacity").annotate(taken=Value(False)))
        self.taken_by_date, self.overrides = {}, {}
        # One query for both: an event page shows these to every reader.
        for day, number, is_taken in taken.union(offered, all=True):
            (self.taken_by_date if is_taken else self.overrides)[day] = number or 0

    def capacity(self, day: date | None) -> int | None:
        if day is not None and day in self.overrides:
            return self.overrides[day]
        return self.page.capacity

    def taken(self, day: date | None) -> int:
        """Places taken on a date (the series' registrants come to every date)."""
        series = self.taken_by_date.get(None, 0)
        return series if day is None else series + self.taken_by_date.get(day, 0)

    def left(self, day: date | None) -> int | None:
        capacity = self.capacity(day)
        return None if capacity is None else max(capacity - self.taken(day), 0)

    def dates_of(self, registration: Registration, dates: list[DateChoice]) -> list[date | None]:
        if registration.occurrence_date is not None:
            return [registration.occurrence_date]
        return [choice.day for choice in dates] or [None]

    def fits(self, registration: Registration, dates: list[DateChoice], *, places: int | None = None,
             already: int = 0) -> bool:
        """Whether `places` (the registration's own by default) fit on each of
        its dates, `already` of them being taken by it now."""
        places = registration.places if places is None else places
        for day in self.dates_of(registration, dates):
            capacity = self.capacity(day)
            if capacity is not None and self.taken(day) - already + places > capacity:
                return False
        return True

    def take(self, registration: Registration, places: int) -> None:
        day = registration.occurrence_date
        self.taken_by_date[day] = self.taken_by_date.get(day, 0) + places
