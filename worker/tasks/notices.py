"""Meeting-notice tasks (the `mail` queue): thin wrappers around
the notices app. Idempotent: a notice is a unique row per (occurrence,
recipient, kind, variant), so a rerun scan or a replayed signal sends nothing
new; the deliveries they create go out through the send lanes of mail.py."""

from celery import shared_task
from django.db import InterfaceError, OperationalError

from notices.reconcile import reconcile
from notices.scan import scan

DB_FAULTS = (OperationalError, InterfaceError)


@shared_task(name="worker.tasks.notices.notify_event_changed", ignore_result=False, acks_late=True,
             autoretry_for=DB_FAULTS, retry_backoff=True, retry_jitter=True, max_retries=6)
def notify_event_changed(page_id: int) -> dict:
    """After an event was published or unpublished: tell followers what changed."""
    return reconcile(page_id).as_dict()


@shared_task(name="worker.tasks.notices.scan_reminders", acks_late=True, autoretry_for=DB_FAULTS,
             retry_backoff=True, retry_jitter=True, max_retries=3)
def scan_reminders() -> dict:
    """Beat: create the reminders that are due."""
    return scan().as_dict()
