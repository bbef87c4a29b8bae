"""Demo events: the seed's committee meetings as recurring series, and
synthetic events for load tests (`load_demo_content --scale`)."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from django.utils import timezone
from django.utils.text import slugify

from core.demo.translate import translate_tree
from people.models import Committee

from .demo_data import MEETINGS
from .demo_translations import TRANSLATIONS
from .models import EventCategory, EventException, EventIndexPage, EventPage
from .recurrence import Repeat

# The seed shows a place for the Penglai meeting ("+Virtual") but no link: a
# documentation address stands in until the committee gives its own.
PENGLAI_VIRTUAL_URL = "https://meet.example.org/sonoma-penglai"


def events_index(home_page, title: str = "Events", slug: str = "events") -> EventIndexPage:
    existing = EventIndexPage.objects.child_of(home_page).first()
    if existing:
        return existing
    index = EventIndexPage(title=title, slug=slug, show_in_menus=True,
                           intro="<p>Board and committee meetings, exchanges and celebrations.</p>")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


def _home(target):
    """A home page from what the demo loader passes: a page, a Site, or
    {"sonoma": Site, ...} (the seed's meetings are the Sonoma association's)."""
    if isinstance(target, dict):
        target = target.get("sonoma") or next(iter(target.values()))
    root = getattr(target, "root_page", None)
    return root.specific if root is not None else target


def load(target) -> EventIndexPage:
    """The seed's meetings below the home page (idempotent: existing ones are kept)."""
    index = events_index(_home(target))
    for meeting in MEETINGS:
        slug = slugify(meeting["title"])[:80]
        if EventPage.objects.child_of(index).filter(slug=slug).exists():
            continue
        committee = Committee.objects.select_related("city").filter(slug=meeting["committee"]).first()
        start = datetime.strptime(meeting["start"], "%H:%M").time()
        end = datetime.strptime(meeting["end"], "%H:%M").time()
        rule = meeting["rule"]
        if rule["freq"] != "monthly" or "nth" not in rule:
            raise ValueError(f"demo meeting {meeting['title']!r}: only monthly Nth-weekday rules are expected")
        page = EventPage(
            title=meeting["title"], slug=slug,
            category=EventCategory.BOARD_MEETING if meeting["committee"] == "board" else
            EventCategory.COMMITTEE_MEETING,
            committee=committee, city=committee.city if committee else None,
            start_date=date.fromisoformat(meeting["dtstart"]), start_time=start, end_time=end,
            time_zone=meeting["timezone"], repeat=Repeat.MONTHLY_WEEKDAY, repeat_ordinal=rule["nth"],
            venue_name=meeting["venue"] or meeting.get("venue_note") or "",
            venue_address=meeting.get("address") or "",
            virtual_url=PENGLAI_VIRTUAL_URL if meeting.get("virtual") else "",
            summary=_summary(meeting),
        )
        for exdate in meeting.get("exdates", []):
            page.exceptions.add(EventException(original_date=date.fromisoformat(exdate),
                                               action=EventException.Action.REMOVED))
        index.add_child(instance=page)
        page.save_revision().publish()
    return index


def _summary(meeting: dict) -> str:
    if meeting.get("venue_note") == "TBD":
        return "Monthly meeting of the board; the place is announced before each meeting."
    if meeting.get("venue_note"):
        note = meeting["venue_note"]
        return f"Monthly committee meeting; for the place, {note[:1].lower()}{note[1:]}."
    if meeting.get("virtual"):
        return "Monthly committee meeting, in person and online."
    return "Monthly committee meeting, open to members and friends."


def translate(home_page, locales: set[str], report=None) -> None:
    """The index and the seed's meetings in every language, through
    wagtail-localize (demo_translations.py), once the registrations demo has
    added the Kaniv meeting's questions."""
    translate_tree(home_page, TRANSLATIONS, locales, report, fit=_fit)


def _fit(page, strings: dict) -> dict:
    # Without the registrations demo, the Kaniv meeting asks no questions.
    if "registration_questions" in strings and not getattr(page, "registration_questions", None):
        return {field: texts for field, texts in strings.items() if field != "registration_questions"}
    return strings


def add_synthetic_events(n: int, index: EventIndexPage | None = None, *, seed: int = 5) -> list[EventPage]:
    """`n` one-off and recurring events spread over the coming year, for
    load tests and benchmarks. Created live, without revisions (fast)."""
    index = index or EventIndexPage.objects.order_by("path").first()
    if index is None:
        raise ValueError("add_synthetic_events needs an events index (run events.demo.load first)")
    rng = random.Random(seed)
    committees = list(Committee.objects.all())
    zones = ["America/Los_Angeles", "Europe/Kyiv", "Asia/Shanghai", "Europe/Budapest", "Europe/Rome",
             "America/Mexico_City", "Africa/Cairo", "Europe/Paris"]
    today = timezone.localdate()
    now = timezone.now()
    offset = EventPage.objects.child_of(index).filter(slug__startswith="synthetic-").count()
    created = []
    for number in range(offset, offset + n):
        start_date = today + timedelta(days=rng.randrange(-60, 365))
        hour = rng.choice([10, 11, 14, 17, 18, 19])
        committee = rng.choice(committees) if committees and rng.random() < 0.6 else None
        repeat = rng.choice([Repeat.NONE] * 6 + [Repeat.WEEKLY, Repeat.MONTHLY_WEEKDAY, Repeat.MONTHLY_DAY])
        if repeat == Repeat.MONTHLY_WEEKDAY and (start_date.day - 1) // 7 + 1 == 5:
            repeat = Repeat.MONTHLY_DAY
        page = EventPage(
            title=f"Synthetic event {number + 1}", slug=f"synthetic-{number + 1}",
            category=rng.choice(EventCategory.values), committee=committee,
            city=committee.city if committee else None, start_date=start_date, start_time=time(hour),
            end_time=time(hour + 1, 30), time_zone=rng.choice(zones), repeat=repeat,
            repeat_count=rng.choice([None, 6, 12]) if repeat else None,
            venue_name=rng.choice(["Sonoma Community Center", "Sonoma Library Meeting Room", ""]),
            virtual_url=rng.choice(["", "https://meet.example.org/synthetic"]),
            first_published_at=now, last_published_at=now, live=True,
        )
        index.add_child(instance=page)
        created.append(page)
    return created
