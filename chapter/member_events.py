"""The member calendar: every member association's events in one list, each
saying who runs it, filterable by association and by local city, with .ics
feeds for all of them and for each.

An association's events come from three places, all read in a fixed number
of queries whatever the number of associations:
- its calendar feed, synced into ImportedEvent rows by the worker
  (events/sync.py);
- its events index, when its site runs on this install (read directly);
- the announcements of its events that chapter editors approved (published
  as event pages in the chapter's events index).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Q
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.utils import timezone
from wagtail.models import Page

from cities.models import CityProfilePage
from core.page_urls import in_readers_language
from core.visibility import public
from events import ics
from events.models import EventPage, ImportedEvent
from events.models.pages import routed_url
from events.occurrences import imported_occurrence, page_occurrences
from events.zones import UTC

FEED_PAST_DAYS = 30
FEED_FUTURE_DAYS = 400
APPROVED = "approved"  # Announcement.Status.APPROVED (models import this module)


@dataclass
class Sources:
    """The raw events of some associations, and who runs each."""

    pages: list = field(default_factory=list)  # EventPage, exceptions prefetched
    rows: list = field(default_factory=list)  # ImportedEvent
    page_owner: dict = field(default_factory=dict)  # page pk -> association
    feed_owner: dict = field(default_factory=dict)  # feed pk -> association


def sources(members_page, associations: list, start: datetime, end: datetime) -> Sources:
    """The events of `associations` overlapping [start, end): at most four
    queries (announcements, event pages and their exceptions, feed rows)."""
    found = Sources(feed_owner={a.feed_id: a for a in associations if a.feed_id})
    by_pk = {a.pk: a for a in associations}
    announced = dict(members_page.announcements.filter(
        status=APPROVED, association__in=list(by_pk), event_page__isnull=False,
    ).values_list("event_page_id", "association_id")) if by_pk else {}
    hosted = {a.events_index.path: a for a in associations if a.events_index_id and a.events_index}
    where = Q(pk__in=list(announced))
    for path in hosted:
        where |= Q(path__startswith=path, depth=len(path) // Page.steplen + 1)
    if announced or hosted:
        first_day = start.date() - timedelta(days=2)
        # The committee and city each occurrence carries: joined, not one query a page.
        pages = (public(EventPage.objects.live()).filter(where).select_related("committee", "city", "committee__city")
                 .alias(last_day=Coalesce("end_date", "start_date"))
                 .filter(start_date__lte=end.date() + timedelta(days=1))
                 .filter(Q(rrule="", last_day__gte=first_day) | ~Q(rrule=""))
                 .prefetch_related("exceptions").order_by("path"))
        for page in pages:
            owner = by_pk.get(announced.get(page.pk)) or hosted.get(page.path[:-Page.steplen])
            if owner is not None:
                found.pages.append(page)
                found.page_owner[page.pk] = owner
    if found.feed_owner:
        found.rows = list(ImportedEvent.objects.filter(feed_id__in=list(found.feed_owner), start__lt=end, end__gt=start)
                          .select_related("feed", "feed__committee", "feed__committee__city").order_by("start"))
    return found


def occurrences_of(found: Sources, start: datetime, end: datetime) -> list:
    """Every occurrence in [start, end), sorted, each with its association in `extra`."""
    result = []
    for page in found.pages:
        for occ in page_occurrences(page, start, end):
            occ.extra["association"] = found.page_owner[page.pk]
            result.append(occ)
    for row in found.rows:
        occ = imported_occurrence(row)
        occ.extra["association"] = found.feed_owner[row.feed_id]
        result.append(occ)
    result.sort(key=lambda occ: (occ.start.astimezone(UTC), occ.title, occ.key))
    return result


@dataclass
class MemberCalendar:
    associations: list
    entries: list
    filters: dict
    association: object | None = None

    @classmethod
    def build(cls, members_page, params, *, now: datetime | None = None) -> MemberCalendar:
        now = now or timezone.now()
        associations = list(members_page.associations.select_related("events_index").order_by("name"))
        filters = {name: (params.get(name) or "").strip()[:80] for name in ("association", "city")}
        filters = {name: value for name, value in filters.items() if value}
        chosen = [a for a in associations
                  if filters.get("association", a.slug) == a.slug and filters.get("city", a.local_city) == a.local_city]
        end = now + timedelta(days=members_page.calendar_days)
        entries = [occ for occ in occurrences_of(sources(members_page, chosen, now, end), now, end) if occ.end > now]
        association = chosen[0] if "association" in filters and chosen else None
        return cls(associations=associations, entries=entries, filters=filters, association=association)

    @property
    def association_options(self) -> list[tuple[str, str]]:
        return [(a.slug, a.name) for a in self.associations]

    @property
    def city_options(self) -> list[str]:
        return sorted({a.local_city for a in self.associations if a.local_city}, key=str.lower)

    @property
    def is_filtered(self) -> bool:
        return bool(self.filters)


def annotate(entries: list, request) -> list:
    """Each occurrence's link: the event page (in the reader's language) or
    the link its source calendar gave."""
    for occ in entries:
        if occ.page is not None:
            occ.extra["url"] = in_readers_language(occ.page.get_url(request))
        else:
            occ.extra["url"] = occ.imported.url
    return entries


def feed_url(members_page, request, association=None) -> str:
    url = members_page.get_url(request) or ""
    if association is None:
        return routed_url(url, members_page, "feed")
    return routed_url(url, members_page, "association_feed", [association.slug])


def ics_response(members_page, request, association=None) -> HttpResponse:
    """The .ics of every member's events, or of one association's."""
    now = timezone.now()
    if association is None:
        associations = list(members_page.associations.select_related("events_index"))
        name = members_page.title
    else:
        associations = [association]
        name = association.name
    found = sources(members_page, associations, now - timedelta(days=FEED_PAST_DAYS),
                    now + timedelta(days=FEED_FUTURE_DAYS))
    root = request.build_absolute_uri("/")[:-1]

    def url_for(page):
        url = page.get_url(request) or ""
        return url if url.startswith("http") else root + url

    body = ics.feed_bytes(name, found.pages, found.rows, url_for)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    filename = association.slug if association is not None else "members"
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    response["Cache-Control"] = "public, max-age=300"
    return response


def association_context(members_page, association, request, *, now: datetime | None = None) -> dict:
    """One member's page: its partner cities in the chapter's directory, its
    next events and its latest newsletter."""
    now = now or timezone.now()
    cities = []
    if members_page.directory_id:
        cities = list(CityProfilePage.objects.live().filter(
            path__startswith=members_page.directory.path, local_city=association.local_city).order_by("title"))
        for city in cities:
            city.listing_url = in_readers_language(city.get_url(request))
    end = now + timedelta(days=members_page.calendar_days)
    events = [occ for occ in occurrences_of(sources(members_page, [association], now, end), now, end)
              if occ.end > now][:5]
    return {
        "association": association,
        "partner_cities": cities,
        "events": annotate(events, request),
        "newsletter": association.newsletters.select_related("document").first(),
        "feed_url": feed_url(members_page, request, association),
        "calendar_url": routed_url(members_page.get_url(request) or "", members_page, "calendar"),
        "countries": len({city.country for city in cities}),
    }
