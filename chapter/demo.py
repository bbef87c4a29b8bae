"""Demo content of the chapter: the members page and the chapter's events
index (where approved announcements and member feeds land), the member
associations, a demo calendar for Sister Cities of Los Angeles, and the
directory at the seed's scale.

`load(..., full=False)` (the test suite's shared demo) leaves the directory
as the cities app made it: 170 pages take half a minute to add (each city
gets its committee's group and permissions). `full=True` (`manage.py
load_demo_content --full-chapter`, as `make run` does) fills it to the
seed's "approximately 170 cities in 50 countries with 40 cities in Southern
California": the sure partnerships, the rest generated and marked as demo
data, with a (demo) member association for each local city. Idempotent:
natural keys (slugs) throughout.
"""

from datetime import datetime, time, timedelta
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify
from icalendar import Calendar, Event
from wagtail.models import Page

from cities.models import CityProfilePage
from core.demo import Report, child, ensure_page, paragraphs, parse_since
from core.demo.translate import translate_page
from events.models import CalendarFeed, EventIndexPage
from events.sync import apply_body
from events.zones import get_zone
from newsletters.models import NewsletterIndexPage

from . import demo_data as data
from .demo_translations import MEMBERS
from .models import MemberAssociation, MembersPage

DEMO_SUMMARY = "Demo data: a generated partnership standing in for one of the chapter's, not a real twinning."
REAL_SUMMARY = "{partner} and {local} are sister cities, members of the Southern California chapter's network."
ZONE = "America/Los_Angeles"


def load(sites: dict, report: Report, *, full: bool = False) -> MembersPage:
    chapter_home = sites["chapter"].root_page.specific
    index = ensure_page(chapter_home, EventIndexPage(
        title="Member events", slug="member-events",
        intro=paragraphs(["Events the chapter's member associations announced, and their calendars."])), report)
    # The chapter's own newsletter archive, where its monthly digest is drafted (chapter/digest.py).
    ensure_page(chapter_home, NewsletterIndexPage(
        title="Chapter newsletter", slug="newsletter",
        intro=paragraphs(["The chapter's monthly digest of its members' events and newsletters."])), report)
    directory = child(chapter_home, "directory")
    members = ensure_page(chapter_home, MembersPage(
        title="Member associations", slug="members", show_in_menus=True,
        intro=paragraphs(["The sister city associations of Southern California that make up the chapter: their "
                          "events, their partner cities and their newsletters. To announce a sister city event "
                          "or post your newsletter, use the form below."]),
        events_index=index, directory=directory), report)
    sonoma_events = EventIndexPage.objects.child_of(sites["sonoma"].root_page).first()
    for spec in data.ASSOCIATIONS:
        association = _association(members, spec, report)
        if spec.get("hosted") and association.events_index_id is None and sonoma_events is not None:
            association.events_index = sonoma_events
            association.save(update_fields=["events_index"])
        if spec.get("feed") and association.feed_id is None:
            association.feed = demo_feed(association, index, report)
            association.save(update_fields=["feed"])
    if directory is not None and full:
        add_real_pairs(directory, data.REAL_PAIRS, report)
        add_demo_pairs(directory, report)
        for city in data.LOCAL_CITIES:
            if not any(spec["local_city"] == city for spec in data.ASSOCIATIONS):
                _association(members, {"slug": f"demo-{slugify(city)}", "name": f"{city} sister cities (demo)",
                                       "local_city": city, "demo": True}, report)
    return members


def translate(sites: dict, locales: set[str], report: Report) -> None:
    """The members page (in the chapter's menu) into every language."""
    members = MembersPage.objects.descendant_of(sites["chapter"].root_page).filter(
        locale=sites["chapter"].root_page.locale).first()
    if members is None:
        return
    for code in sorted(locales & MEMBERS.keys()):
        translate_page(members, code, MEMBERS[code], report)


def _association(members, spec, report) -> MemberAssociation:
    association, created = MemberAssociation.objects.get_or_create(
        members_page=members, slug=spec["slug"],
        defaults={"name": spec["name"], "local_city": spec["local_city"], "demo": spec.get("demo", False),
                  "contact_email": spec.get("contact_email") or ""})
    if created:
        report.add(f"member association {association.name}")
    return association


def demo_calendar(association, *, today=None) -> bytes:
    """An .ics standing in for the association's own calendar (generated)."""
    today = today or timezone.localdate()
    zone = get_zone(ZONE)
    cal = Calendar()
    cal.add("PRODID", "-//Sister Cities CMS//Demo member calendar//EN")
    cal.add("VERSION", "2.0")
    for number, (days, hour, title, place) in enumerate(data.DEMO_FEED_EVENTS, start=1):
        start = datetime.combine(today + timedelta(days=days), time(hour), tzinfo=zone)
        event = Event()
        event.add("UID", f"demo-{association.slug}-{number}@example.org")
        event.add("SUMMARY", title)
        event.add("DTSTART", start)
        event.add("DTEND", start + timedelta(hours=2))
        event.add("LOCATION", place)
        event.add("DESCRIPTION", "Demo event, generated for the demo calendar: not a real announcement.")
        cal.add_component(event)
    return cal.to_ical()


def demo_feed(association, index, report) -> CalendarFeed:
    """A disabled feed (its address is not real) filled once from the demo calendar."""
    feed = CalendarFeed.objects.create(
        name=f"{association.name} (demo calendar)", url=f"https://example.org/demo/{association.slug}.ics",
        index=index, default_time_zone=ZONE, enabled=False)
    apply_body(feed, demo_calendar(association))
    report.add(f"calendar feed {feed.name}")
    return feed


def _existing_slugs(directory) -> set[str]:
    return set(Page.objects.child_of(directory).values_list("slug", flat=True))


def _add(directory, page: CityProfilePage) -> None:
    # Published without a revision, as the synthetic cities are; an
    # editor's first edit gives each its first revision.
    page.locale_id = directory.locale_id
    directory.add_child(instance=page)


def add_real_pairs(directory, pairs, report) -> int:
    existing = _existing_slugs(directory)
    added = 0
    for local, partner, country, latitude, longitude, since in pairs:
        slug = slugify(f"{local}-{partner}")
        if slug in existing:
            continue
        started, year_only = parse_since(since)
        _add(directory, CityProfilePage(
            title=partner, slug=slug, local_city=local, country=country, latitude=Decimal(str(latitude)),
            longitude=Decimal(str(longitude)), status="sister", started=started, started_year_only=year_only,
            summary=REAL_SUMMARY.format(partner=partner, local=local)))
        added += 1
    if added:
        report.add(f"{added} partnerships of the chapter")
    return added


def demo_pairs(directory_countries: set[str], count: int) -> list[dict]:
    """`count` generated partnerships over the forty local cities, in the
    countries that bring the directory to TOTAL_COUNTRIES first, then all."""
    fresh = [entry for entry in data.DEMO_COUNTRIES if entry[0] not in directory_countries]
    needed = max(0, data.TOTAL_COUNTRIES - len(directory_countries))
    pool = fresh[:needed] or data.DEMO_COUNTRIES
    pairs = []
    for number in range(1, count + 1):
        code, latitude, longitude = pool[(number - 1) % len(pool)]
        pairs.append({
            "slug": f"demo-{number:03d}", "title": f"Demo partner {number:03d}",
            "local_city": data.LOCAL_CITIES[(number * 7) % len(data.LOCAL_CITIES)], "country": code,
            # Spread around the capital so pins do not sit on one another.
            "latitude": round(latitude + ((number * 37) % 21 - 10) / 10, 2),
            "longitude": round(longitude + ((number * 53) % 21 - 10) / 10, 2),
            "started": 1960 + (number * 11) % 60,
        })
    return pairs


def add_demo_pairs(directory, report) -> int:
    """Fill the directory up to TOTAL_PARTNERS with generated partnerships."""
    rows = list(CityProfilePage.objects.child_of(directory).values_list("slug", "country"))
    real = [slug for slug, _country in rows if not slug.startswith("demo-")]
    existing = {slug for slug, _country in rows}
    countries = {country for slug, country in rows if not slug.startswith("demo-")}
    added = 0
    for spec in demo_pairs(countries, data.TOTAL_PARTNERS - len(real)):
        if spec["slug"] in existing:
            continue
        _add(directory, CityProfilePage(
            title=spec["title"], slug=spec["slug"], local_city=spec["local_city"], country=spec["country"],
            latitude=Decimal(str(spec["latitude"])), longitude=Decimal(str(spec["longitude"])), status="sister",
            started=datetime(spec["started"], 1, 1).date(), started_year_only=True, summary=DEMO_SUMMARY))
        added += 1
    if added:
        report.add(f"{added} generated (demo) partnerships")
    return added
