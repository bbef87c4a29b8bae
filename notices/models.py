"""The record of meeting notices, and each site's reminder settings.

A notice is one message to one recipient (a Subscriber, or a Person on the
committee) and goes out as a newsletters Delivery. The tables keep the names
they had when these models lived in `newsletters` and `events`
(notices/migrations/0001_initial.py moved them without a copy).
"""

from datetime import time

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from events.reminders import validate_reminder_days


class MeetingNotice(models.Model):
    """One notice about one occurrence to one recipient. The unique row
    (occurrence, recipient, kind, variant) is the guard: a rerun scan or a
    replayed signal finds it and sends nothing. The variant tells apart
    notices that may rightly repeat: a reminder per offset and date (a
    meeting moved to another day is reminded again), a change per published
    change."""

    class Kind(models.TextChoices):
        REMINDER = "reminder", _("Reminder")
        CHANGE = "change", _("Change")
        CANCELLATION = "cancellation", _("Cancellation")

    kind = models.CharField(max_length=12, choices=Kind.choices)
    occurrence_key = models.CharField(max_length=200, help_text="Event UID / original date (notices.keys.NoticeKey).")
    variant = models.CharField(max_length=100, blank=True)
    recipient = models.EmailField(max_length=254, help_text="Lower-cased address.")
    subscriber = models.ForeignKey("newsletters.Subscriber", null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="meeting_notices")
    person = models.ForeignKey("people.Person", null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="meeting_notices")
    registration = models.ForeignKey("registrations.Registration", null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="meeting_notices")
    page = models.ForeignKey("events.EventPage", null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="meeting_notices")
    committee = models.ForeignKey("people.Committee", null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+")
    language = models.CharField(max_length=10)
    time_zone = models.CharField(max_length=64)
    occurrence_start = models.DateTimeField()
    due_at = models.DateTimeField(default=timezone.now)
    # For a change: what it was and what it is (see notices.snapshot()).
    details = models.JSONField(default=dict, blank=True)
    delivery = models.OneToOneField("newsletters.Delivery", null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="meeting_notice")
    # Set when the notice should no longer go out (the meeting was cancelled
    # or moved before a reminder left).
    dropped_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        db_table = "newsletters_meetingnotice"
        constraints = [models.UniqueConstraint(fields=["occurrence_key", "recipient", "kind", "variant"],
                                               name="newsletters_meetingnotice_once")]
        indexes = [models.Index(fields=["page", "kind"], name="newsletters_notice_page_kind")]

    def __str__(self):
        return f"{self.kind} {self.occurrence_key} to {self.recipient}"


class NoticedVersion(models.Model):
    """Per event: the published revision its followers were last told about.
    A publish or unpublish is compared against it, then it moves on, so the
    comparison is the same however often or late the signal arrives."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    revision = models.ForeignKey("wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "newsletters_noticedversion"

    def __str__(self):
        return f"page {self.page_id}: revision {self.revision_id}"


class NoticeScan(models.Model):
    """When the reminder scan last completed. A reminder that fell due before
    then and was not sent was not wanted then (the meeting was not published
    or not on that day, the recipient did not follow it); one due since is a
    reminder missed while the worker was down, and still goes out."""

    name = models.CharField(max_length=40, unique=True)
    last_scan_at = models.DateTimeField()

    class Meta:
        db_table = "newsletters_noticescan"

    def __str__(self):
        return f"{self.name} at {self.last_scan_at:%Y-%m-%d %H:%M}"


@register_setting(icon="mail")
class MeetingNoticeSettings(BaseSiteSetting):
    """When followers of a meeting get their reminders (Settings > Meeting
    notices). An event can set its own days (its Settings tab)."""

    reminder_days = models.CharField(
        _("reminders (days before)"), max_length=40, default="6, 1", validators=[validate_reminder_days],
        help_text=_("Days before each meeting that followers get a reminder, e.g. “6, 1”; “-” for none."))
    reminder_time = models.TimeField(
        _("reminder time"), default=time(8),
        help_text=_("Time of day the reminders go out, in each recipient's own time zone."))

    class Meta:
        db_table = "events_meetingnoticesettings"
        verbose_name = _("meeting notices")
