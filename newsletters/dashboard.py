"""The editors' dashboard panels this app gives: the last newsletter sent
with its figures, and the subscribers who joined this month (counts only:
editors do not see the list). Each costs a fixed number of queries."""

from django.db.models import Count
from django.utils import timezone

from core.dashboard import DashboardPanel

from . import issues
from .models import Delivery, SendRun, Subscriber
from .permissions import may_follow_sends


class LastSendPanel(DashboardPanel):
    name = "last_send"
    order = 80
    template_name = "newsletters/admin/panel_last_send.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        run = SendRun.objects.filter(kind=issues.KIND).select_related("page").order_by("-created_at").first()
        counts = {}
        if run is not None:
            counts = dict(Delivery.objects.filter(run=run).order_by().values_list("status").annotate(n=Count("pk")))
        context.update(run=run, sent=counts.get(Delivery.Status.SENT, 0), failed=counts.get(Delivery.Status.FAILED, 0),
                       pending=counts.get(Delivery.Status.PENDING, 0) + counts.get(Delivery.Status.SENDING, 0),
                       suppressed=counts.get(Delivery.Status.SUPPRESSED, 0))
        return context


class NewSubscribersPanel(DashboardPanel):
    name = "new_subscribers"
    order = 90
    template_name = "newsletters/admin/panel_new_subscribers.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        month_start = timezone.localtime().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        by_language = (Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED, confirmed_at__gte=month_start)
                       .order_by().values_list("language").annotate(n=Count("pk")))
        rows = sorted(by_language, key=lambda row: (-row[1], row[0]))
        context.update(month_start=month_start, total=sum(n for _language, n in rows), by_language=rows)
        return context


def add_panels(request, panels):
    """The `construct_homepage_panels` hook: for editors who may send (publish)."""
    if may_follow_sends(request.user):
        panels.append(LastSendPanel())
        panels.append(NewSubscribersPanel())
