"""The occurrences a listing shows, shared by every process between changes.

Expanding every series of a window was most of an events page's render, and
a reader's filter, page number or time zone is a query string of its own,
so a miss of the page cache. The occurrences of the window widened to whole
days (UTC) are kept under a key naming everything they are made of: their
shape, the page cache's generation (bumped by a publish, an unpublish, a
move, a watched snippet), the feeds' version (bumped by a sync that wrote
rows), the index and the filters. A read cuts the list to the window asked
for, by the same overlap rule `occurrences.between` applies, so the answer
is the same and time passing needs no purge.

They are kept as an index of their bounds and chunks of `CHUNK`: a listing
shows fifty of a year's eight hundred, and loading them all was a third
of its render. A read cuts by the bounds and loads only the chunks it shows.
"""

import secrets
from array import array
from collections.abc import Sequence
from datetime import datetime, time, timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from core.cache import changed_key

from . import feedcache, occurrences
from .occurrences import Occurrence
from .zones import UTC

CHUNK = 50
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)


def between(start, end, *, index=None, committee=None, city=None, category=None,
            include_imported: bool = True, include_cancelled: bool = True) -> "Listed":
    """As `occurrences.between` (the same arguments and the same answer, as a
    sequence that loads what is read of it)."""
    start, end = occurrences.aware_window(start, end)
    first = datetime.combine(start.astimezone(UTC).date(), time.min, tzinfo=UTC)
    last = datetime.combine(end.astimezone(UTC).date(), time.min, tzinfo=UTC)
    if last < end:
        last += timedelta(days=1)
    key = changed_key("listed-chunks", occurrences.SHAPE, feedcache.version(), first.date(), last.date(),
                      getattr(index, "pk", ""), _name(committee), _name(city), _name(category),
                      int(include_imported), int(include_cancelled))

    def compute():
        return occurrences.between(first, last, index=index, committee=committee, city=city, category=category,
                                   include_imported=include_imported, include_cancelled=include_cancelled)

    return Listed(key, compute, _micros(start), _micros(end))


class Listed(Sequence):
    """The occurrences overlapping a window, in order. Their bounds come from
    the shared cache at once; an occurrence is loaded with its chunk when it
    is read. A chunk gone from the cache (evicted) has the whole list made
    again and kept anew."""

    def __init__(self, key: str, compute, start: int, end: int):
        self._key, self._compute, self._window = key, compute, (start, end)
        self._chunks: dict[int, list[Occurrence]] = {}
        stored = cache.get(key)
        if stored is None:
            self._keep(compute())
        else:
            self._token, bounds = stored
            self._cut(bounds)

    def _keep(self, found: list[Occurrence]) -> None:
        """Store the list as its chunks, then its index (which names them)."""
        self._token = secrets.token_hex(4)
        self._chunks = {number: found[number * CHUNK:(number + 1) * CHUNK]
                        for number in range(-(-len(found) // CHUNK))}
        bounds = array("q")
        for occ in found:
            bounds.extend((_micros(occ.start), _micros(occ.end)))
        # No longer than a cached page: the page cache's own bound on what it
        # does not hear of (a row changed outside Wagtail).
        cache.set_many({self._chunk_key(number): chunk for number, chunk in self._chunks.items()},
                       settings.PAGE_CACHE_SECONDS)
        cache.set(self._key, (self._token, bounds), settings.PAGE_CACHE_SECONDS)
        self._cut(bounds)

    def _cut(self, bounds: array) -> None:
        # The overlap rule of occurrences.between: start < end and end > start.
        start, end = self._window
        self._positions = [number for number in range(len(bounds) // 2)
                           if bounds[2 * number] < end and bounds[2 * number + 1] > start]

    def _chunk_key(self, number: int) -> str:
        return f"{self._key}:{self._token}:{number}"

    def _fetched(self, positions: list[int]) -> bool:
        """Whether the chunks holding `positions` are loaded (read now if not)."""
        wanted = {position // CHUNK for position in positions} - self._chunks.keys()
        if wanted:
            found = cache.get_many([self._chunk_key(number) for number in wanted])
            if len(found) < len(wanted):
                return False
            self._chunks.update({number: found[self._chunk_key(number)] for number in wanted})
        return True

    def __len__(self) -> int:
        return len(self._positions)

    def __getitem__(self, item):
        def positions():
            return self._positions[item] if isinstance(item, slice) else [self._positions[item]]

        if not self._fetched(positions()):
            self._keep(self._compute())  # every chunk is in memory now
        found = [self._chunks[position // CHUNK][position % CHUNK] for position in positions()]
        return found if isinstance(item, slice) else found[0]

    def __iter__(self):
        return iter(self[:])

    def __reduce__(self):
        # Kept in another value as the plain list it reads as.
        return list, (self[:],)


def _micros(moment: datetime) -> int:
    """An aware moment as whole microseconds since the epoch (exact, so the
    cut compares as the datetimes do)."""
    return (moment - EPOCH) // MICROSECOND


def _name(value) -> str:
    """A filter as the key names it: a city by its translation key (any
    language's page of it matches), a committee by its id, categories joined
    by commas, else as given."""
    if value is None:
        return ""
    if hasattr(value, "translation_key"):  # a page, or a PartnerCity (a tuple)
        return f"city:{value.translation_key}"
    if hasattr(value, "pk"):
        return f"{type(value).__name__}:{value.pk}"
    if isinstance(value, list | tuple):  # categories: no space or quote in a key
        return ",".join(map(str, value))
    return str(value)


def upcoming(*, days: int, now: datetime | None = None, **filters) -> "Listed":
    """As `occurrences.upcoming` without a limit: what is not over yet, in the next `days`."""
    now = now or timezone.now()
    return between(now, now + timedelta(days=days), **filters)
