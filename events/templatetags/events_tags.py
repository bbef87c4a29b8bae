import zoneinfo
from functools import cache

from django import template
from django.conf import settings
from django.db.models import Case, Q, Subquery, When
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from wagtail.models import Page

from core.cache import columns, until_changed
from core.fragments import render_each
from core.page_urls import in_readers_language
from events import dates, listed, occurrences
from events.cards import render_occurrences
from events.models import EventCategory, EventIndexPage
from events.views import annotate

register = template.Library()

MEETINGS = (EventCategory.BOARD_MEETING, EventCategory.COMMITTEE_MEETING)
FILTERS = "events/includes/filters.html"
NEXT_MEETINGS_SECONDS = 60


@register.simple_tag
@cache
def time_zone_datalist():
    """<datalist id="tz-names"> of every IANA zone, for the zone picker's
    autocompletion; built once per process (it never changes while running)."""
    names = sorted(name for name in zoneinfo.available_timezones() if "/" in name and not name.startswith("Etc/"))
    options = format_html_join("", '<option value="{}">', ((name,) for name in names))
    return format_html('<datalist id="tz-names">{}</datalist>', options)


@register.simple_tag(takes_context=True)
def event_filters(context):
    """The listing's filter form (events/includes/filters.html), kept in the
    shared cache under the choices it offers and those made: its few hundred
    city options were an eighth of the listing's render."""
    return render_each(FILTERS, [context["filter"]], context, name="filter",
                       parts=lambda chosen: _filter_parts(context, chosen))


def _filter_parts(context, chosen) -> tuple:
    """Everything the filter form shows."""
    return ([(c.pk, c.slug, c.label) for c in context["committees"]],
            [(c.pk, c.slug, c.title) for c in context["cities"]],
            [(value, str(label)) for value, label in context["categories"]],
            getattr(chosen.committee, "pk", None), getattr(chosen.city, "pk", None), chosen.category,
            chosen.unknown)


@register.simple_tag(takes_context=True)
def occurrence_cards(context, occs):
    """The events of a listing, each as components/occurrence.html shows it
    (events/cards.py): `{% occurrence_cards month.list %}`."""
    return render_occurrences(occs, context)


@register.inclusion_tag("components/next_meetings.html", takes_context=True)
def next_meetings(context, limit: int = 4, days: int = 62):
    """The next board and committee meetings of the events index below the
    current page (the home page), for `{% next_meetings %}`."""
    request = context.get("request")
    page = context.get("page")
    if page is None:
        return {"meetings": [], "index": None}
    # Expanding every series is most of a home page's render: shared by every
    # process until something is published (the page cache's generation) or
    # for a minute; meetings over since are dropped when read.
    index, found = until_changed("next-meetings", lambda: _next_meetings(page, limit, days), occurrences.SHAPE,
                                 columns(EventIndexPage), page.pk, limit, days, timeout=NEXT_MEETINGS_SECONDS)
    if index is None:
        return {"meetings": [], "index": None}
    now = timezone.now()
    found = [occ for occ in found if occ.end > now]
    return {"meetings": annotate(found, request, index), "index": index, "request": request,
            "index_url": in_readers_language(index.get_url(request)), "page": page,
            "reader_zone": context.get("reader_zone")}


def _next_meetings(page, limit: int, days: int) -> tuple:
    """The events index below `page` and its next meetings, read together."""
    index = meetings_index(page)
    if index is None:
        return None, []
    return index, occurrences.upcoming(days=days, limit=limit, index=index, category=MEETINGS,
                                       include_imported=False, include_cancelled=True)


def meetings_index(page):
    """The events index below `page`; for a translated home whose tree has
    none yet, the one below its default-language source (one query)."""
    source_path = Page.objects.filter(translation_key=page.translation_key,
                                      locale__language_code=settings.LANGUAGE_CODE).values("path")[:1]
    own_first = Case(When(path__startswith=page.path, then=0), default=1)
    return (EventIndexPage.objects.live()
            .filter(Q(path__startswith=page.path) | Q(path__startswith=Subquery(source_path)),
                    depth__gt=page.depth)
            .order_by(own_first, "path").first())


@register.inclusion_tag("components/city_meetings.html", takes_context=True)
def city_meetings(context, city, limit: int = 3, days: int = 120):
    """The next board and committee meetings about a partner city (its
    committee's, or naming the city), for its profile: `{% city_meetings page %}`."""
    request = context.get("request")
    # Shared by every reader of the city until something is published (events/listed.py).
    found = listed.upcoming(days=days, city=city, category=MEETINGS, include_imported=False, include_cancelled=True)
    # A meeting translated into several languages is one meeting: the city's
    # own language first, else the first found.
    chosen = {}
    for occ in found:
        key = (occ.page.translation_key, occ.start)
        if key not in chosen or occ.page.locale_id == city.locale_id:
            chosen[key] = occ
    meetings = sorted(chosen.values(), key=lambda occ: (occ.start, occ.title))[:limit]
    return {"meetings": annotate(meetings, request), "request": request, "reader_zone": context.get("reader_zone")}


# Event dates in the reader's language (events/dates.py); like `date`, they
# show aware values in the current zone unless `localtime` is off.
for name, function in {"event_day": dates.day, "event_day_time": dates.day_time,
                       "event_month_day_time": dates.month_day_time, "event_time": dates.clock,
                       "event_time_zone": dates.clock_zone, "event_month": dates.month}.items():
    register.filter(name, function, expects_localtime=True)


@register.filter
def event_end(occ) -> str:
    """The end after the start as a listing shows it: the time alone on the
    same day, else with its day; in the occurrence's own zone."""
    if occ.end.date() != occ.start.date():
        return dates.month_day_time(occ.end)
    return dates.clock(occ.end)


@register.filter
def month_cell_text(occ) -> str:
    """A month cell's line in one run of text: "18:00 Kaniv Committee Meeting",
    "Cancelled: …" when it is; the time as the grid shows it (localtime off)."""
    parts = [] if occ.all_day else [dates.clock(occ.extra.get("reader_start") or occ.start)]
    if occ.is_cancelled:
        parts.append(gettext("Cancelled:"))
    return " ".join([*map(str, parts), occ.title])
