"""Syncing an outside calendar into ImportedEvent rows. Plain functions, no
Celery: `worker/tasks/feeds.py` and `manage.py sync_calendar_feeds` call
`sync_feed(feed_id)`.

A sync writes only what changed, in bulk; an unchanged feed (304, or the
same body hash) writes no event at all. A failed fetch or parse keeps every
event the feed had and records the error for editors. Events missing from
the feed are cancelled only after a complete, successful parse, and never is
older data (a lower SEQUENCE, an older LAST-MODIFIED) applied over newer.
Each outcome (result, reason, counts, warnings and skipped events) is
recorded on the feed row here, so editors read it in the admin, not in the
worker's log.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from . import feedcache, fetch
from .fetch import FeedError, FeedGone, FeedUnavailable
from .models import CalendarFeed, ImportedEvent
from .parse import Item, ParseError, parse
from .signals import feed_sync_requested, feed_synced

logger = logging.getLogger(__name__)

FIELDS = ("title", "description", "location", "url", "virtual_url", "start", "end", "all_day", "start_date",
          "end_date", "zone", "zone_guessed", "status", "sequence", "source_modified", "content_hash",
          "removed_from_feed")
BATCH = 1000


@dataclass
class SyncResult:
    feed_id: int
    result: str
    created: int = 0
    updated: int = 0
    cancelled: int = 0
    unchanged: int = 0
    stale: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str = ""
    retry_after: int | None = None

    def as_dict(self) -> dict:
        return asdict(self)

    def summary(self) -> str:
        if self.error:
            return f"{self.result}: {self.error}"
        return (f"{self.result}: {self.created} new, {self.updated} changed, {self.cancelled} cancelled, "
                f"{self.unchanged} unchanged, {self.stale} older copies ignored, {len(self.skipped)} skipped")


def window(now: datetime) -> tuple[datetime, datetime]:
    return (now - timedelta(days=settings.CALENDAR_FEED_PAST_DAYS),
            now + timedelta(days=settings.CALENDAR_FEED_FUTURE_DAYS))


def sync_feed(feed_id: int, *, now: datetime | None = None, force: bool = False) -> SyncResult:
    """Fetch one feed and apply it.

    Raises FeedUnavailable on a transient fault (after recording it), so the
    caller can retry later; every other outcome is returned.
    """
    now = now or timezone.now()
    feed = CalendarFeed.objects.get(pk=feed_id)
    if not feed.enabled and not force:
        if feed.sync_requested_at:  # asked for while it was being disabled: answer the editor
            CalendarFeed.objects.filter(pk=feed.pk).update(sync_requested_at=None)
        return SyncResult(feed_id, "disabled")
    try:
        response = fetch.fetch(feed.url, etag="" if force else feed.etag,
                               last_modified="" if force else feed.last_modified_header)
    except FeedGone as exc:
        _record(feed, now, CalendarFeed.Result.GONE, error=str(exc), enabled=False)
        return SyncResult(feed_id, CalendarFeed.Result.GONE, error=str(exc))
    except FeedUnavailable as exc:
        # The worker retries when the server said (Retry-After): editors see when.
        retry_at = now + timedelta(seconds=exc.retry_after) if exc.retry_after else None
        _record(feed, now, CalendarFeed.Result.FAILED, error=str(exc), failed=True, next_attempt_after=retry_at)
        raise
    except FeedError as exc:
        _record(feed, now, CalendarFeed.Result.FAILED, error=str(exc), failed=True)
        return SyncResult(feed_id, CalendarFeed.Result.FAILED, error=str(exc))
    if response.not_modified:
        _record(feed, now, CalendarFeed.Result.UNCHANGED, success=True)
        return SyncResult(feed_id, CalendarFeed.Result.UNCHANGED)
    body_hash = hashlib.sha256(response.body).hexdigest()
    if body_hash == feed.body_hash and not force:
        _record(feed, now, CalendarFeed.Result.UNCHANGED, success=True, etag=response.etag,
                last_modified=response.last_modified)
        return SyncResult(feed_id, CalendarFeed.Result.UNCHANGED)
    return apply_body(feed, response.body, now=now, body_hash=body_hash, etag=response.etag,
                      last_modified=response.last_modified)


def apply_body(feed: CalendarFeed, body: bytes, *, now: datetime | None = None, body_hash: str = "",
               etag: str = "", last_modified: str = "") -> SyncResult:
    """Parse `body` and bring the feed's rows in line with it."""
    now = now or timezone.now()
    start, end = window(now)
    try:
        parsed = parse(body, default_zone=feed.default_time_zone, window_start=start, window_end=end)
    except ParseError as exc:
        _record(feed, now, CalendarFeed.Result.FAILED, error=str(exc), failed=True)
        return SyncResult(feed.pk, CalendarFeed.Result.FAILED, error=str(exc))
    result = SyncResult(feed.pk, CalendarFeed.Result.UPDATED, skipped=parsed.skipped, warnings=parsed.warnings)
    with transaction.atomic():
        # One apply per feed at a time (beat and "Sync now" may overlap).
        CalendarFeed.objects.select_for_update().filter(pk=feed.pk).first()
        _apply(feed, parsed.items, start, result)
        _record(feed, now, CalendarFeed.Result.UPDATED, success=True, result=result,
                body_hash=body_hash or hashlib.sha256(body).hexdigest(), etag=etag, last_modified=last_modified)
        if result.created or result.updated or result.cancelled:
            transaction.on_commit(feedcache.purge)
            transaction.on_commit(lambda: feed_synced.send(CalendarFeed, feed_id=feed.pk, result=result.as_dict()))
    logger.info("calendar feed %s (%s): %s", feed.pk, feed.url, result.summary())
    return result


def _apply(feed: CalendarFeed, items: dict[tuple[str, str], Item], window_start: datetime,
           result: SyncResult) -> None:
    existing = {
        (uid, rid): (pk, content_hash, sequence, modified, removed, start)
        for pk, uid, rid, content_hash, sequence, modified, removed, start in ImportedEvent.objects.filter(
            feed=feed).values_list("pk", "uid", "recurrence_id", "content_hash", "sequence", "source_modified",
                                   "removed_from_feed", "start").iterator(chunk_size=5000)
    }
    to_create, to_update = [], []
    for key, item in items.items():
        row = existing.get(key)
        if row is None:
            to_create.append(_row(feed, item))
            continue
        pk, content_hash, sequence, modified, removed, _start = row
        if content_hash == item.content_hash and not removed:
            result.unchanged += 1
            continue
        if not removed and _older(item, sequence, modified):
            result.stale += 1
            continue
        obj = _row(feed, item)
        obj.pk = pk
        to_update.append(obj)
    # Only after a complete parse: what the feed no longer has is cancelled
    # (past occurrences outside the window are history and stay as they were).
    gone = [row[0] for key, row in existing.items()
            if key not in items and not row[4] and row[5] >= window_start]
    ImportedEvent.objects.bulk_create(to_create, batch_size=BATCH)
    ImportedEvent.objects.bulk_update(to_update, FIELDS, batch_size=BATCH)
    for offset in range(0, len(gone), BATCH):
        ImportedEvent.objects.filter(pk__in=gone[offset:offset + BATCH]).update(
            status=ImportedEvent.Status.CANCELLED, removed_from_feed=True, updated_at=timezone.now())
    result.created, result.updated, result.cancelled = len(to_create), len(to_update), len(gone)


def _older(item: Item, sequence: int, modified) -> bool:
    if item.sequence != sequence:
        return item.sequence < sequence
    return bool(item.source_modified and modified and item.source_modified < modified)


def _row(feed: CalendarFeed, item: Item) -> ImportedEvent:
    return ImportedEvent(
        feed=feed, uid=item.uid, recurrence_id=item.recurrence_id, title=item.title, description=item.description,
        location=item.location, url=item.url, virtual_url=item.virtual_url, start=item.start, end=item.end,
        all_day=item.all_day, start_date=item.start_date, end_date=item.end_date, zone=item.zone,
        zone_guessed=item.zone_guessed, status=item.status, sequence=item.sequence,
        source_modified=item.source_modified, content_hash=item.content_hash, removed_from_feed=False,
        updated_at=timezone.now(),
    )


def _record(feed: CalendarFeed, now: datetime, outcome: str, *, error: str = "", failed: bool = False,
            success: bool = False, enabled: bool | None = None, result: SyncResult | None = None,
            body_hash: str = "", etag: str | None = None, last_modified: str | None = None,
            next_attempt_after: datetime | None = None) -> None:
    """The feed's sync state, for editors: one UPDATE of the feed row."""
    changes = {"last_synced_at": now, "last_result": outcome, "last_error": error[:2000], "sync_requested_at": None,
               "next_attempt_after": next_attempt_after}
    if failed:
        changes["failure_count"] = feed.failure_count + 1
    if success:
        changes["last_success_at"] = now
        changes["failure_count"] = 0
    if enabled is not None:
        changes["enabled"] = enabled
    if etag is not None:
        changes["etag"] = etag[:300]
    if last_modified is not None:
        changes["last_modified_header"] = last_modified[:100]
    if body_hash:
        changes["body_hash"] = body_hash
    if result is not None:
        changes.update(
            created_count=result.created, updated_count=result.updated, cancelled_count=result.cancelled,
            skipped_count=len(result.skipped),
            last_warnings=_lines(result.warnings),
            last_skipped=_lines(result.skipped),
            event_count=ImportedEvent.objects.filter(feed=feed, removed_from_feed=False).count(),
        )
    CalendarFeed.objects.filter(pk=feed.pk).update(**changes)
    for name, value in changes.items():
        setattr(feed, name, value)


def _lines(entries: list[str]) -> str:
    """The first 50 distinct entries, one a line, for the feed's page."""
    return "\n".join(list(dict.fromkeys(entries))[:50])[:5000]


def request_sync(feed: CalendarFeed, *, now: datetime | None = None) -> None:
    """An editor asked for a sync now: the feed shows it as running until the
    sync the worker runs records its result."""
    now = now or timezone.now()
    CalendarFeed.objects.filter(pk=feed.pk).update(sync_requested_at=now)
    feed.sync_requested_at = now
    feed_sync_requested.send(CalendarFeed, feed_id=feed.pk)


def due_feed_ids() -> list[int]:
    return list(CalendarFeed.objects.filter(enabled=True).order_by("pk").values_list("pk", flat=True))
