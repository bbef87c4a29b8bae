"""A worker killed with SIGKILL while it sends a registrant's mails (a
confirmation link, a promotion from the waiting list, a cancellation): the
worker started after it sends each of them, once, when the dead one's lease
runs out."""

import time
from datetime import time as clock_time
from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from events.models import EventIndexPage
from newsletters.models import Delivery
from registrations import registering
from registrations.models import Registration
from tests.events.conftest import make_event
from tests.mailsink import MailSink
from tests.newsletters.helpers import publish, site_root

pytestmark = pytest.mark.integration
Status = Registration.Status
ADDRESSES = {"new@example.org": "Please confirm your registration", "waiting@example.org": "A place is yours",
             "gone@example.org": "Your registration is cancelled"}


def until(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.1)


def test_a_worker_killed_mid_send_sends_each_registration_mail_once_after_restart(start_worker):
    # The server keeps every first RCPT waiting a minute: the worker dies
    # talking to it, before any message was accepted.
    sink = MailSink(hold=lambda address, attempt: 60 if attempt == 1 else 0).start()
    try:
        index = publish(site_root().add_child(instance=EventIndexPage(title="Events", slug="events")))
        page = make_event(index, title="Harvest dinner", start_date=timezone.localdate() + timedelta(days=20),
                          start_time=clock_time(18), end_time=clock_time(21), takes_registrations=True, capacity=1,
                          category="fundraiser")
        now = timezone.now()
        gone = Registration.objects.create(event=page, name="Gone", email="gone@example.org", language="en",
                                           status=Status.GOING, confirmed_at=now, consent_at=now)
        waiting = Registration.objects.create(event=page, name="Waiting", email="waiting@example.org",
                                              language="en", status=Status.WAITING, position=1, confirmed_at=now,
                                              consent_at=now)
        worker = start_worker(EMAIL_URL=sink.url, concurrency=4)

        registering.register(page, occurrence_date=None, name="New", email="new@example.org", language="en")
        registering.cancel(gone.pk)  # the cancellation, and the promotion of the first waiting
        assert Registration.objects.get(pk=waiting.pk).status == Status.GOING
        until(lambda: all(sink.handler.attempts[a] for a in ADDRESSES), 60, f"not all sending: {sink.handler.attempts}")
        worker.kill()
        assert sink.count == 0
        assert Delivery.objects.filter(status=Delivery.Status.SENDING).count() == 3

        start_worker(EMAIL_URL=sink.url, concurrency=4)  # no beat: its start sweeps when the lease ends
        assert sink.wait_for(3, settings.NEWSLETTER_LEASE_SECONDS + 60), f"{sink.count} of 3"
        until(lambda: Delivery.objects.filter(status=Delivery.Status.SENT).count() == 3, 30, "not recorded")
        time.sleep(2)  # nothing more follows
        messages = sink.parsed()
        assert sorted(m["To"] for m in messages) == sorted(ADDRESSES)
        for message in messages:
            assert message["Subject"].startswith(ADDRESSES[message["To"]])
        assert {a: sink.handler.attempts[a] for a in ADDRESSES} == dict.fromkeys(ADDRESSES, 2)
    finally:
        sink.stop()
