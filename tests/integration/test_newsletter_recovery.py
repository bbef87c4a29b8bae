"""A worker killed with SIGKILL in the middle of a send while a greylisting
server defers some readers and one address bounces hard; a new worker, with
beat as in the stack, takes over. Lease and sweep run at their production
values (cms.settings.test does not shorten them)."""

import threading
import time

import pytest
from django.conf import settings
from django.utils import timezone

from newsletters import issues, sending
from newsletters.models import Delivery, SendRun, Subscriber, Suppression
from tests.integration.test_newsletter_sending import add_subscribers, wait_until_done
from tests.mailsink import MailSink
from tests.newsletters.helpers import make_issue

pytestmark = pytest.mark.integration

RECOVERY_SECONDS = 60  # the aim: back in the queue within a minute of a new worker starting


class Greylist:
    """Defers an address until `seconds` after its first attempt, as a
    greylisting server does; `gone-` addresses do not exist."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.first_seen: dict[str, float] = {}
        self.lock = threading.Lock()

    def __call__(self, address: str, attempt: int) -> str | None:
        if address.startswith("gone-"):
            return "550 5.1.1 Mailbox does not exist"
        if address.startswith("grey-"):
            with self.lock:
                first = self.first_seen.setdefault(address, time.monotonic())
            if time.monotonic() - first < self.seconds:
                return "451 4.7.1 Greylisted, please try again later"
        return None


def add_readers(prefix: str, n: int) -> set[str]:
    rows = [Subscriber(email=f"{prefix}-{i}@example.org", status=Subscriber.Status.CONFIRMED,
                       consent_at=timezone.now()) for i in range(n)]
    Subscriber.objects.bulk_create(rows)
    return {row.email for row in rows}


def wait_for(condition, timeout: float, what: str) -> float:
    """Seconds until condition() held; fails after timeout."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if condition():
            return time.monotonic() - start
        time.sleep(0.25)
    raise AssertionError(f"{what}: not within {timeout:.0f}s")


def test_a_killed_worker_with_retries_waiting_loses_no_one_and_is_recovered_within_a_minute(start_worker):
    grey = Greylist(seconds=4)
    sink = MailSink(reply=grey, delay=0.01).start()
    try:
        issue = make_issue({"en": "Autumn news", "fr": "Nouvelles d'automne"})
        # First in line, so they are tried (and deferred) before the kill.
        greylisted = add_readers("grey", 20)
        gone = add_readers("gone", 3)
        readers = set(add_subscribers(300, ["en", "fr"])) | greylisted
        worker = start_worker(EMAIL_URL=sink.url)
        run, _ = issues.start_send(issue)

        assert sink.wait_for(100, timeout=60), "sending never got going"
        worker.kill()
        held = dict(Delivery.objects.filter(status=Delivery.Status.SENDING).values_list("pk", "claim_token"))
        held_emails = set(Delivery.objects.filter(pk__in=held).values_list("email", flat=True))
        waiting = Delivery.objects.filter(status=Delivery.Status.PENDING, attempts__gt=0).count()
        assert held, "the dead worker held nothing; the test proves nothing"
        assert waiting, "no retry was waiting at the kill; the test proves nothing"
        assert sink.count < len(readers), "the send finished before the kill"

        restarted = time.monotonic()
        start_worker(EMAIL_URL=sink.url, beat=True)

        def all_put_back():
            still = Delivery.objects.filter(pk__in=held, status=Delivery.Status.SENDING)
            return not any(held[pk] == token for pk, token in still.values_list("pk", "claim_token"))

        recovery = wait_for(all_put_back, RECOVERY_SECONDS, "what the dead worker held back in the queue")
        wait_until_done(run, timeout=RECOVERY_SECONDS)
        finished = time.monotonic() - restarted
        received = sink.recipients()
        assert set(received) == readers, "somebody was missed"
        duplicates = {address: n - 1 for address, n in received.items() if n > 1}
        print(f"held {len(held)}, retries waiting {waiting}; recovered {recovery:.1f}s and done "
              f"{finished:.1f}s after the restart; {sum(duplicates.values())} sent twice")
        assert set(duplicates) <= held_emails, "sent twice but not held by the dead worker"
        assert sum(duplicates.values()) <= settings.NEWSLETTER_LANES * (sending.SENT_BATCH + 1) <= 50
        # Each greylisted reader got through once the server let them, and
        # no later than a minute after their retry was due.
        clock = time.time() - time.monotonic()
        due = dict(Delivery.objects.filter(email__in=greylisted).values_list("email", "next_attempt_at"))
        for rcpts, _, at in sink.handler.messages:
            if rcpts[0] in due:
                assert at + clock - due[rcpts[0]].timestamp() < RECOVERY_SECONDS, rcpts[0]
        assert set(Delivery.objects.filter(email__in=gone).values_list("status", "smtp_code")) == {
            (Delivery.Status.FAILED, 550)}
        assert Suppression.objects.filter(email__in=gone, reason=Suppression.Reason.BOUNCED).count() == 3
        assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == len(readers)
        assert SendRun.objects.get().status == SendRun.Status.DONE
    finally:
        sink.stop()
