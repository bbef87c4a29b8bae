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
"""

from datetime import datetime, time, timedelta

from django.conf import settings
from django.utils import timezone

from core.cache import until_changed

from . import feedcache, occurrences
from .occurrences import Occurrence
from .zones import UTC


def between(start, end, *, index=None, committee=None, city=None, category=None,
            include_imported: bool = True, include_cancelled: bool = True) -> list[Occurrence]:
    """As `occurrences.between` (the same arguments and the same answer)."""
    start, end = occurrences.aware_window(start, end)
    first = datetime.combine(start.astimezone(UTC).date(), time.min, tzinfo=UTC)
    last = datetime.combine(end.astimezone(UTC).date(), time.min, tzinfo=UTC)
    if last < end:
        last += timedelta(days=1)
    # No longer than a cached page: the page cache's own bound on what it
    # does not hear of (a row changed outside Wagtail).
    found = until_changed(
        "listed", lambda: occurrences.between(first, last, index=index, committee=committee, city=city,
                                              category=category, include_imported=include_imported,
                                              include_cancelled=include_cancelled),
        occurrences.SHAPE, feedcache.version(), first.date(), last.date(), getattr(index, "pk", ""),
        _name(committee), _name(city), _name(category), int(include_imported), int(include_cancelled),
        timeout=settings.PAGE_CACHE_SECONDS)
    return [occ for occ in found if occ.start < end and occ.end > start]


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


def upcoming(*, days: int, now: datetime | None = None, **filters) -> list[Occurrence]:
    """As `occurrences.upcoming` without a limit: what is not over yet, in the next `days`."""
    now = now or timezone.now()
    return between(now, now + timedelta(days=days), **filters)
