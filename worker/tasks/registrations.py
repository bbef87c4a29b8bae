"""Registrations' tasks (the `mail` queue). A registrant's mails go through
the send lanes of mail.py (registrations.mail asks for them)."""

from celery import shared_task
from django.db import InterfaceError, OperationalError

from registrations import registering


@shared_task(name="worker.tasks.registrations.fill_after_publish", acks_late=True,
             autoretry_for=(OperationalError, InterfaceError), retry_backoff=True, retry_jitter=True, max_retries=6)
def fill_after_publish(page_id: int) -> list[int]:
    """After an event was published: the waiting list takes any new places."""
    return registering.fill_after_publish(page_id)
