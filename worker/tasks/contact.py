"""Contact messages (the `mail` queue): thin wrappers around home.contact.
Idempotent: a message's row records what has left; a second run sends only
what is missing, and a row being sent by another process is skipped."""

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError

from home import contact

DB_FAULTS = (OperationalError, InterfaceError)


@shared_task(bind=True, name="worker.tasks.mail.deliver_contact_message", acks_late=True,
             autoretry_for=(contact.MailUnavailable, *DB_FAULTS), retry_backoff=settings.CONTACT_RETRY_BASE_SECONDS,
             retry_backoff_max=settings.CONTACT_RETRY_MAX_SECONDS, retry_jitter=True,
             max_retries=settings.CONTACT_MAX_RETRIES)
def deliver_contact_message(self, message_id: int) -> bool:
    return contact.deliver(message_id, last_attempt=self.request.retries >= self.max_retries)


@shared_task(name="worker.tasks.mail.sweep_contact_messages", acks_late=True)
def sweep_contact_messages() -> list[int]:
    """Beat: try again the messages whose retries ran out or whose task was lost."""
    ids = contact.unsent()
    for message_id in ids:
        deliver_contact_message.delay(message_id)
    return ids
