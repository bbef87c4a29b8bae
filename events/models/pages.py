"""The association's own events: an index (listing, month view, feeds) and
one page per event or series, with per-occurrence exceptions."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.slugs import STABLE_SLUG, StableSlugMixin

from ..blocks import EventBodyBlock, RegistrationQuestionsBlock
from ..readerzone import remember
from ..recurrence import Ordinal, Repeat, build_rrule, describe, expand, schedule_errors
from ..reminders import validate_reminder_days
from ..schedule import Schedule
from ..zones import day_start, default_zone_name, get_zone, localize, zone_choices


class EventCategory(models.TextChoices):
    BOARD_MEETING = "board_meeting", _("Board meeting")
    COMMITTEE_MEETING = "committee_meeting", _("Committee meeting")
    CULTURAL = "cultural", _("Cultural")
    YOUTH_EDUCATION = "youth_education", _("Youth and education")
    COMMUNITY_DEVELOPMENT = "community_development", _("Community development")
    BUSINESS_TRADE = "business_trade", _("Business and trade")
    FUNDRAISER = "fundraiser", _("Fundraiser")
    DELEGATION_VISIT = "delegation_visit", _("Delegation visit")


class EventStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    CANCELLED = "cancelled", _("Cancelled")
    POSTPONED = "postponed", _("Postponed")


def routed_url(page_url: str, page, name: str, args=None) -> str:
    """A routed sub-URL of `page` (whose URL is `page_url`). Routes ending in
    ".ics/" are served without the slash (events/urls.py hands them to Wagtail)."""
    url = page_url + page.reverse_subpage(name, args=args)
    return url[:-1] if url.endswith(".ics/") else url


def subpage_url(page, request, name: str, args=None) -> str:
    return routed_url(page.get_url(request) or "", page, name, args)


def _views():
    # events/views.py reads these pages (listings, filters, feeds): imported
    # when a route first runs, since importing it here would be a cycle.
    from .. import views

    return views


class EventIndexPage(RoutablePageMixin, Page):
    """Upcoming occurrences, a month view, past events and the .ics feeds of
    everything below it (and of the outside calendars synced into it)."""

    intro = RichTextField(blank=True)
    upcoming_days = models.PositiveSmallIntegerField(
        default=120, help_text=_("How many days ahead the upcoming list reaches."))

    content_panels = Page.content_panels + ["intro", "upcoming_days"]
    subpage_types = ["events.EventPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        _views().index_context(self, request, context)
        return context

    @path("")
    def upcoming(self, request):
        return self.render(request)

    def serve(self, request, *args, **kwargs):
        return remember(request, super().serve(request, *args, **kwargs))

    @path("month/<int:year>/<int:month>/", name="month")
    def month(self, request, year, month):
        return _views().month_view(self, request, super().get_context(request), year, month)

    @path("past/", name="past")
    def past(self, request):
        return _views().past_view(self, request, super().get_context(request))

    @path("feed.ics/", name="feed")
    def feed(self, request):
        return _views().index_feed(self, request)

    @path("imported/<int:pk>.ics/", name="imported_ics")
    def imported_ics(self, request, pk):
        return _views().imported_event_ics(self, request, pk)


class EventPageForm(WagtailAdminPageForm):
    """Checks each changed date against the series being saved: a change for a
    date the series does not have would do nothing, silently."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("exceptions")
        start_date = cleaned.get("start_date")
        if formset is None or not start_date or not formset.is_valid():
            return cleaned
        zone = get_zone(cleaned.get("time_zone")) or get_zone(default_zone_name())
        start_time = cleaned.get("start_time")
        try:
            rule = build_rrule(start_date, start_time, zone, cleaned.get("repeat") or "",
                               interval=cleaned.get("repeat_interval") or 1, ordinal=cleaned.get("repeat_ordinal"),
                               until=cleaned.get("repeat_until"), count=cleaned.get("repeat_count"))
        except ValueError:
            return cleaned
        for form in formset.forms:
            day = form.cleaned_data.get("original_date") if hasattr(form, "cleaned_data") else None
            if not day or form.cleaned_data.get("DELETE"):
                continue
            if not rule:
                form.add_error("original_date", _("Only a repeating event has dates to change."))
                continue
            if start_time is None:
                found = expand(rule, start_date, day, day + timedelta(days=1))
            else:
                dtstart = localize(datetime.combine(start_date, start_time), zone)
                found = expand(rule, dtstart, day_start(day, zone), day_start(day + timedelta(days=1), zone))
            if not found:
                form.add_error("original_date", _("The series has no date on %(date)s.") % {"date": day})
        return cleaned


class EventPage(Schedule, StableSlugMixin, RoutablePageMixin, Page):
    """One event or a recurring series, in its own time zone."""

    # Stable slug: an event's address goes out in calendar files and meeting
    # notices; it should read the same whatever language the reader picks.

    base_form_class = EventPageForm
    # Fetched with the page when it is served (core/i18n.py).
    serve_related = ["committee", "city", "committee__city"]
    serve_prefetch = ["exceptions"]

    category = models.CharField(max_length=32, choices=EventCategory.choices, default=EventCategory.COMMITTEE_MEETING)
    committee = models.ForeignKey(
        "people.Committee", null=True, blank=True, on_delete=models.SET_NULL, related_name="events",
        help_text=_("The committee (or the board) holding this event."))
    city = models.ForeignKey(
        "cities.CityProfilePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="events",
        help_text=_("The partner city, when the event is about one."))

    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True,
                                  help_text=_("Leave empty for an all-day event."))
    end_date = models.DateField(_("end date"), null=True, blank=True,
                                help_text=_("Leave empty when it ends on the start date."))
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(_("time zone"), max_length=64, choices=zone_choices, default=default_zone_name)

    repeat = models.CharField(_("repeats"), max_length=20, choices=Repeat.choices, blank=True, default="")
    repeat_interval = models.PositiveSmallIntegerField(
        _("every"), default=1, help_text=_("1 = every week or month, 2 = every other one, …"))
    repeat_ordinal = models.SmallIntegerField(
        _("on the"), choices=Ordinal.choices, null=True, blank=True,
        help_text=_("For “monthly on the Nth weekday”: empty takes it from the start date."))
    repeat_until = models.DateField(_("until"), null=True, blank=True)
    repeat_count = models.PositiveSmallIntegerField(_("number of times"), null=True, blank=True)
    rrule = models.CharField(max_length=255, blank=True, editable=False,
                             help_text="RFC 5545 RRULE built from the fields above.")

    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_address = models.CharField(_("venue address"), max_length=300, blank=True)
    virtual_url = models.URLField(_("virtual meeting link"), blank=True,
                                  help_text=_("Video call link; with a venue the event is hybrid."))
    status = models.CharField(max_length=12, choices=EventStatus.choices, default=EventStatus.CONFIRMED)
    summary = models.CharField(max_length=300, blank=True, help_text=_("One line for listings and calendars."))
    body = StreamField(EventBodyBlock(), blank=True, use_json_field=True)

    # Raised on every published change (RFC 5545 SEQUENCE); never edited by hand.
    sequence = models.PositiveIntegerField(default=0, editable=False)
    # Meeting notices (notices/selection.py): this event's own reminder days.
    reminder_days = models.CharField(
        _("reminders (days before)"), max_length=40, blank=True, validators=[validate_reminder_days],
        help_text=_("Days before each meeting that followers get a reminder, e.g. “6, 1”; “-” for none. "
                    "Leave empty for the site's setting."))
    # Registration (the registrations app reads these): readers answer on the page.
    takes_registrations = models.BooleanField(
        _("readers can register"), default=False,
        help_text=_("Show a form on the page where readers say they are coming (no account needed)."))
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True,
        help_text=_("Places per date, guests included. Leave empty for no limit; when full, a waiting list."))
    registration_questions = StreamField(RegistrationQuestionsBlock(), blank=True, use_json_field=True,
                                         verbose_name=_("questions"))

    content_panels = Page.content_panels + [
        FieldRowPanel(["category", "status"]),
        FieldRowPanel(["committee", "city"]),
        MultiFieldPanel([
            FieldRowPanel(["start_date", "start_time"]),
            FieldRowPanel(["end_date", "end_time"]),
            FieldPanel("time_zone"),
        ], heading=_("When")),
        MultiFieldPanel([
            FieldRowPanel(["repeat", "repeat_interval", "repeat_ordinal"]),
            FieldRowPanel(["repeat_until", "repeat_count"]),
        ], heading=_("Repeats")),
        InlinePanel("exceptions", heading=_("Changes to single dates"), label=_("Change")),
        MultiFieldPanel([FieldPanel("venue_name"), FieldPanel("venue_address"), FieldPanel("virtual_url")],
                        heading=_("Where")),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel([FieldRowPanel(["takes_registrations", "capacity"]), FieldPanel("registration_questions")],
                        heading=_("Registration"), classname="collapsed"),
    ]
    settings_panels = Page.settings_panels + [
        MultiFieldPanel([FieldPanel("reminder_days")], heading=_("Meeting notices")),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("venue_name")]
    parent_page_types = ["events.EventIndexPage"]
    # Reminder days ("6, 1") are a setting, not text: never sent to translators.
    override_translatable_fields = [STABLE_SLUG, SynchronizedField("reminder_days", overridable=False),
                                    SynchronizedField("takes_registrations", overridable=False),
                                    SynchronizedField("capacity", overridable=False)]
    subpage_types = []

    class Meta:
        indexes = [models.Index(fields=["start_date"]), models.Index(fields=["repeat_until"])]

    @path("event.ics/", name="ics")
    def ics(self, request):
        return _views().event_ics(self, request)

    @path("")
    def detail(self, request):
        return self.render(request)

    def serve(self, request, *args, **kwargs):
        return remember(request, super().serve(request, *args, **kwargs))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(_views().event_context(self, request))
        return context

    # --- time (all_day, zone, dtstart, duration, uid: Schedule) -------------
    @property
    def is_recurring(self) -> bool:
        return bool(self.rrule)

    @property
    def is_hybrid(self) -> bool:
        return bool(self.venue_name and self.virtual_url)

    @property
    def is_cancelled(self) -> bool:
        return self.status == EventStatus.CANCELLED

    @property
    def schedule_text(self) -> str:
        return describe(self.repeat, self.start_date, interval=self.repeat_interval or 1, ordinal=self.repeat_ordinal)

    def clean(self):
        super().clean()
        errors = {}
        if self.time_zone and not get_zone(self.time_zone):
            errors["time_zone"] = _("Unknown time zone.")
        if self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The event cannot end before it starts.")
        if self.end_time and not self.start_time:
            errors["end_time"] = _("Give a start time too, or leave both empty for an all-day event.")
        if (self.start_time and self.end_time and (self.end_date or self.start_date) == self.start_date
                and self.end_time < self.start_time):
            errors["end_time"] = _("The event cannot end before it starts.")
        if self.start_date:
            errors.update(schedule_errors(self.start_date, self.repeat, self.repeat_ordinal, self.repeat_until,
                                          self.repeat_count))
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.start_date:
            self.rrule = build_rrule(
                self.start_date, self.start_time, self.zone, self.repeat, interval=self.repeat_interval or 1,
                ordinal=self.repeat_ordinal, until=self.repeat_until, count=self.repeat_count)
        return super().save(*args, **kwargs)

    def with_content_json(self, content):
        # SEQUENCE belongs to the live row: a revision saved before the last
        # publish must not bring an older number back.
        obj = super().with_content_json(content)
        obj.sequence = self.sequence
        return obj


class EventException(Orderable):
    """One date of a series cancelled, moved or removed, keyed by the date it
    was originally on; the series itself is untouched."""

    class Action(models.TextChoices):
        CANCELLED = "cancelled", _("Cancelled (still listed, marked cancelled)")
        MOVED = "moved", _("Moved to another date or time")
        REMOVED = "removed", _("Removed (not held, not listed)")

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="exceptions")
    original_date = models.DateField(_("original date"), help_text=_("The date in the series this change is for."))
    action = models.CharField(max_length=12, choices=Action.choices, default=Action.CANCELLED)
    new_start_date = models.DateField(_("new date"), null=True, blank=True)
    new_start_time = models.TimeField(_("new start time"), null=True, blank=True)
    new_end_time = models.TimeField(_("new end time"), null=True, blank=True)
    new_venue_name = models.CharField(_("new venue"), max_length=200, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True, help_text=_("Shown to readers, e.g. why."))

    panels = [
        FieldRowPanel(["original_date", "action"]),
        FieldRowPanel(["new_start_date", "new_start_time", "new_end_time"]),
        FieldPanel("new_venue_name"),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["page", "original_date"], name="event_exception_once_a_date")]

    def clean(self):
        if self.action == self.Action.MOVED and not (self.new_start_date or self.new_start_time):
            raise ValidationError({"new_start_date": _("Give the new date or time.")})
