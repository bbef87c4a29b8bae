"""Outside calendars: a feed the worker syncs, and the occurrences it
imported, stored as plain rows written in bulk (not one page each)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..fetch import FeedRefused, normalise_url
from ..zones import default_zone_name, get_zone, zone_choices


class CalendarFeed(models.Model):
    """An outside .ics calendar synced into an events index."""

    class Result(models.TextChoices):
        NEVER = "", _("Not synced yet")
        UPDATED = "updated", _("Updated")
        UNCHANGED = "unchanged", _("Unchanged")
        FAILED = "failed", _("Failed")
        GONE = "gone", _("Gone (410): disabled")

    name = models.CharField(_("name"), max_length=200)
    url = models.CharField(
        _("address"), max_length=1000,
        help_text=_("An http, https or webcal address of an .ics calendar."))
    index = models.ForeignKey(
        "events.EventIndexPage", on_delete=models.CASCADE, related_name="calendar_feeds",
        verbose_name=_("events index"), help_text=_("Where its events are listed."))
    committee = models.ForeignKey(
        "people.Committee", null=True, blank=True, on_delete=models.SET_NULL, related_name="calendar_feeds")
    default_time_zone = models.CharField(
        _("default time zone"), max_length=64, choices=zone_choices, default=default_zone_name,
        help_text=_("Used for times the feed gives without a zone we know (they are flagged)."))
    enabled = models.BooleanField(_("enabled"), default=True)

    # Sync state, written by the sync service only.
    last_synced_at = models.DateTimeField(_("last sync"), null=True, blank=True, editable=False)
    last_success_at = models.DateTimeField(_("last success"), null=True, blank=True, editable=False)
    last_result = models.CharField(_("last result"), max_length=12, choices=Result.choices, blank=True, default="",
                                   editable=False)
    last_error = models.TextField(_("reason"), blank=True, editable=False)
    # What the last complete parse left out or noticed, one a line (kept through a failed sync).
    last_warnings = models.TextField(_("warnings"), blank=True, editable=False)
    last_skipped = models.TextField(_("skipped events"), blank=True, editable=False)
    etag = models.CharField(max_length=300, blank=True, editable=False)
    last_modified_header = models.CharField(max_length=100, blank=True, editable=False)
    body_hash = models.CharField(max_length=64, blank=True, editable=False)
    event_count = models.PositiveIntegerField(_("events"), default=0, editable=False)
    created_count = models.PositiveIntegerField(default=0, editable=False)
    updated_count = models.PositiveIntegerField(default=0, editable=False)
    cancelled_count = models.PositiveIntegerField(default=0, editable=False)
    skipped_count = models.PositiveIntegerField(default=0, editable=False)
    failure_count = models.PositiveIntegerField(default=0, editable=False)
    next_attempt_after = models.DateTimeField(null=True, blank=True, editable=False)
    # Set when an editor asks for a sync now, cleared by the sync that follows.
    sync_requested_at = models.DateTimeField(null=True, blank=True, editable=False)

    panels = ["name", "url", "index", "committee", "default_time_zone", "enabled"]

    class Meta:
        ordering = ["name"]
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")

    def __str__(self):
        return self.name

    def clean(self):
        try:
            self.url = normalise_url(self.url)
        except FeedRefused as exc:
            raise ValidationError({"url": str(exc)}) from exc
        if not get_zone(self.default_time_zone):
            raise ValidationError({"default_time_zone": _("Unknown time zone.")})


class ImportedEvent(models.Model):
    """One occurrence from an outside calendar, keyed by (feed, UID,
    RECURRENCE-ID). `recurrence_id` is "" for a one-off event, else the
    original start as UTC `YYYYMMDDTHHMMSSZ` (or `YYYYMMDD` all-day)."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        TENTATIVE = "tentative", _("Tentative")
        CANCELLED = "cancelled", _("Cancelled")

    feed = models.ForeignKey(CalendarFeed, on_delete=models.CASCADE, related_name="events")
    uid = models.CharField(max_length=500)
    recurrence_id = models.CharField(max_length=20, blank=True, default="")
    title = models.CharField(max_length=500, blank=True)
    description = models.TextField(blank=True)
    location = models.CharField(max_length=500, blank=True)
    url = models.CharField(max_length=1000, blank=True)
    virtual_url = models.CharField(max_length=1000, blank=True)
    start = models.DateTimeField(db_index=True)
    end = models.DateTimeField()
    all_day = models.BooleanField(default=False)
    # For all-day events the dates themselves (end exclusive), never shifted through UTC.
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)
    zone = models.CharField(max_length=64, blank=True)
    zone_guessed = models.BooleanField(
        default=False, help_text="The feed named no zone we know: times were read in the feed's default zone.")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.CONFIRMED)
    removed_from_feed = models.BooleanField(default=False)
    sequence = models.IntegerField(default=0)
    source_modified = models.DateTimeField(null=True, blank=True)
    content_hash = models.CharField(max_length=32)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["feed", "uid", "recurrence_id"], name="imported_event_key"),
        ]
        indexes = [models.Index(fields=["feed", "start"])]
        ordering = ["start"]

    def __str__(self):
        return self.title or self.uid

    @property
    def key(self) -> str:
        return f"feed{self.feed_id}:{self.uid}/{self.recurrence_id}"
