"""Calendar feed tasks (the `feeds` queue): thin wrappers around
events.sync. Idempotent: rows are keyed by (feed, UID, RECURRENCE-ID) and a
second run of the same body writes nothing."""

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError

from events import sync
from events.fetch import FeedUnavailable
from events.models import CalendarFeed

RETRY_ON = (FeedUnavailable, OperationalError, InterfaceError)


@shared_task(bind=True, name="worker.tasks.feeds.sync_calendar_feed", ignore_result=False, acks_late=True,
             autoretry_for=RETRY_ON, retry_backoff=60, retry_backoff_max=3600, retry_jitter=True, max_retries=6)
def sync_calendar_feed(self, feed_id: int) -> dict:
    try:
        return sync.sync_feed(feed_id).as_dict()
    except CalendarFeed.DoesNotExist:
        return {"feed_id": feed_id, "result": "deleted"}
    except FeedUnavailable as exc:
        if exc.retry_after and self.request.retries < self.max_retries:
            # The server said when to come back (Retry-After): do as it says.
            raise self.retry(exc=exc, countdown=exc.retry_after) from exc
        raise


@shared_task(name="worker.tasks.feeds.sync_all_feeds", acks_late=True)
def sync_all_feeds() -> list[int]:
    """Beat: queue a sync of every enabled feed."""
    ids = sync.due_feed_ids()
    expires = settings.CALENDAR_FEED_SYNC_MINUTES * 60
    for feed_id in ids:
        sync_calendar_feed.apply_async((feed_id,), expires=expires)
    return ids
