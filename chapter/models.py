"""A chapter's member associations, their newsletters, the announcements
they send in (a queue chapter editors moderate), and the chapter's members
page: the list of associations, one page each, the member calendar and the
public "announce an event / post your newsletter" form."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, Site

from core import ratelimit
from core.clientip import client_ip
from core.signals import watch

from . import member_events as calendar
from . import signals  # noqa: F401 (its receivers connect on import)
from .choices import AnnouncementKind
from .forms import AnnouncementForm


class MembersPage(RoutablePageMixin, Page):
    """The chapter's member associations: the list, a page for each, their
    shared calendar (with .ics feeds) and the announcement form."""

    intro = RichTextField(blank=True)
    events_index = models.ForeignKey(
        "events.EventIndexPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("events index"),
        help_text=_("Where approved event announcements are published and member calendar feeds are synced."))
    directory = models.ForeignKey(
        "cities.CityIndexPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("directory"), help_text=_("The chapter's partner-city directory, for each member's page."))
    calendar_days = models.PositiveSmallIntegerField(
        _("calendar reaches (days)"), default=180, help_text=_("How many days ahead the member calendar lists."))

    content_panels = Page.content_panels + ["intro", MultiFieldPanel(
        [FieldPanel("events_index"), FieldPanel("directory"), FieldPanel("calendar_days")], heading=_("Sources"))]
    subpage_types = []
    max_count_per_parent = 1

    @path("")
    def listing(self, request):
        associations = list(self.associations.order_by("name"))
        return self.render(request, context_overrides={"associations": associations})

    @path("calendar/", name="calendar")
    def member_calendar(self, request):
        view = calendar.MemberCalendar.build(self, request.GET)
        calendar.annotate(view.entries, request)
        return self.render(request, template="chapter/member_calendar.html", context_overrides={
            "calendar": view, "feed_url": calendar.feed_url(self, request, view.association)})

    @path("calendar.ics/", name="feed")
    def feed(self, request):
        return calendar.ics_response(self, request, None)

    @path("<slug:slug>/calendar.ics/", name="association_feed")
    def association_feed(self, request, slug):
        return calendar.ics_response(self, request, self._association(slug))

    @path("announce/", name="announce")
    def announce(self, request):
        associations = self.associations.order_by("name")
        if request.method != "POST":
            return self.render(request, template="chapter/announce.html",
                               context_overrides={"form": AnnouncementForm(associations=associations)})
        form = AnnouncementForm(request.POST, request.FILES, associations=associations)
        per_ip, window = settings.CHAPTER_ANNOUNCE_LIMIT_PER_IP
        if not ratelimit.hit(f"chapter-announce:{client_ip(request)}", per_ip, window):
            response = self.render(request, template="chapter/announce.html",
                                   context_overrides={"form": form, "too_many": True})
            response.status_code = 429
            return response
        if not form.is_valid():
            response = self.render(request, template="chapter/announce.html", context_overrides={"form": form})
            response.status_code = 400
            return response
        # A filled honeypot is thanked like anyone else, and stored nowhere.
        if not form.cleaned_data["website"]:
            Announcement.objects.create(members_page=self, site=Site.find_for_request(request),
                                        language=get_language() or settings.LANGUAGE_CODE, **form.announcement_fields())
        return redirect(request.path.rstrip("/") + "/thanks/")

    @path("announce/thanks/", name="announce_thanks")
    def announce_thanks(self, request):
        return self.render(request, template="chapter/announce_thanks.html")

    @path("<slug:slug>/", name="association")
    def association(self, request, slug):
        association = self._association(slug)
        return self.render(request, template="chapter/association.html",
                           context_overrides=calendar.association_context(self, association, request))

    def _association(self, slug):
        association = self.associations.select_related("feed", "events_index").filter(slug=slug).first()
        if association is None:
            raise Http404
        return association


class MemberAssociation(models.Model):
    """A sister city association belonging to the chapter. Its events come
    from its calendar feed (synced by the worker), or, for an association
    whose site runs on this install, straight from its events index."""

    members_page = models.ForeignKey(MembersPage, on_delete=models.CASCADE, related_name="associations",
                                     verbose_name=_("chapter"))
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80)
    local_city = models.CharField(_("local city"), max_length=120,
                                  help_text=_("As the chapter's directory names it, e.g. “Los Angeles”."))
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("contact"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    feed = models.OneToOneField(
        "events.CalendarFeed", null=True, blank=True, on_delete=models.SET_NULL, related_name="member",
        verbose_name=_("calendar feed"), help_text=_("Its outside .ics calendar, synced by the worker."))
    events_index = models.ForeignKey(
        "events.EventIndexPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("events on this install"),
        help_text=_("For an association whose site runs here: its events index, read directly (no feed)."))
    newsletter_archive = models.URLField(_("newsletter archive"), blank=True,
                                         help_text=_("Where the association keeps its past newsletters."))
    demo = models.BooleanField(default=False, editable=False,
                               help_text="Generated for the demo: not a real association.")

    panels = ["members_page", "name", "slug", "local_city", "website", "contact_name", "contact_email", "feed",
              "events_index", "newsletter_archive"]

    class Meta:
        ordering = ["name"]
        verbose_name = _("member association")
        verbose_name_plural = _("member associations")
        constraints = [models.UniqueConstraint(fields=["members_page", "slug"], name="member_association_slug")]

    def __str__(self):
        return self.name


class MemberNewsletter(models.Model):
    """One issue in a member association's newsletter archive: a link, or a
    PDF kept in the document library."""

    association = models.ForeignKey(MemberAssociation, on_delete=models.CASCADE, related_name="newsletters",
                                    verbose_name=_("association"))
    title = models.CharField(_("title"), max_length=200)
    issued = models.DateField(_("issued"), default=timezone.localdate)
    url = models.URLField(_("address"), blank=True)
    document = models.ForeignKey("wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="+", verbose_name=_("PDF"))

    panels = ["association", "title", "issued", "url", "document"]

    class Meta:
        ordering = ["-issued", "-pk"]
        verbose_name = _("member newsletter")
        verbose_name_plural = _("member newsletters")

    def __str__(self):
        return self.title

    @property
    def link(self) -> str:
        return self.document.url if self.document_id and self.document else self.url


class Announcement(models.Model):
    """What a member association sent through the public form: stored before
    any mail leaves, moderated by chapter editors, then published as an
    event or a newsletter, or refused with a reason mailed back. The worker
    sends the confirmation and the decision, and retries until they left."""

    Kind = AnnouncementKind

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    class MailState(models.TextChoices):
        WAITING = "waiting", _("waiting to be sent")
        RETRYING = "retrying", _("retrying")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    members_page = models.ForeignKey(MembersPage, null=True, on_delete=models.SET_NULL, related_name="announcements")
    site = models.ForeignKey("wagtailcore.Site", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    association = models.ForeignKey(MemberAssociation, on_delete=models.CASCADE, related_name="announcements",
                                    verbose_name=_("association"))
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    language = models.CharField(_("language"), max_length=15)
    name = models.CharField(_("sent by"), max_length=200)
    email = models.EmailField(_("email"), max_length=254)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=2000, blank=True)
    start_date = models.DateField(_("date"), null=True, blank=True)
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=300, blank=True)
    link = models.URLField(_("link"), max_length=500, blank=True)
    newsletter_file = models.FileField(_("newsletter PDF"), upload_to="chapter/announcements/%Y/%m/", blank=True)
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)

    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    reason = models.TextField(_("reason"), blank=True, help_text=_("Mailed to the sender when refused."))
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    event_page = models.ForeignKey("events.EventPage", null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", verbose_name=_("published event"))
    newsletter = models.ForeignKey(MemberNewsletter, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", verbose_name=_("published newsletter"))

    mail_state = models.CharField(_("mail"), max_length=10, choices=MailState.choices, default=MailState.WAITING)
    confirmation_sent_at = models.DateTimeField(_("confirmation sent"), null=True, blank=True)
    decision_sent_at = models.DateTimeField(_("decision sent"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("announcement")
        verbose_name_plural = _("announcements")
        permissions = [("moderate_announcement", "Can approve or reject announcements")]
        indexes = [models.Index(fields=["mail_state", "last_attempt_at"], name="announcement_unsent")]

    def __str__(self):
        return self.title

    @property
    def decided(self) -> bool:
        return self.status != self.Status.PENDING

    @property
    def mail_done(self) -> bool:
        return self.confirmation_sent_at is not None and (not self.decided or self.decision_sent_at is not None)


# Readers see these on the members pages: a change purges the page cache.
watch(MemberAssociation, MemberNewsletter)
