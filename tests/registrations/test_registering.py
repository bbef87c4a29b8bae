"""Registering, confirming, the waiting list and promotion, without a broker."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction

from registrations import registering
from registrations.models import Registration
from registrations.places import Counts, upcoming_dates
from tests.registrations.conftest import asked_mails
from worker.tasks import registrations as registration_tasks

Status = Registration.Status


class Asked:
    """The mails asked for so far, (registration id, kind), read afresh each time."""

    def __eq__(self, other):
        return asked_mails() == other

    def __getitem__(self, index):
        return asked_mails()[index]

    def __len__(self):
        return len(asked_mails())

    def __iter__(self):
        return iter(asked_mails())


@pytest.fixture
def mails(db):
    return Asked()


def sign_up(page, email, *, day=None, guests=0, name="Reader"):
    return registering.register(page, occurrence_date=day, name=name, email=email, language="en", guests=guests)


def test_a_registration_waits_for_confirmation_and_then_holds_a_place(one_off, mails):
    registration = sign_up(one_off, "Ana@Example.org", guests=1)
    assert (registration.status, registration.email) == (Status.PENDING, "ana@example.org")
    assert mails == [(registration.pk, "confirm")]
    assert Counts(one_off).left(None) == 3  # an unconfirmed answer holds nothing

    outcome = registering.confirm(registration.pk)
    assert outcome.status == Status.GOING
    assert Counts(one_off).left(None) == 1
    assert mails[-1] == (registration.pk, "going")
    assert registering.confirm(registration.pk).status == Status.GOING  # again: nothing changes
    assert len(mails) == 2


def test_the_same_address_twice_updates_the_answer(one_off, mails):
    first = sign_up(one_off, "ana@example.org", name="Ana")
    second = sign_up(one_off, "ANA@example.org", name="Ana María", guests=1)
    assert first.pk == second.pk
    assert Registration.objects.filter(event=one_off).count() == 1
    assert Registration.objects.get().name == "Ana María"


def test_a_confirmed_answer_changes_only_when_the_change_is_confirmed(one_off, mails):
    registration = sign_up(one_off, "ana@example.org", name="Ana")
    registering.confirm(registration.pk)
    sign_up(one_off, "ana@example.org", name="Someone else", guests=2)
    registration.refresh_from_db()
    assert (registration.name, registration.guests, registration.status) == ("Ana", 0, Status.GOING)
    registering.confirm(registration.pk)
    registration.refresh_from_db()
    assert (registration.name, registration.guests, registration.proposed) == ("Someone else", 2, None)


def test_the_database_refuses_a_duplicate(one_off):
    Registration.objects.create(event=one_off, name="A", email="a@example.org", language="en")
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(event=one_off, name="B", email="a@example.org", language="en")


def test_when_full_the_next_waits_in_order_and_a_cancellation_promotes_the_first(one_off, mails):
    going = sign_up(one_off, "a@example.org", guests=2)  # 3 places: full
    first = sign_up(one_off, "b@example.org")
    second = sign_up(one_off, "c@example.org")
    for registration in (going, first, second):
        registering.confirm(registration.pk)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (Status.WAITING, Status.WAITING)
    assert first.position < second.position
    assert (first.pk, "waiting") in mails

    outcome = registering.cancel(going.pk)
    assert outcome.promoted == [first.pk, second.pk]  # 3 places free, both fit
    assert (first.pk, "promoted") in mails and (second.pk, "promoted") in mails
    assert Counts(one_off).left(None) == 1


def test_a_larger_party_keeps_its_turn_and_a_smaller_one_behind_it_gets_a_place(one_off, mails):
    for email, guests in (("a@example.org", 0), ("b@example.org", 1)):
        registering.confirm(sign_up(one_off, email, guests=guests).pk)
    party = sign_up(one_off, "party@example.org", guests=2)
    single = sign_up(one_off, "single@example.org")
    registering.confirm(party.pk)
    registering.confirm(single.pk)
    assert Registration.objects.get(pk=single.pk).status == Status.WAITING
    registering.cancel(Registration.objects.get(email="a@example.org").pk)
    assert Registration.objects.get(pk=party.pk).status == Status.WAITING
    assert Registration.objects.get(pk=single.pk).status == Status.GOING


def test_a_series_registration_takes_a_place_on_every_date(series, mails):
    dates = upcoming_dates(series)
    whole = sign_up(series, "all@example.org")
    registering.confirm(whole.pk)
    counts = Counts(series)
    assert [counts.left(choice.day) for choice in dates] == [1] * len(dates)
    one = sign_up(series, "one@example.org", day=dates[1].day)
    registering.confirm(one.pk)
    counts = Counts(series)
    assert counts.left(dates[0].day) == 1 and counts.left(dates[1].day) == 0
    # The series needs room on every date: the full one puts it on the waiting list.
    late = sign_up(series, "late@example.org")
    assert registering.confirm(late.pk).status == Status.WAITING
    # The same address may answer for one date and for the series: two answers.
    other = sign_up(series, "all@example.org", day=dates[2].day)
    assert other.pk != whole.pk


def test_a_date_the_series_does_not_hold_is_refused(series, one_off):
    with pytest.raises(registering.RegistrationClosed):
        sign_up(series, "a@example.org", day=upcoming_dates(series)[0].day.replace(year=2001))
    with pytest.raises(registering.RegistrationClosed):
        sign_up(one_off, "a@example.org", day=one_off.start_date)
    one_off.takes_registrations = False
    with pytest.raises(registering.RegistrationClosed):
        sign_up(one_off, "a@example.org")


def test_a_date_registration_follows_its_date_when_moved(series, mails):
    day = upcoming_dates(series)[0].day
    registration = sign_up(series, "a@example.org", day=day)
    registering.confirm(registration.pk)
    series.exceptions.create(original_date=day, action="moved", new_start_date=day + timedelta(days=1))
    choice = next(c for c in upcoming_dates(series) if c.day == day)
    assert choice.occurrence.moved  # the same registration, on the moved date
    assert Counts(series).taken(day) == 1


def test_a_change_to_more_guests_than_are_left_is_refused_and_fewer_promote(one_off, mails):
    a = sign_up(one_off, "a@example.org", guests=1)
    b = sign_up(one_off, "b@example.org")
    c = sign_up(one_off, "c@example.org")
    for registration in (a, b, c):
        registering.confirm(registration.pk)
    outcome = registering.change(b.pk, name="B", language="en", guests=1, answers={})
    assert outcome.guests_refused
    assert Registration.objects.get(pk=b.pk).guests == 0
    outcome = registering.change(a.pk, name="A", language="fr", guests=0, answers={})
    assert outcome.promoted == [c.pk]
    assert Registration.objects.get(pk=a.pk).language == "fr"


def test_promote_next_fills_places_added_later(one_off, mails):
    regs = [sign_up(one_off, f"r{n}@example.org") for n in range(5)]
    for registration in regs:
        registering.confirm(registration.pk)
    one_off.capacity = 5
    one_off.save()
    assert registering.promote_next(one_off.pk) == [regs[3].pk, regs[4].pk]


def test_publishing_more_places_gives_them_to_the_waiting_list_in_order(one_off, mails):
    regs = [sign_up(one_off, f"w{n}@example.org") for n in range(5)]
    for registration in regs:
        registering.confirm(registration.pk)
    assert registering.fill_after_publish(one_off.pk) == []  # still 3 places: nobody moves
    one_off.capacity = 4
    one_off.save_revision().publish()
    assert registering.fill_after_publish(one_off.pk) == [regs[3].pk]
    assert Registration.objects.get(pk=regs[4].pk).status == Registration.Status.WAITING


def test_a_publish_asks_the_worker_to_fill_places(one_off, monkeypatch, django_capture_on_commit_callbacks):
    asked = []
    monkeypatch.setattr(registration_tasks.fill_after_publish, "delay", asked.append)
    with django_capture_on_commit_callbacks(execute=True):
        one_off.save_revision().publish()
    assert asked == [one_off.pk]
