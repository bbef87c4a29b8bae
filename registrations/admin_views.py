"""The check-in list: one event's date on a phone, everyone holding a place,
a tap to tick them in (or out again)."""

from datetime import date

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from events.models import EventPage

from .models import Registration
from .permissions import can_check_in, can_see_event
from .places import upcoming_dates


def _day(request) -> date | None:
    try:
        return date.fromisoformat(request.GET.get("date") or request.POST.get("date") or "")
    except ValueError:
        return None


def check_in(request, page_id):
    page = get_object_or_404(EventPage, pk=page_id)
    if not can_see_event(request.user, page):
        raise PermissionDenied
    dates = upcoming_dates(page)
    day = _day(request) or (dates[0].day if dates else None)
    rows = Registration.objects.filter(event=page, status=Registration.Status.GOING).select_related("event")
    if page.rrule:
        rows = rows.filter(Q(occurrence_date__isnull=True) | Q(occurrence_date=day))
    rows = rows.order_by("name", "pk")
    return TemplateResponse(request, "registrations/admin/check_in.html", {
        "page": page, "day": day, "dates": dates, "rows": rows,
        "people": sum(r.places for r in rows), "checked": sum(r.places for r in rows if r.checked_in_at),
    })


@require_POST
def toggle_check_in(request, page_id, pk):
    registration = get_object_or_404(Registration.objects.select_related("event"), pk=pk, event_id=page_id)
    if not can_check_in(request.user, registration.event):
        raise PermissionDenied
    registration.checked_in_at = None if registration.checked_in_at else timezone.now()
    registration.save(update_fields=["checked_in_at", "updated_at"])
    day = _day(request)
    query = f"?date={day.isoformat()}" if day else ""
    return redirect(reverse("registrations_check_in", args=[page_id]) + query + f"#r{registration.pk}")
