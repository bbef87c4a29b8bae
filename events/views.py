"""Readers' views of an events index and an event, and the .ics feeds.

The page models route here (RoutablePageMixin); the work is in plain
functions so listings and feeds read the same occurrences.
"""

from __future__ import annotations

import calendar as pycalendar
import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseNotModified
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.http import http_date, parse_http_date_safe, quote_etag
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Page

from cities.models import CityProfilePage
from cities.partners import PartnerCity, partner_cities, site_tree
from core.cache import columns, until_changed
from core.page_urls import in_readers_language, set_listing_urls
from people.models import Committee

from . import feedcache, ics, listed, occurrences
from .models import EventCategory, EventIndexPage, EventPage, ImportedEvent
from .models.pages import routed_url, subpage_url
from .readerzone import invalid_zone, reader_zone
from .zones import UTC, day_start, get_zone

PAST_DAYS = 365
# Occurrences per page of a listing: a year of weekly meetings from a dozen
# committees would otherwise make one page of thousands.
LISTING_PAGE_SIZE = 50
SLUG = re.compile(r"[-\w]+")


@dataclass
class EventFilter:
    """The readers' filters of a listing or a feed: committee and city by
    slug, category by value. Unknown values are reported, not ignored."""

    committee: Committee | None = None
    city: CityProfilePage | PartnerCity | None = None
    category: str = ""
    unknown: tuple[str, ...] = ()

    @classmethod
    def from_query(cls, query, choices: dict | None = None) -> EventFilter:
        """`choices` (committees and cities already listed for the form) saves
        looking them up again."""
        unknown = []
        committee = city = None
        if slug := query.get("committee", "").strip():
            if choices is not None:
                committee = next((c for c in choices["committees"] if c.slug == slug), None)
            elif SLUG.fullmatch(slug):  # else no such slug (and a NUL would stop PostgreSQL)
                committee = Committee.objects.filter(slug=slug).first()
            if committee is None:
                unknown.append("committee")
        if slug := query.get("city", "").strip():
            if choices is not None:
                city = next((c for c in choices["cities"] if c.slug == slug), None)
            elif SLUG.fullmatch(slug):
                city = CityProfilePage.objects.live().filter(slug=slug).first()
            if city is None:
                unknown.append("city")
        category = query.get("category", "").strip()
        if category and category not in EventCategory.values:
            unknown.append("category")
            category = ""
        return cls(committee=committee, city=city, category=category, unknown=tuple(unknown))

    @property
    def kwargs(self) -> dict:
        return {"committee": self.committee, "city": self.city, "category": self.category or None}

    @property
    def query(self) -> str:
        params = {}
        if self.committee:
            params["committee"] = self.committee.slug
        if self.city:
            params["city"] = self.city.slug
        if self.category:
            params["category"] = self.category
        return urlencode(params)

    @property
    def feed_query(self) -> str:
        """Feeds filter by committee and city only (a category is a listing view)."""
        params = {}
        if self.committee:
            params["committee"] = self.committee.slug
        if self.city:
            params["city"] = self.city.slug
        return urlencode(params)

    @property
    def active(self) -> bool:
        return bool(self.committee or self.city or self.category)


def _links(index: EventIndexPage, request, event_filter: EventFilter) -> dict:
    base = in_readers_language(index.get_url(request)) or "/"
    feed_path = subpage_url(index, request, "feed")
    query = event_filter.feed_query
    feed_url = request.build_absolute_uri(feed_path + (f"?{query}" if query else ""))
    return {
        "feed_url": feed_url,
        "subscribe_url": "webcal://" + feed_url.split("://", 1)[1],
        "index_url": base,
    }


def annotate(occs, request, index: EventIndexPage | None = None) -> list:
    """Give each occurrence its detail and .ics links for the template."""
    zone = reader_zone(request)
    index_urls = {}
    # Pages as the listing read them (rows, most often): their URLs resolved
    # once per parent, with no page made from a row.
    set_listing_urls({id(occ.origin): occ.origin for occ in occs if occ.origin is not None}.values(), request)
    for occ in occs:
        if occ.origin is not None:
            url = in_readers_language(occ.origin.listing_url)
            occ.extra["url"] = url
            occ.extra["ics_url"] = routed_url(url, occ.origin, "ics")
        else:
            feed_index = index or occ.imported.feed.index
            if feed_index.pk not in index_urls:
                index_urls[feed_index.pk] = feed_index.get_url(request)
            occ.extra["url"] = occ.imported.url
            occ.extra["ics_url"] = routed_url(index_urls[feed_index.pk], feed_index, "imported_ics",
                                              [occ.imported.pk])
        if zone is not None and not occ.all_day and occ.zone != zone.key:
            local = occ.start.astimezone(zone)
            if local.utcoffset() != occ.start.utcoffset() or local.date() != occ.start.date():
                occ.extra["reader_start"] = local
                occ.extra["reader_end"] = occ.end.astimezone(zone)
    return occs


def _source_tree(index: EventIndexPage) -> str:
    """The default-language tree of the index's site, where every partner
    city is (a translated tree holds only the cities translated so far);
    one query for a translated index."""
    if translation.get_language() in (None, settings.LANGUAGE_CODE):
        return site_tree(index)
    source = (Page.objects.filter(translation_key=index.translation_key, locale__language_code=settings.LANGUAGE_CODE)
              .values_list("path", flat=True).first())
    return source[:Page.steplen * 2] if source else site_tree(index)


def _committees() -> list[Committee]:
    return list(Committee.objects.only("name", "translations", "slug", "kind", "city_id"))


def _filter_choices(index: EventIndexPage) -> dict:
    # Kept in the shared cache until a page or a committee changes.
    committees = until_changed("filter-committees", _committees, columns(Committee))
    tree = until_changed("source-tree", lambda: _source_tree(index), index.pk, translation.get_language())
    return {
        # Named in the reader's language (on the row: no query more), in its order.
        "committees": sorted(committees, key=lambda committee: (committee.kind, committee.label.casefold())),
        "cities": partner_cities(tree),
        "categories": EventCategory.choices,
    }


def base_context(index: EventIndexPage, request, context: dict) -> EventFilter:
    """What every view of the index shows, added to the page's own context:
    filters, view links, feed links."""
    choices = _filter_choices(index)
    event_filter = EventFilter.from_query(request.GET, choices)
    today = timezone.localdate()
    context.update({
        "filter": event_filter,
        "month_url": in_readers_language(subpage_url(index, request, "month", [today.year, today.month])),
        "past_url": in_readers_language(subpage_url(index, request, "past")),
        "reader_zone": reader_zone(request),
        "zone_error": invalid_zone(request),
        **choices,
        **_links(index, request, event_filter),
    })
    return event_filter


def listing_page(occs: list, request, index: EventIndexPage) -> dict:
    """One page of a listing (`?page=`), annotated, with links to its neighbours
    that keep the reader's other parameters (filters, zone)."""
    listing = Paginator(occs, LISTING_PAGE_SIZE).get_page(request.GET.get("page"))

    def link(number):
        params = request.GET.copy()
        params["page"] = number
        return f"?{params.urlencode()}"

    return {
        "occurrences": annotate(list(listing.object_list), request, index),
        "listing": listing,
        "previous_page_url": link(listing.previous_page_number()) if listing.has_previous() else "",
        "next_page_url": link(listing.next_page_number()) if listing.has_next() else "",
    }


def index_context(index: EventIndexPage, request, context: dict) -> None:
    event_filter = base_context(index, request, context)
    occs = listed.upcoming(days=index.upcoming_days, index=index, **event_filter.kwargs)
    context.update({**listing_page(occs, request, index), "view": "upcoming"})


def month_view(index: EventIndexPage, request, context: dict, year: int, month: int):
    if not (1 <= month <= 12 and 1900 <= year <= 2200):
        raise Http404
    event_filter = base_context(index, request, context)
    first = date(year, month, 1)
    next_month = (first + timedelta(days=32)).replace(day=1)
    prev_month = (first - timedelta(days=1)).replace(day=1)
    # A day in any zone: widen by a day either side, then place by local date.
    occs = listed.between(first - timedelta(days=1), next_month + timedelta(days=1), index=index,
                          **event_filter.kwargs)
    by_day: dict[date, list] = {}
    for occ in annotate(occs, request, index):
        day, last_date = grid_days(occ)
        while day <= last_date:
            if first <= day < next_month:
                by_day.setdefault(day, []).append(occ)
            day += timedelta(days=1)
    today = timezone.localdate()
    weeks = [[{"date": day, "in_month": day.month == month, "today": day == today,
               "occurrences": by_day.get(day, [])} for day in week]
             for week in pycalendar.Calendar(firstweekday=first_weekday()).monthdatescalendar(year, month)]
    base = in_readers_language(index.get_url(request))
    query = f"?{event_filter.query}" if event_filter.query else ""
    context.update({
        "view": "month",
        "month": first,
        "weeks": weeks,
        "month_occurrences": [occ for occ in occs if first <= grid_days(occ)[0] < next_month],
        "prev_url": base + index.reverse_subpage("month", args=[prev_month.year, prev_month.month]) + query,
        "next_url": base + index.reverse_subpage("month", args=[next_month.year, next_month.month]) + query,
    })
    return TemplateResponse(request, "events/event_index_month.html", context)


# The day a week starts on where each interface language is mostly read
# (CLDR); Monday elsewhere. Python counts Monday as 0.
FIRST_WEEKDAY = {"en": 6, "ja": 6, "ar": 5}


def first_weekday() -> int:
    return FIRST_WEEKDAY.get(translation.get_language() or "", 0)


def grid_days(occ) -> tuple[date, date]:
    """The days a month grid shows an occurrence on: the reader's own days
    when they chose a zone (annotate() set reader_start), else the event's."""
    start = occ.extra.get("reader_start")
    if start is None:
        return occ.start.date(), occ.last_date
    return start.date(), occ.extra["reader_end"].date()


def past_view(index: EventIndexPage, request, context: dict):
    event_filter = base_context(index, request, context)
    now = timezone.now()
    occs = [occ for occ in listed.between(now - timedelta(days=PAST_DAYS), now, index=index,
                                          **event_filter.kwargs) if occ.end <= now]
    occs.reverse()
    context.update({**listing_page(occs, request, index), "view": "past"})
    return TemplateResponse(request, "events/event_index_past.html", context)


def event_context(page: EventPage, request) -> dict:
    now = timezone.now()
    stored = page  # served pages come with their exceptions (EventPage.serve_prefetch)
    if page.pk and "exceptions" not in getattr(page, "_prefetched_objects_cache", {}):
        stored = EventPage.objects.prefetch_related("exceptions").select_related("committee", "city").get(pk=page.pk)
    occs = occurrences.page_occurrences(stored, now - timedelta(hours=12), now + timedelta(days=400))
    occs = [occ for occ in occs if occ.end > now][:12]
    url = page.get_url(request) or ""
    ics_url = request.build_absolute_uri(subpage_url(page, request, "ics")) if url else ""
    # The partner city the meeting is about: named on the event, else its committee's.
    city = stored.city or (stored.committee.city if stored.committee else None)
    city_url = in_readers_language(city.get_url(request)) if city is not None and city.live else None
    context = {
        "city": city,
        "city_url": city_url,
        "occurrences": annotate(occs, request),
        "next_occurrence": occs[0] if occs else None,
        "ics_url": ics_url,
        "subscribe_url": "webcal://" + ics_url.split("://", 1)[1] if ics_url else "",
        "reader_zone": reader_zone(request),
        "zone_error": invalid_zone(request),
    }
    # Apps above events add their part of the page (registrations: the form
    # and the places left) without events importing them.
    for hook in hooks.get_hooks("event_page_context"):
        context.update(hook(stored, request, {"all_occurrences": occs}))
    return context


# --- feeds --------------------------------------------------------------------

def _ics_response(request, body: bytes, filename: str, last_modified: datetime | None) -> HttpResponse:
    etag = quote_etag(hashlib.sha256(body).hexdigest()[:32])
    if_none_match = request.headers.get("If-None-Match", "")
    not_modified = False
    if if_none_match:
        not_modified = etag in [tag.strip() for tag in if_none_match.split(",")] or if_none_match.strip() == "*"
    elif last_modified is not None and (since := parse_http_date_safe(request.headers.get("If-Modified-Since", ""))):
        not_modified = int(last_modified.timestamp()) <= since
    response = HttpResponseNotModified() if not_modified else HttpResponse(
        body, content_type="text/calendar; charset=utf-8")
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    response["Cache-Control"] = "public, max-age=300"
    if not not_modified:
        response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def _feed_pages(pages):
    return pages.prefetch_related("exceptions").order_by("path")


def index_feed(index: EventIndexPage, request):
    event_filter = EventFilter.from_query(request.GET)
    if event_filter.unknown:
        raise Http404(_("No such %(what)s.") % {"what": ", ".join(event_filter.unknown)})
    cache_key = feedcache.key("index", index.pk, event_filter.feed_query, request.get_host())
    cached = feedcache.get(cache_key)
    if cached is None:
        pages = list(_feed_pages(occurrences.event_pages(index=index, committee=event_filter.committee,
                                                         city=event_filter.city)))
        horizon = timezone.now() - timedelta(days=PAST_DAYS)
        rows = list(occurrences.imported_events(index=index, committee=event_filter.committee,
                                                city=event_filter.city).filter(end__gte=horizon).order_by("start"))
        site_root = request.build_absolute_uri("/")[:-1]
        urls = {}

        def url_for(page):
            if page.pk not in urls:
                relative = page.get_url(request)
                urls[page.pk] = relative if relative.startswith("http") else site_root + relative
            return urls[page.pk]

        name = index.title if not event_filter.feed_query else f"{index.title} ({event_filter.feed_query})"
        body = ics.feed_bytes(name, pages, rows, url_for)
        stamps = [page.last_published_at for page in pages if page.last_published_at]
        stamps += [row.updated_at for row in rows]
        last_modified = max(stamps) if stamps else index.last_published_at
        cached = (body, last_modified)
        feedcache.put(cache_key, cached)
    body, last_modified = cached
    return _ics_response(request, body, f"{index.slug}.ics", last_modified)


def event_ics(page: EventPage, request):
    if page.get_view_restrictions():
        raise Http404
    page = EventPage.objects.prefetch_related("exceptions").get(pk=page.pk)
    url = request.build_absolute_uri(page.get_url(request))
    return _ics_response(request, ics.event_bytes(page, url), f"{page.slug}.ics", page.last_published_at)


def imported_event_ics(index: EventIndexPage, request, pk: int):
    row = get_object_or_404(ImportedEvent.objects.select_related("feed"), pk=pk, feed__index=index)
    return _ics_response(request, ics.imported_bytes(row), f"event-{row.pk}.ics", row.updated_at)


__all__ = ["UTC", "day_start", "get_zone"]
