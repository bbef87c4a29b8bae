"""Demo registrations: every committee meeting and the board meeting take
them; the Kaniv committee's has six places, a full next date and a waiting
list. Rows are written as they would stand after confirmation, without
mail (nobody is behind these addresses). Idempotent."""

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from events.models import EventCategory, EventIndexPage, EventPage

from .demo_data import BOARD, KANIV, KANIV_PLACES, KANIV_QUESTIONS
from .models import Registration
from .places import Counts, upcoming_dates

Status = Registration.Status


def _email(name: str) -> str:
    return slugify(name).replace("-", ".") + "@example.org"


def _meetings(home_page):
    index = EventIndexPage.objects.descendant_of(home_page).first()
    if index is None:
        return EventPage.objects.none()
    return EventPage.objects.child_of(index).filter(
        category__in=[EventCategory.COMMITTEE_MEETING, EventCategory.BOARD_MEETING], rrule__gt="")


def _open(page: EventPage, **fields) -> EventPage:
    if page.takes_registrations:
        return page
    page.takes_registrations = True
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _answer(page, name, guests, day, now):
    """One confirmed answer: a place while there is one, else the waiting list."""
    email = _email(name)
    registration = Registration.objects.filter(event=page, email=email, occurrence_date=day).first()
    if registration is not None:
        return registration
    registration = Registration(event=page, occurrence_date=day, name=name, email=email, language="en",
                                guests=guests, consent_at=now, confirmed_at=now,
                                consent_text="Given at the committee's meeting (demo).")
    if Counts(page).fits(registration, upcoming_dates(page)):
        registration.status = Status.GOING
    else:
        registration.status = Status.WAITING
        registration.position = Registration.objects.filter(event=page, status=Status.WAITING).count() + 1
    registration.save()
    return registration


@transaction.atomic
def load(home_page) -> int:
    """Open the demo meetings to registration and add the answers; returns how many answers exist."""
    now = timezone.now()
    for page in _meetings(home_page):
        if page.committee and page.committee.slug == "sonoma-kaniv":
            page = _open(page, capacity=KANIV_PLACES,
                         registration_questions=[("question", q) for q in KANIV_QUESTIONS])
            dates = upcoming_dates(page)
            for name, guests, when in KANIV:
                _answer(page, name, guests, None if when == "series" else dates[0].day, now)
        elif page.category == EventCategory.BOARD_MEETING:
            page = _open(page)
            for name, guests in BOARD:
                _answer(page, name, guests, None, now)
        else:
            _open(page)
    return Registration.objects.count()
