"""Registrations in the admin: the list per event and per date with the
answers, its CSV/XLSX export (formula-safe, core/spreadsheets.py), places
per date, and the check-in list for the day. Personal data: users given the
registrations permissions (administrators) see them all, a committee only
its own events' (permissions.py)."""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.permissions import register_permission_policy

from events.models import EventPage

from . import admin_views
from .models import OccurrencePlaces, Registration
from .panel import event_page_context
from .permissions import RegistrationPermissionPolicy, can_see_event, visible_registrations

hooks.register("event_page_context", event_page_context)
register_permission_policy(Registration, RegistrationPermissionPolicy(Registration))


class RegistrationIndexView(generic.IndexView):
    """The list and its export: only the registrations the user may see."""

    def get_base_queryset(self):
        return visible_registrations(self.request.user).select_related("event")


class RegistrationInspectView(generic.InspectView):
    def get_object(self, queryset=None):
        registration = get_object_or_404(Registration, pk=unquote(str(self.pk)))
        if not visible_registrations(self.request.user).filter(pk=registration.pk).exists():
            raise PermissionDenied  # another committee's: refused as the admin refuses
        return registration


class RegistrationViewSet(ModelViewSet):
    model = Registration
    index_view_class = RegistrationIndexView
    inspect_view_class = RegistrationInspectView
    icon = "group"
    menu_label = _("Registrations")
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = ["name", "guests", "status", "position", "checked_in_at"]
    list_display = [
        Column("name", label=_("Name"), accessor="name"),
        Column("email", label=_("Email"), accessor="email"),
        Column("event", label=_("Event"), accessor="event"),
        Column("when", label=_("Date"), accessor="when"),
        Column("guests", label=_("Guests"), accessor="guests"),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("position", label=_("Waiting list"), accessor="position"),
        Column("answers", label=_("Answers"), accessor="answers_text"),
        DateColumn("created_at", label=_("Registered"), accessor="created_at"),
    ]
    list_filter = {"event": ["exact"], "occurrence_date": ["exact"], "status": ["exact"]}
    list_export = ["event", "when", "name", "email", "language", "guests", "status", "position", "answers_text",
                   "consent_at", "confirmed_at", "cancelled_at", "checked_in_at", "created_at"]
    export_headings = {"answers_text": _("Answers"), "when": _("Date")}
    search_fields = ["name", "email"]
    ordering = ["event", "occurrence_date", "status", "position", "created_at"]


class OccurrencePlacesViewSet(ModelViewSet):
    model = OccurrencePlaces
    icon = "date"
    menu_label = _("Places on one date")
    form_fields = ["event", "occurrence_date", "capacity"]
    list_display = ["event", "occurrence_date", "capacity"]


class RegistrationsGroup(ViewSetGroup):
    menu_label = _("Registrations")
    menu_icon = "group"
    menu_order = 313
    items = (RegistrationViewSet("registrations_admin"), OccurrencePlacesViewSet("occurrence_places"))


@hooks.register("register_admin_viewset")
def register_registrations():
    return RegistrationsGroup()


@hooks.register("register_admin_urls")
def register_check_in_urls():
    return [
        path("registrations/check-in/<int:page_id>/", admin_views.check_in, name="registrations_check_in"),
        path("registrations/check-in/<int:page_id>/<int:pk>/", admin_views.toggle_check_in,
             name="registrations_check_in_toggle"),
    ]


@hooks.register("register_page_header_buttons")
def registration_buttons(page, user, view_name, next_url=None):
    if not isinstance(page.specific_deferred, EventPage) or not can_see_event(user, page):
        return
    yield Button(_("Registrations"), reverse("registrations_admin:index") + f"?event={page.pk}", icon_name="group",
                 priority=82)
    yield Button(_("Check-in list"), reverse("registrations_check_in", args=[page.pk]), icon_name="tick",
                 priority=83)
