"""A worker killed with SIGKILL in the middle of a send, then restarted on
its own (no beat): its start alone sweeps up what the dead one held."""

import time

import pytest

from newsletters import issues
from newsletters.models import Delivery, SendRun
from tests.integration.test_newsletter_sending import add_subscribers, wait_until_done
from tests.mailsink import MailSink
from tests.newsletters.helpers import make_issue

pytestmark = pytest.mark.integration


def test_a_worker_killed_mid_send_loses_no_one_and_resends_at_most_what_was_in_flight(start_worker):
    sink = MailSink(delay=0.01).start()  # a little latency, as a real server has
    try:
        issue = make_issue({"en": "Autumn news", "fr": "Nouvelles d'automne"})
        addresses = add_subscribers(300, ["en", "fr"])
        worker = start_worker(EMAIL_URL=sink.url)
        run, _ = issues.start_send(issue)

        assert sink.wait_for(150, timeout=60), "sending never got going"
        worker.kill()
        in_flight = set(Delivery.objects.filter(status=Delivery.Status.SENDING).values_list("email", flat=True))
        received_before = sink.count
        assert received_before < 600, "the send finished before the kill; the test proves nothing"

        restarted_at = time.monotonic()
        start_worker(EMAIL_URL=sink.url)  # no beat: the worker's start sweeps
        wait_until_done(run, timeout=60)
        assert time.monotonic() - restarted_at < 60

        received = sink.recipients()
        assert set(received) == set(addresses), "somebody was missed"
        twice = {address for address, n in received.items() if n > 1}
        assert max(received.values()) <= 2
        assert twice <= in_flight, f"sent twice but not in flight at the kill: {twice - in_flight}"
        assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 600
        assert SendRun.objects.get().status == SendRun.Status.DONE
    finally:
        sink.stop()
