"""Calendar feeds in the admin: the list shows each feed's last result and
its reason, its last success, its next sync and its events; a feed's page
lists its warnings and skipped events; "Sync now" asks the worker to sync
(the request only enqueues) and the feed's page shows it running, then its
result."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import InspectView, SnippetViewSet

from . import dashboard, sync
from .feedstatus import lines, status_of
from .models import CalendarFeed


def sync_now_view(request, pk):
    if not request.user.has_perm("events.change_calendarfeed"):
        raise PermissionDenied
    feed = get_object_or_404(CalendarFeed, pk=pk)
    if request.method == "POST":
        if not feed.enabled:
            messages.warning(request, _("“%(name)s” is disabled: enable it to sync it.") % {"name": feed.name})
        else:
            sync.request_sync(feed)
        return redirect(reverse("wagtailsnippets_events_calendarfeed:inspect", args=[feed.pk]))
    return TemplateResponse(request, "events/admin/sync_now.html", {"feed": feed, "status": status_of(feed)})


class ResultColumn(Column):
    """The last result as a tag, with its reason (or what it changed) under it."""

    cell_template_name = "events/admin/feed_result_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["status"] = status_of(instance)
        return context


class NextSyncColumn(Column):
    cell_template_name = "events/admin/feed_next_sync_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["status"] = status_of(instance)
        return context


class CalendarFeedInspectView(InspectView):
    """The feed's page: its sync state first, reloading itself while a sync
    runs, then its settings, warnings and skipped events."""

    template_name = "events/admin/feed_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        feed = self.object
        context.update(status=status_of(feed), warnings=lines(feed.last_warnings), skipped=lines(feed.last_skipped),
                       sync_url=reverse("wagtailsnippets_events_calendarfeed:sync", args=[feed.pk]),
                       can_sync=self.request.user.has_perm("events.change_calendarfeed"))
        return context


class CalendarFeedViewSet(SnippetViewSet):
    model = CalendarFeed
    icon = "date"
    menu_label = gettext_lazy("Calendar feeds")
    add_to_admin_menu = False
    # Every column reads the feed row itself: no query per feed.
    list_display = [
        "name",
        ResultColumn("last_result", label=gettext_lazy("Last result"), width="40%"),
        DateColumn("last_success_at", label=gettext_lazy("Last success"), classname="feed-col-secondary"),
        NextSyncColumn("next_sync", label=gettext_lazy("Next sync"), classname="feed-col-secondary"),
        Column("event_count", label=gettext_lazy("Events"), classname="feed-col-secondary"),
    ]
    list_filter = ["enabled", "last_result"]
    search_fields = ["name", "url"]
    inspect_view_enabled = True
    inspect_view_class = CalendarFeedInspectView
    inspect_view_fields = ["name", "url", "index", "committee", "default_time_zone", "enabled", "event_count"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("sync/<int:pk>/", sync_now_view, name="sync")]


register_snippet(CalendarFeedViewSet)


@hooks.register("register_snippet_listing_buttons")
def sync_now_button(snippet, user, next_url=None):
    if isinstance(snippet, CalendarFeed) and user.has_perm("events.change_calendarfeed"):
        yield ListingButton(_("Sync now"), reverse("wagtailsnippets_events_calendarfeed:sync", args=[snippet.pk]),
                            icon_name="rotate", priority=20)


hooks.register("construct_homepage_panels", dashboard.add_panels)


@hooks.register("insert_global_admin_css")
def feeds_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("events/feeds-admin.css"))
