"""What editors read of a calendar feed's syncs: built from the feed row alone
(the sync service records everything there), so a list of feeds costs no
query per feed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import CalendarFeed

# A requested sync no worker answered within this long is said to wait for one.
WORKER_SILENT_AFTER = timedelta(minutes=5)


@dataclass(frozen=True)
class FeedStatus:
    state: str  # syncing, waiting, updated, unchanged, failed, gone, never, disabled
    label: str
    reason: str
    last_success_at: datetime | None
    next_sync_at: datetime | None
    requested_at: datetime | None

    @property
    def running(self) -> bool:
        return self.state in ("syncing", "waiting")

    @property
    def failing(self) -> bool:
        return self.state in ("failed", "gone")

    @property
    def tag_class(self) -> str:
        """Wagtail's status tag colours: a failure stands out, a sync in progress is primary."""
        return {"failed": "w-status--label", "gone": "w-status--label", "syncing": "w-status--primary",
                "waiting": "w-status--primary"}.get(self.state, "")


def status_of(feed: CalendarFeed, *, now: datetime | None = None) -> FeedStatus:
    now = now or timezone.now()
    Result = CalendarFeed.Result
    requested = feed.sync_requested_at
    if requested:
        if now - requested > WORKER_SILENT_AFTER:
            return FeedStatus("waiting", _("Waiting for the worker"),
                              _("Asked for at %(time)s; no worker has taken it yet.")
                              % {"time": timezone.localtime(requested).strftime("%H:%M")},
                              feed.last_success_at, None, requested)
        return FeedStatus("syncing", _("Syncing now…"), "", feed.last_success_at, None, requested)
    state = feed.last_result or "never"
    label = Result(feed.last_result).label if feed.last_result in Result.values else feed.last_result
    reason = feed.last_error
    if state in (Result.UPDATED, Result.UNCHANGED):
        reason = _summary(feed) if state == Result.UPDATED else ""
    if not feed.enabled:
        return FeedStatus("gone" if state == Result.GONE else "disabled",
                          label if state == Result.GONE else _("Disabled"),
                          reason, feed.last_success_at, None, None)
    return FeedStatus(state, str(label), reason, feed.last_success_at, next_sync(feed, now=now), None)


def next_sync(feed: CalendarFeed, *, now: datetime) -> datetime | None:
    """When beat will next queue this feed: every CALENDAR_FEED_SYNC_MINUTES
    after its last sync (a retry after a failure may come sooner)."""
    if not feed.enabled:
        return None
    if feed.next_attempt_after and feed.next_attempt_after > now:
        return feed.next_attempt_after
    every = timedelta(minutes=settings.CALENDAR_FEED_SYNC_MINUTES)
    if not feed.last_synced_at:
        return now + every
    upcoming = feed.last_synced_at + every
    return upcoming if upcoming > now else now + every - (now - upcoming) % every


def _summary(feed: CalendarFeed) -> str:
    parts = [_("%(n)s new") % {"n": feed.created_count}, _("%(n)s changed") % {"n": feed.updated_count},
             _("%(n)s cancelled") % {"n": feed.cancelled_count}]
    if feed.skipped_count:
        parts.append(_("%(n)s skipped") % {"n": feed.skipped_count})
    return ", ".join(parts)


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]
