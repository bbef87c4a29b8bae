"""Mail tasks (the `mail` queue): thin wrappers around newsletters.sending
and newsletters.subscriptions. Idempotent: a task run twice never sends a
delivery twice (the claim on its row is the guard)."""

from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.utils import timezone

from newsletters import issues, sending, subscriptions
from newsletters.models import NewsletterPage

DB_FAULTS = (OperationalError, InterfaceError)


def start_lanes(run_id: int) -> None:
    """Start the run's lanes; any it had before stop at their next chunk."""
    generation = sending.new_lane_generation(run_id)
    if generation is None:
        return
    for _ in range(settings.NEWSLETTER_LANES):
        send_lane.delay(run_id, generation)


@shared_task(bind=True, name="worker.tasks.mail.send_lane", acks_late=True, autoretry_for=DB_FAULTS,
             retry_backoff=True, retry_jitter=True, max_retries=6)
def send_lane(self, run_id: int, generation: int | None = None) -> dict:
    """Send one chunk of a run, then queue the lane again while there is work."""
    deadline = timezone.now() + timedelta(seconds=settings.CELERY_TASK_SOFT_TIME_LIMIT * 0.8)
    result = sending.run_lane(run_id, generation=generation, deadline=deadline)
    if result.more:
        send_lane.apply_async((run_id, generation), countdown=result.wait_seconds or None)
    return result.as_dict()


@shared_task(name="worker.tasks.mail.sweep_deliveries", acks_late=True)
def sweep_deliveries() -> list[int]:
    """Beat, and once a lease after a worker starts: recover deliveries and
    runs a dead worker left behind."""
    run_ids = sending.sweep()
    for run_id in run_ids:
        start_lanes(run_id)
    return run_ids


def sweep_on_start() -> list[int]:
    """When a worker starts: sweep now, and once more when what a worker
    killed just before may have held runs out of its lease."""
    swept = sending.sweep_on_start()
    for run_id in swept.restart:
        start_lanes(run_id)
    if swept.again_in is not None:
        sweep_deliveries.apply_async(countdown=swept.again_in)
    return swept.restart


@shared_task(name="worker.tasks.mail.send_subscriber_mail", acks_late=True, autoretry_for=(OSError,) + DB_FAULTS,
             retry_backoff=30, retry_jitter=True, max_retries=6)
def send_subscriber_mail(subscriber_id: int, kind: str) -> bool:
    return subscriptions.send_subscriber_mail(subscriber_id, kind)


@shared_task(name="worker.tasks.mail.send_test", acks_late=True, autoretry_for=(OSError,),
             retry_backoff=10, retry_jitter=True, max_retries=3)
def send_test(page_id: int, email: str) -> bool:
    page = NewsletterPage.objects.filter(pk=page_id).first()
    if page is None:
        return False
    issues.send_test(page, email)
    return True
