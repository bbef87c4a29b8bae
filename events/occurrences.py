"""Every occurrence in a window, from the association's own pages and the
outside calendars synced in, as one sorted list of plain objects.

    occurrences.between(start, end, committee="kaniv")

is what listings, feeds and meeting notices enumerate. An occurrence's `key`
is stable: the event's UID and its recurrence id (original start in UTC, or
the date for all-day events; "" for a one-off event).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS
from django.db.models import Exists, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.fields import StreamField
from wagtail.models import Page

from core.visibility import public
from people.models import Committee

from .models import EventException, EventIndexPage, EventPage, EventStatus, ImportedEvent
from .recurrence import expand
from .schedule import Schedule
from .zones import UTC, day_start, get_zone, localize, utc_stamp


@dataclass
class Occurrence:
    uid: str
    recurrence_id: str
    start: datetime  # aware, in the event's zone
    end: datetime
    all_day: bool
    zone: str
    title: str
    status: str = EventStatus.CONFIRMED
    venue_name: str = ""
    venue_address: str = ""
    virtual_url: str = ""
    sequence: int = 0
    category: str = ""
    summary: str = ""
    note: str = ""
    moved: bool = False
    zone_guessed: bool = False
    committee: object = None
    # The event's page, or the row it is read from (see PageRow).
    origin: EventPage | PageRow | None = None
    imported: ImportedEvent | None = None
    extra: dict = field(default_factory=dict)

    @property
    def page(self) -> EventPage | None:
        return self.origin.page if isinstance(self.origin, PageRow) else self.origin

    @property
    def city(self):
        """The partner city it is about: named on the event, else its
        committee's. Read when asked: a listing never shows it, and joining
        every event's city page was a third of a listing's render."""
        if self.page is not None:
            page = self.page
            return page.city or (page.committee.city if page.committee_id and page.committee else None)
        return self.committee.city if self.committee is not None else None

    @property
    def key(self) -> str:
        return f"{self.uid}/{self.recurrence_id}"

    @property
    def is_cancelled(self) -> bool:
        return self.status == EventStatus.CANCELLED

    @property
    def is_postponed(self) -> bool:
        return self.status == EventStatus.POSTPONED

    @property
    def is_imported(self) -> bool:
        return self.imported is not None

    @property
    def source(self) -> str:
        """Where it comes from: "" for the association's own events, else the feed's name."""
        return self.imported.feed.name if self.imported is not None else ""

    @property
    def start_date(self) -> date:
        return self.start.date()

    @property
    def last_date(self) -> date:
        """The last day it runs on (for all-day events the end is exclusive)."""
        if self.all_day:
            return (self.end - timedelta(days=1)).date() if self.end > self.start else self.start.date()
        return self.end.date()

    @property
    def is_hybrid(self) -> bool:
        return bool(self.venue_name and self.virtual_url)

    def __reduce__(self):
        # Its values in field order, not a dict of them: listings kept in the
        # shared cache (events/listed.py) load hundreds, three times faster.
        return Occurrence, tuple(getattr(self, name) for name in FIELD_NAMES)


FIELD_NAMES = tuple(f.name for f in fields(Occurrence))


class PageRow(Schedule):
    """An event page's fields as a listing reads them, standing in for the
    page: making an EventPage costs ten times reading its row, and a listing
    of a few hundred events shows fifty. The page itself is made from the
    same row (no query) when something asks for it."""

    def __init__(self, names: tuple[str, ...], values: tuple, committee):
        self.__dict__.update(zip(names, values, strict=True))
        self._names, self._values, self.committee = names, values, committee
        self._page = None

    def __reduce__(self):
        # The row as read, without the attributes made from it or the page.
        return PageRow, (self._names, self._values, self.committee)

    @property
    def pk(self) -> int:
        return self.id

    def get_url(self, request=None) -> str | None:
        return self.page.get_url(request)

    def reverse_subpage(self, name: str, args=None) -> str:
        """As the page's: a routable page's routes are its class's."""
        return EventPage.get_resolver().reverse(name, *(args or ()))

    @property
    def page(self) -> EventPage:
        if self._page is None:
            self._page = EventPage.from_db(DEFAULT_DB_ALIAS, self._names, self._values)
            # As select_related("committee") leaves it: no query for the committee.
            EventPage.committee.field.set_cached_value(self._page, self.committee)
        return self._page


# What a PageRow reads: the page's columns but its StreamFields (which no
# occurrence shows), as EventPage.objects.defer_streamfields() would.
ROW_FIELDS = tuple(f.attname for f in EventPage._meta.concrete_fields if not isinstance(f, StreamField))
COMMITTEE_FIELDS = tuple(f.attname for f in Committee._meta.concrete_fields)


# Occurrences kept in the shared cache are stored under keys that name this
# shape (the dataclass's fields, the columns a row carries): after a deploy
# that changes either, no process reads what an earlier release stored.
SHAPE = hashlib.sha256(repr((FIELD_NAMES, ROW_FIELDS, COMMITTEE_FIELDS)).encode()
                       ).hexdigest()[:8]


def _rows(pages) -> list[PageRow]:
    """The pages of a queryset as PageRows, with their committees (one
    instance each, as select_related would give)."""
    committees = {}
    rows = []
    width = len(ROW_FIELDS)
    for values in pages.values_list(*ROW_FIELDS, *(f"committee__{name}" for name in COMMITTEE_FIELDS)):
        page_values, committee_values = values[:width], values[width:]
        committee = None
        if committee_values[0] is not None:
            committee = committees.get(committee_values[0])
            if committee is None:
                committee = committees[committee_values[0]] = Committee.from_db(
                    DEFAULT_DB_ALIAS, COMMITTEE_FIELDS, committee_values)
        rows.append(PageRow(ROW_FIELDS, page_values, committee))
    return rows


def aware_window(start: datetime | date, end: datetime | date) -> tuple[datetime, datetime]:
    """The window as aware datetimes (a date is its midnight in UTC)."""
    if not isinstance(start, datetime):
        start = datetime.combine(start, time.min, tzinfo=UTC)
    if not isinstance(end, datetime):
        end = datetime.combine(end, time.min, tzinfo=UTC)
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("between() needs aware datetimes or dates")
    return start, end


def _committee_q(committee, prefix: str) -> Q:
    if hasattr(committee, "pk"):
        return Q(**{f"{prefix}committee": committee})
    return Q(**{f"{prefix}committee__slug": committee})


def _city_q(city, prefix: str) -> Q:
    if hasattr(city, "translation_key"):
        # Any language's page of the city: a committee names its city once.
        key = city.translation_key
        return Q(**{f"{prefix}city__translation_key": key}) | Q(**{f"{prefix}committee__city__translation_key": key})
    if hasattr(city, "pk"):
        return Q(**{f"{prefix}city": city}) | Q(**{f"{prefix}committee__city": city})
    return Q(**{f"{prefix}city__slug": city}) | Q(**{f"{prefix}committee__city__slug": city})


def event_pages(*, index: EventIndexPage | None = None, committee=None, city=None,
                category: str | tuple[str, ...] | None = None):
    """Live, public event pages (optionally under one index), filtered;
    `category` is one category or a tuple of them."""
    # The committee only: an occurrence reads its city when asked (Occurrence.city).
    pages = public(EventPage.objects.live()).select_related("committee")
    pages = pages.filter(_under(index) if index is not None else _one_per_event())
    if committee:
        pages = pages.filter(_committee_q(committee, ""))
    if city:
        pages = pages.filter(_city_q(city, ""))
    if category:
        pages = pages.filter(category__in=(category,) if isinstance(category, str) else category)
    return pages


def _one_per_event() -> Q:
    """Each event once, however many languages it is in: its default-language
    page, or a translation only where it has none live."""
    # EXISTS, looked up per translated row (by Wagtail's translation key and
    # locale index), not IN, which hashed every default-language event first.
    source = EventPage.objects.live().filter(translation_key=OuterRef("translation_key"),
                                             locale__language_code=settings.LANGUAGE_CODE)
    return Q(locale__language_code=settings.LANGUAGE_CODE) | ~Exists(source)


def _under(index: EventIndexPage) -> Q:
    """The events of an index: its own children and, for a translated index,
    those of its default-language source not translated there yet (readers
    get them as they are, with the fallback notice). Subqueries, so no
    query more than for the index's own children."""
    own = Q(path__startswith=index.path, depth=index.depth + 1)
    source = (Page.objects.filter(translation_key=index.translation_key, locale__language_code=settings.LANGUAGE_CODE)
              .exclude(pk=index.pk).values("path")[:1])
    translated_here = EventPage.objects.filter(own).values("translation_key")
    return own | (Q(path__startswith=Subquery(source), depth=index.depth + 1)
                  & ~Q(translation_key__in=translated_here))


def imported_events(*, index: EventIndexPage | None = None, committee=None, city=None,
                    category: str | tuple[str, ...] | None = None):
    rows = ImportedEvent.objects.select_related("feed", "feed__committee", "feed__committee__city")
    if index is not None:
        rows = rows.filter(feed__index=index)
    if committee:
        rows = rows.filter(_committee_q(committee, "feed__"))
    if city:
        if hasattr(city, "translation_key"):
            by_city = Q(feed__committee__city__translation_key=city.translation_key)
        elif hasattr(city, "pk"):
            by_city = Q(feed__committee__city=city)
        else:
            by_city = Q(feed__committee__city__slug=city)
        rows = rows.filter(by_city)
    if category:
        # Outside calendars carry no category of ours: a category filter shows only our own.
        rows = rows.none()
    return rows


def between(start: datetime | date, end: datetime | date, *, committee=None, city=None,
            category: str | tuple[str, ...] | None = None,
            index: EventIndexPage | None = None, include_imported: bool = True,
            include_cancelled: bool = True) -> list[Occurrence]:
    """Occurrences overlapping [start, end), sorted by start.

    `committee` is a Committee or its slug, `city` a CityProfilePage or its
    slug (it matches events of the city's committees too).
    """
    start, end = aware_window(start, end)
    first_day = start.date() - timedelta(days=2)
    # A subquery, not a join: a join needs DISTINCT, which PostgreSQL pays
    # for by comparing whole rows (StreamField bodies included).
    moved_in = EventException.objects.filter(action=EventException.Action.MOVED,
                                             new_start_date__gte=first_day).values("page_id")
    # An occurrence never shows its page's body or questions (the event's
    # own page reads them afresh): decoding them for every event of the
    # window was most of a listing's render.
    pages = (event_pages(index=index, committee=committee, city=city, category=category)
             .alias(last_day=Coalesce("end_date", "start_date"))
             .filter(start_date__lte=end.date() + timedelta(days=1))
             .filter(Q(rrule="", last_day__gte=first_day)
                     | (~Q(rrule="") & (Q(repeat_until__isnull=True) | Q(repeat_until__gte=first_day)))
                     | Q(pk__in=moved_in)))
    pages = _rows(pages)
    exceptions = _exceptions_of(pages)
    result = []
    for page in pages:
        result.extend(page_occurrences(page, start, end, exceptions.get(page.pk, ())))
    if include_imported:
        rows = imported_events(index=index, committee=committee, city=city, category=category)
        for row in rows.filter(start__lt=end, end__gt=start):
            result.append(imported_occurrence(row))
    if not include_cancelled:
        result = [occ for occ in result if not occ.is_cancelled]
    result.sort(key=lambda occ: (occ.start.astimezone(UTC), occ.title, occ.key))
    return result


def _exceptions_of(pages: list[PageRow]) -> dict[int, list[EventException]]:
    """The pages' exceptions by page id, in one query as prefetch_related
    would make, without it: reading a prefetched child relation through
    modelcluster's manager clones a queryset per page, a fifth of a
    listing's render."""
    found = {}
    if pages:
        for exc in EventException.objects.filter(page__in=[page.pk for page in pages]):
            found.setdefault(exc.page_id, []).append(exc)
    return found


def upcoming(*, now: datetime | None = None, days: int = 60, limit: int | None = None, **filters) -> list[Occurrence]:
    now = now or timezone.now()
    found = [occ for occ in between(now, now + timedelta(days=days), **filters) if occ.end > now]
    return found[:limit] if limit else found


def next_of_page(page: EventPage, *, now: datetime | None = None, days: int = 400) -> Occurrence | None:
    """The event's next occurrence that is not over and not cancelled, or None."""
    now = now or timezone.now()
    found = [occ for occ in page_occurrences(page, now - timedelta(days=1), now + timedelta(days=days))
             if occ.end > now and not occ.is_cancelled]
    return min(found, key=lambda occ: occ.start.astimezone(UTC), default=None)


# --- the association's own events --------------------------------------------

def _occurrence_from_page(page: EventPage, start: datetime, end: datetime, recurrence_id: str) -> Occurrence:
    return Occurrence(
        uid=page.uid, recurrence_id=recurrence_id, start=start, end=end, all_day=page.all_day,
        zone=page.time_zone, title=page.title, status=page.status, venue_name=page.venue_name,
        venue_address=page.venue_address, virtual_url=page.virtual_url, sequence=page.sequence,
        category=page.category, summary=page.summary, committee=page.committee, origin=page,
    )


def _span(page: EventPage, local_start: datetime | date) -> tuple[datetime, datetime]:
    """Aware start and end of one occurrence starting at `local_start`."""
    zone = page.zone
    if isinstance(local_start, datetime):
        naive = local_start.replace(tzinfo=None)
        return localize(naive, zone), localize(naive + page.duration, zone)
    return day_start(local_start, zone), day_start(local_start + page.duration, zone)


def _moved_span(page: EventPage, original: datetime | date, exc: EventException) -> tuple[datetime, datetime]:
    zone = page.zone
    new_date = exc.new_start_date or (original.date() if isinstance(original, datetime) else original)
    if page.all_day and not exc.new_start_time:
        return _span(page, new_date)
    start_time = exc.new_start_time or (original.time() if isinstance(original, datetime) else time(9))
    start = datetime.combine(new_date, start_time)
    if exc.new_end_time:
        end = datetime.combine(new_date, exc.new_end_time)
        if end <= start:
            end += timedelta(days=1)
    else:
        end = start + (page.duration if not page.all_day else timedelta(hours=1))
    return localize(start, zone), localize(end, zone)


def series_starts(page: EventPage, after: datetime, before: datetime) -> list[datetime | date]:
    """Original starts of the series (before any exception) in [after, before)."""
    if page.all_day:
        zone = page.zone
        return expand(page.rrule, page.start_date, after.astimezone(zone).date(),
                      before.astimezone(zone).date() + timedelta(days=1))
    return expand(page.rrule, page.dtstart, after, before)


def original_start(page: EventPage, original_date: date) -> datetime | date | None:
    """The series' start on `original_date`, or None when the series has no occurrence that day."""
    if page.all_day:
        found = expand(page.rrule, page.start_date, original_date, original_date + timedelta(days=1))
    else:
        lo = day_start(original_date, page.zone)
        found = expand(page.rrule, page.dtstart, lo, day_start(original_date + timedelta(days=1), page.zone))
    return found[0] if found else None


def page_occurrences(page: EventPage | PageRow, start: datetime, end: datetime, exceptions=None) -> list[Occurrence]:
    """`exceptions` are the page's, when the caller has read them already
    (else the page's own, a revision's unsaved ones included)."""
    exceptions = {exc.original_date: exc for exc in (page.exceptions.all() if exceptions is None else exceptions)}
    duration = page.duration if not page.all_day else timedelta(days=page.duration.days)
    result = []
    seen = set()
    for original in series_starts(page, start - duration - timedelta(days=1), end):
        original_day = original.date() if isinstance(original, datetime) else original
        rid = utc_stamp(original) if page.rrule else ""
        exc = exceptions.get(original_day) if page.rrule else None
        seen.add(original_day)
        if exc is None:
            occ_start, occ_end = _span(page, original)
            occ = _occurrence_from_page(page, occ_start, occ_end, rid)
        else:
            occ = _exception_occurrence(page, original, exc, rid)
            if occ is None:
                continue
        if occ.start < end and occ.end > start:
            result.append(occ)
    # A date moved into the window from outside it.
    for day, exc in exceptions.items():
        if exc.action != EventException.Action.MOVED or day in seen or not page.rrule:
            continue
        original = original_start(page, day)
        if original is None:
            continue
        occ = _exception_occurrence(page, original, exc, utc_stamp(original))
        if occ.start < end and occ.end > start:
            result.append(occ)
    return result


def occurrence_on(page: EventPage, original_date: date) -> Occurrence | None:
    """The occurrence the series has on `original_date` (its date before any
    change), as changed by that date's exception; None when the series has no
    such date or the date was removed. Reads the page's exceptions as given
    (a revision's unsaved ones too), expands nothing beyond that one day."""
    if not page.rrule:
        return None
    original = original_start(page, original_date)
    if original is None:
        return None
    exc = next((e for e in page.exceptions.all() if e.original_date == original_date), None)
    rid = utc_stamp(original)
    if exc is None:
        start, end = _span(page, original)
        return _occurrence_from_page(page, start, end, rid)
    return _exception_occurrence(page, original, exc, rid)


def _exception_occurrence(page, original, exc, rid) -> Occurrence | None:
    if exc.action == EventException.Action.REMOVED:
        return None
    if exc.action == EventException.Action.CANCELLED:
        occ_start, occ_end = _span(page, original)
        occ = _occurrence_from_page(page, occ_start, occ_end, rid)
        occ.status = EventStatus.CANCELLED
    else:
        occ_start, occ_end = _moved_span(page, original, exc)
        occ = _occurrence_from_page(page, occ_start, occ_end, rid)
        occ.moved = True
        if exc.new_venue_name:
            occ.venue_name, occ.venue_address = exc.new_venue_name, ""
    occ.note = exc.note
    occ.extra["exception"] = exc
    occ.extra["original_start"] = original
    return occ


# --- outside calendars ---------------------------------------------------------

def imported_occurrence(row: ImportedEvent) -> Occurrence:
    zone = get_zone(row.zone) or get_zone(row.feed.default_time_zone) or UTC
    if row.all_day and row.start_date:
        start = day_start(row.start_date, zone)
        end = day_start(row.end_date or row.start_date + timedelta(days=1), zone)
    else:
        start, end = row.start.astimezone(zone), row.end.astimezone(zone)
    committee = row.feed.committee
    return Occurrence(
        uid=row.uid, recurrence_id=row.recurrence_id, start=start, end=end, all_day=row.all_day,
        zone=str(zone.key) if hasattr(zone, "key") else "UTC", title=row.title,
        status=EventStatus.CANCELLED if row.status == ImportedEvent.Status.CANCELLED else EventStatus.CONFIRMED,
        venue_name=row.location, virtual_url=row.virtual_url, sequence=row.sequence, summary=row.description[:300],
        zone_guessed=row.zone_guessed, committee=committee, imported=row,
    )


def snapshot(occ: Occurrence | None) -> dict | None:
    """An occurrence as plain data (kept with a notice, compared, formatted
    by dates.span), or None."""
    if occ is None:
        return None
    return {
        "start": occ.start.isoformat(), "end": occ.end.isoformat(), "all_day": occ.all_day, "zone": occ.zone,
        "title": occ.title, "venue_name": occ.venue_name, "venue_address": occ.venue_address,
        "virtual_url": occ.virtual_url, "status": occ.status, "recurrence_id": occ.recurrence_id,
        "note": occ.note,
    }
