"""Subscribers and their consent, newsletter issues, and the per-recipient
delivery rows the worker sends from."""

import uuid
import zoneinfo

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.visibility import public

from .blocks import NewsletterBodyBlock
from .messages import render_preview


def language_choices():
    return list(settings.LANGUAGES)


def normalize_email(email: str) -> str:
    """Addresses compare case-insensitively; keep one spelling for storage."""
    return (email or "").strip().lower()


class Subscriber(models.Model):
    """One address, its language and zone, what it follows, and the record of
    how consent was given and withdrawn. Never deleted to re-enable mail:
    withdrawing consent keeps the row (and a Suppression) so the address is
    not mailed again."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Subscribed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")
        BOUNCED = "bounced", _("Bounced")
        COMPLAINED = "complained", _("Marked as spam")

    class ConsentMethod(models.TextChoices):
        FORM = "form", _("Subscribe form (double opt-in)")
        IMPORT = "import", _("Imported list")
        ADMIN = "admin", _("Added by an editor")

    email = models.EmailField(max_length=254)
    language = models.CharField(max_length=10, choices=language_choices, default=settings.LANGUAGE_CODE)
    time_zone = models.CharField(max_length=64, default="UTC")
    follows_newsletter = models.BooleanField(default=True)
    follows_all_meetings = models.BooleanField(default=False)
    committees = models.ManyToManyField("people.Committee", blank=True, related_name="subscribers")
    # The site the address subscribed on: its mail comes from that site's
    # organisation and links to that site (the default site when empty).
    site = models.ForeignKey("wagtailcore.Site", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING, db_index=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    # Consent as given: what was shown, in which language, from where.
    consent_method = models.CharField(max_length=8, choices=ConsentMethod.choices, default=ConsentMethod.FORM)
    consent_at = models.DateTimeField(null=True, blank=True)
    consent_ip = models.GenericIPAddressField(null=True, blank=True)
    consent_user_agent = models.TextField(blank=True)
    consent_text = models.TextField(blank=True)
    consent_language = models.CharField(max_length=10, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    confirmed_ip = models.GenericIPAddressField(null=True, blank=True)
    # Consent withdrawn: when and how (one-click, link, preferences, bounce...).
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_method = models.CharField(max_length=40, blank=True)

    panels = [
        FieldPanel("email", read_only=True),
        FieldPanel("status", read_only=True),
        FieldPanel("language"),
        FieldPanel("time_zone"),
        FieldPanel("follows_newsletter"),
        FieldPanel("follows_all_meetings"),
        FieldPanel("committees"),
        FieldPanel("consent_method", read_only=True),
        FieldPanel("consent_at", read_only=True),
        FieldPanel("consent_ip", read_only=True),
        FieldPanel("consent_text", read_only=True),
        FieldPanel("confirmed_at", read_only=True),
        FieldPanel("withdrawn_at", read_only=True),
        FieldPanel("withdrawn_method", read_only=True),
    ]

    class Meta:
        ordering = ["email"]
        constraints = [models.UniqueConstraint(Lower("email"), name="newsletters_subscriber_email_ci_unique")]

    def __str__(self):
        return self.email

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.CONFIRMED

    def follow_keys(self) -> list[str]:
        """What this subscriber follows, in the import/export spelling."""
        keys = []
        if self.follows_newsletter:
            keys.append("newsletter")
        if self.follows_all_meetings:
            keys.append("meetings")
        keys.extend(c.slug for c in self.committees.all())
        return keys


def valid_time_zone(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


class Suppression(models.Model):
    """An address that must not be mailed: kept even if the subscriber row is
    removed, checked again just before each message leaves."""

    class Reason(models.TextChoices):
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")
        BOUNCED = "bounced", _("Hard bounce")
        COMPLAINED = "complained", _("Spam complaint")
        MANUAL = "manual", _("Suppressed by an editor")

    email = models.EmailField(max_length=254)
    reason = models.CharField(max_length=12, choices=Reason.choices)
    detail = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(Lower("email"), name="newsletters_suppression_email_ci_unique")]

    def __str__(self):
        return f"{self.email} ({self.reason})"


class NewsletterIndexPage(Page):
    """The web archive of past issues."""

    intro = RichTextField(blank=True)

    content_panels = Page.content_panels + ["intro"]
    subpage_types = ["newsletters.NewsletterPage"]
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["issues"] = (
            public(NewsletterPage.objects.child_of(self).live()).order_by("-issue_date", "-first_published_at")
        )
        return context


class NewsletterPage(Page):
    """One issue: a page on the site (the archive) and the email subscribers
    receive in their language."""

    issue_date = models.DateField(default=timezone.localdate)
    preheader = models.CharField(
        max_length=200, blank=True,
        help_text=_("Short line shown by mail clients next to the subject."),
    )
    body = StreamField(NewsletterBodyBlock(), blank=True)

    content_panels = Page.content_panels + ["issue_date", "preheader", "body"]
    parent_page_types = ["newsletters.NewsletterIndexPage"]
    subpage_types = []
    search_fields = Page.search_fields + [index.SearchField("body")]

    preview_modes = [("", _("Web page")), ("email", _("Email"))]

    def serve_preview(self, request, mode_name):
        if mode_name == "email":
            return HttpResponse(render_preview(self))
        return super().serve_preview(request, mode_name)


class SendRun(models.Model):
    """One send of one message to many recipients (a newsletter issue, or a
    later kind such as a meeting notice). Unique per (kind, key): asking to
    send the same issue twice finds the existing run and does nothing."""

    class Status(models.TextChoices):
        SENDING = "sending", _("Sending")
        PAUSED = "paused", _("Paused")
        CANCELLED = "cancelled", _("Cancelled")
        DONE = "done", _("Done")

    kind = models.CharField(max_length=32)
    key = models.CharField(max_length=100)
    page = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    # language -> revision id actually sent (newsletters); free-form per kind.
    variants = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SENDING)
    total = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    # Touched by every lane while it works or waits: the sweep restarts a run
    # gone quiet for longer than the lease (its lanes died with a worker).
    last_activity_at = models.DateTimeField(default=timezone.now)
    # Raised each time lanes are started: a lane of an older generation (one
    # Redis hands back an hour after its worker died) stops at once.
    lane_generation = models.PositiveIntegerField(default=0)
    # The last time the sweep took over from a lost worker, and how many
    # deliveries it had to put back in all.
    recovered_at = models.DateTimeField(null=True, blank=True)
    recovered_count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "key"], name="newsletters_sendrun_kind_key_unique")]
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.kind} {self.key} ({self.status})"


class Delivery(models.Model):
    """One message to one recipient within a run: the guard against sending
    anyone twice, and the record of what happened."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        SUPPRESSED = "suppressed", _("Suppressed")
        CANCELLED = "cancelled", _("Cancelled")

    run = models.ForeignKey(SendRun, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(
        Subscriber, null=True, blank=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    email = models.EmailField(max_length=254)
    language = models.CharField(max_length=10)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    claimed_at = models.DateTimeField(null=True, blank=True)
    claim_token = models.UUIDField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    smtp_code = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["run", "subscriber"], name="newsletters_delivery_run_subscriber_unique"),
            models.UniqueConstraint(fields=["run", "email"], name="newsletters_delivery_run_email_unique"),
        ]
        indexes = [
            models.Index(fields=["run", "status", "next_attempt_at"], name="newsletters_delivery_queue"),
            models.Index(fields=["status", "claimed_at"], name="newsletters_delivery_claims"),
        ]
        verbose_name_plural = "deliveries"

    def __str__(self):
        return f"{self.email} ({self.status})"

    @property
    def message_id_token(self) -> str:
        return f"{self.run_id}.{self.pk}"


def new_claim_token() -> uuid.UUID:
    return uuid.uuid4()


