"""The mail tasks are thin: these check what they hand to the sending
service and what they enqueue, with the broker calls recorded."""

from datetime import timedelta

import pytest
from celery.signals import worker_ready
from django.conf import settings
from django.utils import timezone

from newsletters import issues, sending
from newsletters.models import Delivery, SendRun, Subscriber
from tests.newsletters.helpers import make_issue
from worker.celery import app
from worker.tasks import mail

pytestmark = pytest.mark.django_db


@pytest.fixture
def enqueued(monkeypatch):
    """(task name, args, countdown) of everything the tasks would enqueue."""
    calls = []
    monkeypatch.setattr(mail.send_lane, "delay", lambda *args: calls.append(("send_lane", args, None)))
    monkeypatch.setattr(mail.send_lane, "apply_async",
                        lambda args=(), countdown=None: calls.append(("send_lane", tuple(args), countdown)))
    monkeypatch.setattr(mail.sweep_deliveries, "apply_async",
                        lambda args=(), countdown=None: calls.append(("sweep_deliveries", tuple(args), countdown)))
    return calls


@pytest.fixture
def run(enqueued):
    now = timezone.now()
    Subscriber.objects.bulk_create([Subscriber(email=f"r{i}@example.org", status=Subscriber.Status.CONFIRMED,
                                               consent_at=now) for i in range(3)])
    run, _ = issues.start_send(make_issue({"en": "Autumn news"}))
    return run


def test_lanes_start_with_a_new_generation_that_retires_the_old_ones(run, enqueued):
    mail.start_lanes(run.pk)
    mail.start_lanes(run.pk)
    generations = [args[1] for name, args, _ in enqueued]
    assert len(generations) == 2 * settings.NEWSLETTER_LANES
    first, second = generations[0], generations[-1]
    assert second == first + 1 == SendRun.objects.get().lane_generation


def test_a_lane_queues_itself_again_with_its_generation(run, enqueued, monkeypatch):
    monkeypatch.setattr(sending, "run_lane", lambda run_id, **kwargs: sending.LaneResult(more=True, wait_seconds=7))
    mail.send_lane.run(run.pk, 4)
    assert enqueued == [("send_lane", (run.pk, 4), 7)]


@pytest.fixture
def worker_start(monkeypatch):
    """Send worker_ready as a starting worker does; the receiver closes the
    main process's connections afterwards, which here is the test's own."""
    from worker import listeners

    monkeypatch.setattr(listeners.connections, "close_all", lambda: None)
    return lambda: worker_ready.send(sender=None)


def test_a_worker_start_sweeps_and_plans_a_second_sweep_for_fresh_claims(run, enqueued, worker_start):
    sending.claim(run.pk, 1)  # held by a worker killed just now

    worker_start()

    assert enqueued == [("sweep_deliveries", (), pytest.approx(settings.NEWSLETTER_LEASE_SECONDS + 1, abs=2))]


def test_a_worker_start_restarts_runs_a_dead_worker_left_behind(run, enqueued, worker_start):
    long_ago = timezone.now() - timedelta(seconds=settings.NEWSLETTER_LEASE_SECONDS + 5)
    sending.claim(run.pk, 1, now=long_ago)
    SendRun.objects.update(last_activity_at=long_ago)

    worker_start()

    lanes = [args for name, args, _ in enqueued if name == "send_lane"]
    assert lanes == [(run.pk, 1)] * settings.NEWSLETTER_LANES
    assert not Delivery.objects.filter(status=Delivery.Status.SENDING).exists()


def test_beat_sweeps_within_the_minute():
    entry = app.conf.beat_schedule["sweep-mail-deliveries"]
    assert entry["task"] == mail.sweep_deliveries.name
    assert entry["schedule"] + settings.NEWSLETTER_LEASE_SECONDS <= 60
