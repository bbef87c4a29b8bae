"""Who is coming: one row per address and event, for one date of a series
(the date it had in the series, so a moved date keeps its people) or for the
whole series (no date: later changes of the series follow)."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Registration(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        GOING = "going", _("Going")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    # Always the event's page in the default language: its translations share
    # the places and the list.
    event = models.ForeignKey("events.EventPage", on_delete=models.CASCADE, related_name="registrations")
    # The date in the series (before any change); empty: the whole series, or a one-off event.
    occurrence_date = models.DateField(_("date"), null=True, blank=True)
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email"), max_length=254, help_text="Lower-cased.")
    language = models.CharField(_("language"), max_length=10)
    guests = models.PositiveSmallIntegerField(_("guests"), default=0)
    # Question block id -> answer, for the questions the event's editors set.
    answers = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    # Order on the waiting list (smaller first); kept while going, for the record.
    position = models.PositiveIntegerField(null=True, blank=True)
    # A new answer from the form for a confirmed registration: applied when confirmed.
    proposed = models.JSONField(null=True, blank=True)
    consent_at = models.DateTimeField(null=True, blank=True)
    consent_text = models.TextField(blank=True)
    consent_ip = models.GenericIPAddressField(null=True, blank=True)
    site_id = models.IntegerField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    checked_in_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            # The same address twice for the same date (or the series) is one answer, updated.
            models.UniqueConstraint(fields=["event", "occurrence_date", "email"],
                                    condition=Q(occurrence_date__isnull=False), name="registration_once_a_date"),
            models.UniqueConstraint(fields=["event", "email"], condition=Q(occurrence_date__isnull=True),
                                    name="registration_once_a_series"),
        ]
        indexes = [models.Index(fields=["event", "status"], name="registration_event_status")]

    def __str__(self):
        return f"{self.name} <{self.email}> {self.status}"

    def when(self) -> str:
        """The date registered for, or the series (for the admin and exports)."""
        if self.occurrence_date:
            return self.occurrence_date.isoformat()
        return str(_("whole series")) if self.event.rrule else str(_("the event"))

    when.short_description = _("date")

    def answers_text(self) -> str:
        """"Question: answer" for each answered question, in the event's own words."""
        labels = {block.id: block.value.get("label") for block in self.event.registration_questions or []}
        return "; ".join(f"{labels.get(key) or key}: {'✓' if value is True else value}"
                         for key, value in (self.answers or {}).items())

    answers_text.short_description = _("answers")

    @property
    def places(self) -> int:
        return 1 + (self.guests or 0)

    @property
    def whole_series(self) -> bool:
        return self.occurrence_date is None


class Places(models.Model):
    """One row per event, locked (SELECT ... FOR UPDATE) while a place is
    taken or given back, so two readers cannot take the last one together."""

    event = models.OneToOneField("events.EventPage", on_delete=models.CASCADE, primary_key=True,
                                 related_name="places_lock")

    def __str__(self):
        return f"places of {self.event_id}"


class OccurrencePlaces(models.Model):
    """One date with another number of places than the event's."""

    event = models.ForeignKey("events.EventPage", on_delete=models.CASCADE, related_name="occurrence_places")
    occurrence_date = models.DateField(_("date"), help_text=_("The date in the series."))
    capacity = models.PositiveIntegerField(_("places"))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["event", "occurrence_date"], name="occurrence_places_once")]
        verbose_name = _("places on one date")
        verbose_name_plural = _("places on one date")

    def __str__(self):
        return f"{self.occurrence_date}: {self.capacity}"
