"""A registrant's mails (the confirmation link, the promotion, the
cancellation) leave exactly once: a lane run twice, or a second lane on the
same run, finds the delivery already sent; a lane that died holding it
gives it back only when its lease runs out, and then it leaves once. A mail
that no longer says what holds does not leave at all. (The worker killed
for real: tests/integration/test_registration_mail_crash.py.)"""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail as outbox
from django.utils import timezone

from newsletters import sending
from newsletters.models import Delivery, SendRun
from registrations import mail, registering
from registrations.models import Registration

Status = Registration.Status


def sign_up(page, email, guests=0):
    return registering.register(page, occurrence_date=None, name=email.split("@")[0], email=email, language="en",
                                guests=guests)


def run_of(registration, kind) -> SendRun:
    return SendRun.objects.get(kind=mail.KIND, variants__registration=registration.pk, variants__mail=kind)


def received(email, subject) -> int:
    return sum(1 for m in outbox.outbox if m.to == [email] and m.subject.startswith(subject))


def confirmation(one_off):
    return sign_up(one_off, "ana@example.org"), "confirm", "Please confirm your registration"


def promotion(one_off):
    first = sign_up(one_off, "first@example.org", guests=2)  # the 3 places
    waiting = sign_up(one_off, "waiting@example.org")
    registering.confirm(first.pk)
    registering.confirm(waiting.pk)
    registering.cancel(first.pk)
    return waiting, "promoted", "A place is yours"


def cancellation(one_off):
    registration = sign_up(one_off, "gone@example.org")
    registering.confirm(registration.pk)
    registering.cancel(registration.pk)
    return registration, "cancelled", "Your registration is cancelled"


@pytest.mark.parametrize("make", [confirmation, promotion, cancellation])
def test_a_lane_run_twice_sends_the_mail_once(one_off, make):
    registration, kind, subject = make(one_off)
    run = run_of(registration, kind)
    assert sending.run_lane(run.pk).sent == 1
    assert sending.run_lane(run.pk).sent == 0  # the task again, as a replayed broker message would run it
    assert sending.run_lane(run.pk).sent == 0  # and the run closes
    assert received(registration.email, subject) == 1
    assert SendRun.objects.get(pk=run.pk).status == SendRun.Status.DONE
    assert run.deliveries.get().status == Delivery.Status.SENT


@pytest.mark.parametrize("make", [confirmation, promotion, cancellation])
def test_a_lane_that_died_holding_the_mail_gives_it_back_after_its_lease_and_it_leaves_once(one_off, make):
    registration, kind, subject = make(one_off)
    run = run_of(registration, kind)
    _, held = sending.claim(run.pk, 10)  # a lane claims it, and its worker dies before sending
    assert len(held) == 1
    assert sending.run_lane(run.pk).sent == 0  # another lane meanwhile: not its to send
    assert sending.sweep() == []  # inside the lease the claim stands
    later = timezone.now() + timedelta(seconds=settings.NEWSLETTER_LEASE_SECONDS + 1)
    assert run.pk in sending.sweep(now=later)
    assert sending.run_lane(run.pk, now=later).sent == 1
    assert sending.run_lane(run.pk, now=later).sent == 0
    assert received(registration.email, subject) == 1


def test_a_mail_that_no_longer_holds_does_not_leave(one_off):
    registration = sign_up(one_off, "ana@example.org")
    registering.confirm(registration.pk)  # asks for "going"
    registering.cancel(registration.pk)  # before it left
    for run in SendRun.objects.filter(kind=mail.KIND):
        sending.run_lane(run.pk)
    assert [m.subject.split(":")[0] for m in outbox.outbox] == ["Your registration is cancelled"]
    assert run_of(registration, "going").deliveries.get().status == Delivery.Status.SUPPRESSED
    # The confirmation link too: it was asked before the answer was confirmed.
    assert run_of(registration, "confirm").deliveries.get().status == Delivery.Status.SUPPRESSED


def test_the_cancellation_takes_the_invitation_out_of_the_calendar(one_off):
    registration, _, _ = cancellation(one_off)
    sending.run_lane(run_of(registration, "cancelled").pk)
    [message] = [m for m in outbox.outbox if m.subject.startswith("Your registration is cancelled")]
    assert "You are no longer registered for “Harvest dinner”." in message.body
    [part] = [p for p in message.attachments if p.get_content_type() == "text/calendar"]
    assert part.get_param("method") == "CANCEL"
    ics = part.get_payload(decode=True).decode()
    assert "METHOD:CANCEL" in ics and "STATUS:CANCELLED" in ics and f"UID:{one_off.uid}" in ics
    assert message.extra_headers["Message-ID"].startswith("<registration.")
