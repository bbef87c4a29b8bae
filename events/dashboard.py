"""The editors' dashboard panels this app gives: the next meetings, and the
calendar feeds that fail. Each costs a fixed number of queries."""

from django.conf import settings
from django.db.models import Q
from django.urls import reverse

from core.dashboard import DashboardPanel

from . import occurrences
from .feedstatus import status_of
from .models import CalendarFeed

SHOWN = 5


class NextMeetingsPanel(DashboardPanel):
    name = "next_meetings"
    order = 60
    template_name = "events/admin/panel_next_meetings.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["meetings"] = occurrences.upcoming(days=62, limit=SHOWN, include_cancelled=False)
        return context


class FailingFeedsPanel(DashboardPanel):
    name = "failing_feeds"
    order = 70
    template_name = "events/admin/panel_failing_feeds.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        failing = (CalendarFeed.objects.filter(Q(last_result=CalendarFeed.Result.FAILED, enabled=True)
                                               | Q(last_result=CalendarFeed.Result.GONE))
                   .order_by("-failure_count", "name"))
        feeds = list(failing[:SHOWN + 1])
        context.update(rows=[(feed, status_of(feed)) for feed in feeds[:SHOWN]], more=len(feeds) > SHOWN,
                       list_url=reverse("wagtailsnippets_events_calendarfeed:list") + "?last_result=failed",
                       every_minutes=settings.CALENDAR_FEED_SYNC_MINUTES)
        return context


def add_panels(request, panels):
    """The `construct_homepage_panels` hook."""
    if request.user.has_perm("wagtailadmin.access_admin"):
        panels.append(NextMeetingsPanel())
    if request.user.has_perm("events.change_calendarfeed"):
        panels.append(FailingFeedsPanel())
