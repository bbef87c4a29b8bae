"""Calendar feeds in the admin: the list shows each feed's last sync, and
"Sync now" asks the worker to sync (the request only enqueues)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CalendarFeed
from .signals import feed_sync_requested


def sync_now_view(request, pk):
    if not request.user.has_perm("events.change_calendarfeed"):
        raise PermissionDenied
    feed = get_object_or_404(CalendarFeed, pk=pk)
    if request.method == "POST":
        feed_sync_requested.send(CalendarFeed, feed_id=feed.pk)
        messages.success(request, _("“%(name)s” will be synced in a moment.") % {"name": feed.name})
        return redirect(reverse("wagtailsnippets_events_calendarfeed:list"))
    return TemplateResponse(request, "events/admin/sync_now.html", {"feed": feed})


class CalendarFeedViewSet(SnippetViewSet):
    model = CalendarFeed
    icon = "date"
    menu_label = gettext_lazy("Calendar feeds")
    add_to_admin_menu = False
    list_display = ["name", "url", "enabled", "last_synced_at", "last_result", "event_count", "skipped_count"]
    list_filter = ["enabled", "last_result"]
    search_fields = ["name", "url"]
    inspect_view_enabled = True
    inspect_view_fields = ["name", "url", "index", "committee", "default_time_zone", "enabled", "last_synced_at",
                           "last_success_at", "last_result", "last_error", "last_warnings", "event_count",
                           "created_count", "updated_count", "cancelled_count", "skipped_count", "failure_count"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("sync/<int:pk>/", sync_now_view, name="sync")]


register_snippet(CalendarFeedViewSet)


@hooks.register("register_snippet_listing_buttons")
def sync_now_button(snippet, user, next_url=None):
    if isinstance(snippet, CalendarFeed) and user.has_perm("events.change_calendarfeed"):
        yield ListingButton(_("Sync now"), reverse("wagtailsnippets_events_calendarfeed:sync", args=[snippet.pk]),
                            icon_name="rotate", priority=20)
