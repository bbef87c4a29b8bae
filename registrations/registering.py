"""Registering, confirming, changing, cancelling, and promoting from the
waiting list. Plain functions: no mail is sent here (each change asks for
its mail in its own transaction; the worker sends it once that commits). Every change to who holds a place
runs under the event's row lock (Places), so the last place goes to one
reader only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from events.models import EventPage
from newsletters.models import normalize_email

from .mail import request_mail
from .models import Places, Registration
from .places import Counts, source_page, upcoming_dates

Status = Registration.Status


class RegistrationClosed(Exception):
    """The event takes no registrations, or not for that date."""


@dataclass
class Outcome:
    registration: Registration
    status: str
    guests_refused: bool = False  # a change asked for more places than are left: the old answer stands
    promoted: list[int] = field(default_factory=list)


def _lock(event_id: int) -> None:
    """Take the event's row lock (created on first use), held until commit."""
    if not Places.objects.filter(event_id=event_id).exists():
        try:
            with transaction.atomic():
                Places.objects.create(event_id=event_id)
        except IntegrityError:
            pass  # another request created it first
    Places.objects.select_for_update().get(event_id=event_id)


def _answer(name: str, language: str, guests: int, answers: dict) -> dict:
    return {"name": name.strip()[:120], "language": language, "guests": max(0, int(guests)), "answers": answers}


def check_date(page: EventPage, occurrence_date: date | None) -> None:
    """A date must be one the series holds; a one-off event has none."""
    if not page.takes_registrations:
        raise RegistrationClosed("closed")
    if occurrence_date is None:
        return
    if not page.rrule or occurrence_date not in {choice.day for choice in upcoming_dates(page)}:
        raise RegistrationClosed("date")


@transaction.atomic
def register(page: EventPage, *, occurrence_date: date | None, name: str, email: str, language: str,
             guests: int = 0, answers: dict | None = None, consent_text: str = "", ip: str | None = None,
             site_id: int | None = None) -> Registration:
    """Record an answer from the form and ask for a confirmation mail. The
    same address again for the same date (or the series) updates the answer:
    directly while it is unconfirmed, on confirmation once it holds a place
    or a position (nobody can change someone else's answer by typing their
    address). `page` is the event in the default language."""
    check_date(page, occurrence_date)
    email = normalize_email(email)
    answer = _answer(name, language, guests, answers or {})
    now = timezone.now()
    rows = Registration.objects.select_for_update().filter(event=page, email=email, occurrence_date=occurrence_date)
    registration = rows.first()
    if registration is None:
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    event=page, occurrence_date=occurrence_date, email=email, consent_at=now,
                    consent_text=consent_text, consent_ip=ip, site_id=site_id, **answer)
        except IntegrityError:  # the same answer sent twice at once
            registration = rows.get()
    if registration.status in (Status.GOING, Status.WAITING):
        registration.proposed = answer
    else:
        for key, value in answer.items():
            setattr(registration, key, value)
        registration.status = Status.PENDING
        registration.proposed = None
    registration.consent_at, registration.consent_text, registration.consent_ip = now, consent_text, ip
    registration.site_id = site_id or registration.site_id
    registration.save()
    request_mail(registration, "confirm")
    return registration


def _admit(registration: Registration, counts: Counts, dates) -> None:
    """Give a place, or the next position on the waiting list."""
    if counts.fits(registration, dates):
        registration.status = Status.GOING
        counts.take(registration, registration.places)
    else:
        registration.status = Status.WAITING
        last = Registration.objects.filter(event_id=registration.event_id).aggregate(n=Max("position"))["n"]
        registration.position = (last or 0) + 1


@transaction.atomic
def confirm(registration_id: int) -> Outcome:
    """The second opt-in: a place if one is left on every date asked for,
    else the waiting list. A confirmed registration's new answer is applied
    (more guests only if there is room). Confirming again changes nothing."""
    registration = Registration.objects.select_related("event").get(pk=registration_id)
    _lock(registration.event_id)
    registration = Registration.objects.select_for_update(of=("self",)).select_related("event").get(pk=registration_id)
    page = registration.event
    outcome = Outcome(registration, registration.status)
    if registration.status == Status.CANCELLED:
        return outcome
    dates = upcoming_dates(page)
    counts = Counts(page)
    if registration.status == Status.PENDING:
        _admit(registration, counts, dates)
        registration.confirmed_at = timezone.now()
        registration.save()
        request_mail(registration, "going" if registration.status == Status.GOING else "waiting")
    elif registration.proposed:
        outcome.guests_refused, freed = _apply(registration, registration.proposed, counts, dates)
        registration.proposed = None
        registration.save()
        if freed:
            outcome.promoted = _promote(page, counts, dates)
    outcome.status = registration.status
    return outcome


def _apply(registration: Registration, answer: dict, counts: Counts, dates) -> tuple[bool, bool]:
    """Apply a new answer; (guests refused, places freed)."""
    registration.name = answer.get("name") or registration.name
    registration.language = answer.get("language") or registration.language
    registration.answers = answer.get("answers", registration.answers)
    guests = int(answer.get("guests", registration.guests))
    going = registration.status == Status.GOING
    if going and guests > registration.guests and not counts.fits(
            registration, dates, places=1 + guests, already=registration.places):
        return True, False
    freed = going and guests < registration.guests
    if going:
        counts.take(registration, guests - registration.guests)
    registration.guests = guests
    return False, freed


@transaction.atomic
def change(registration_id: int, *, name: str, language: str, guests: int, answers: dict) -> Outcome:
    """A change from the registrant's own signed link: applied at once."""
    registration = Registration.objects.select_related("event").get(pk=registration_id)
    _lock(registration.event_id)
    registration = Registration.objects.select_for_update(of=("self",)).select_related("event").get(pk=registration_id)
    outcome = Outcome(registration, registration.status)
    if registration.status == Status.CANCELLED:
        return outcome
    dates = upcoming_dates(registration.event)
    counts = Counts(registration.event)
    outcome.guests_refused, freed = _apply(registration, _answer(name, language, guests, answers), counts, dates)
    registration.proposed = None
    registration.save()
    if freed:
        outcome.promoted = _promote(registration.event, counts, dates)
    return outcome


@transaction.atomic
def cancel(registration_id: int) -> Outcome:
    """Give the place back (or leave the waiting list); the first on the
    waiting list who now fits gets it and is told."""
    registration = Registration.objects.select_related("event").get(pk=registration_id)
    _lock(registration.event_id)
    registration = Registration.objects.select_for_update(of=("self",)).select_related("event").get(pk=registration_id)
    outcome = Outcome(registration, registration.status)
    if registration.status == Status.CANCELLED:
        return outcome
    held = registration.status == Status.GOING
    registration.status = Status.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.proposed = None
    registration.save()
    request_mail(registration, "cancelled")
    outcome.status = registration.status
    if held:
        page = registration.event
        dates = upcoming_dates(page)
        outcome.promoted = _promote(page, Counts(page), dates)
    return outcome


@transaction.atomic
def promote_next(event_id: int) -> list[int]:
    """Fill free places from the waiting list (after an editor adds places)."""
    _lock(event_id)
    page = EventPage.objects.get(pk=event_id)
    return _promote(page, Counts(page), upcoming_dates(page))


def fill_after_publish(page_id: int) -> list[int]:
    """An editor published the event, perhaps with more places: whoever now
    fits on the waiting list gets a place, in its order, and is told."""
    page = EventPage.objects.filter(pk=page_id).first()
    source = source_page(page) if page is not None else None
    if source is None or not source.live or not source.takes_registrations:
        return []
    with transaction.atomic():
        return promote_next(source.pk)


def _promote(page: EventPage, counts: Counts, dates) -> list[int]:
    """In waiting-list order, everyone who now fits gets a place (one who
    needs more places than are free keeps their position and is not skipped
    for good: the next freed place is offered in order again). Under the lock."""
    promoted = []
    waiting = Registration.objects.select_for_update().filter(event=page, status=Status.WAITING).order_by(
        "position", "pk")
    for registration in waiting:
        if counts.fits(registration, dates):
            registration.status = Status.GOING
            registration.save(update_fields=["status", "updated_at"])
            counts.take(registration, registration.places)
            promoted.append(registration.pk)
            request_mail(registration, "promoted")
    return promoted
