"""A partner city's committee group edits that committee's events.

Events live under the events index, not under the city page the group holds,
so each event page gets its own "change" grant for the group of its city
(the committee's city, else the event's own city). The grant follows the
published event: moving an event to another committee moves it. No
"publish": committee changes go through moderation, as on the city page.
"""

from django.db import transaction
from django.db.models import Q, Subquery
from django.db.models.functions import Coalesce
from wagtail.models import GroupPagePermission

from cities.models import CityProfilePage
from cities.permissions import COMMITTEE_GROUP_PREFIX, ensure_committee_group
from core.permissions import page_permission

from .models import EventPage


def city_of(event_id):
    """The city of the event as stored (a draft in the editor does not move the grant)."""
    event = EventPage.objects.filter(pk=event_id)
    city_id = Coalesce(Subquery(event.values("committee__city")[:1]), Subquery(event.values("city")[:1]))
    return CityProfilePage.objects.filter(pk=city_id).first()  # one query on every event save


@transaction.atomic
def sync_committee_grant(event) -> None:
    city = city_of(event.pk)
    group = ensure_committee_group(city) if city is not None else None
    change = page_permission("change")
    stale = GroupPagePermission.objects.filter(page=event, group__name__startswith=COMMITTEE_GROUP_PREFIX)
    if group is not None:
        stale = stale.exclude(group=group, permission=change)
        GroupPagePermission.objects.get_or_create(group=group, page=event, permission=change)
    stale.delete()


def sync_city_events(city) -> None:
    """A city created after its committee's events (or re-created) gets their grants."""
    for event in EventPage.objects.filter(Q(city=city) | Q(committee__city=city)).only("pk"):
        sync_committee_grant(event)
