"""Chapter tasks (the `mail` queue): thin wrappers around
chapter.announcements. Idempotent: an announcement's row records which mail
has left; a second run sends only what is missing, and a row being sent by
another process is skipped."""

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError

from chapter import announcements

DB_FAULTS = (OperationalError, InterfaceError)


@shared_task(bind=True, name="worker.tasks.mail.deliver_announcement_mail", acks_late=True,
             autoretry_for=(announcements.MailUnavailable, *DB_FAULTS),
             retry_backoff=settings.CONTACT_RETRY_BASE_SECONDS, retry_backoff_max=settings.CONTACT_RETRY_MAX_SECONDS,
             retry_jitter=True, max_retries=settings.CONTACT_MAX_RETRIES)
def deliver_announcement_mail(self, announcement_id: int) -> bool:
    return announcements.deliver(announcement_id, last_attempt=self.request.retries >= self.max_retries)


@shared_task(name="worker.tasks.mail.sweep_announcement_mail", acks_late=True)
def sweep_announcement_mail() -> list[int]:
    """Beat: try again the mails whose retries ran out or whose task was lost."""
    ids = announcements.unsent()
    for announcement_id in ids:
        deliver_announcement_mail.delay(announcement_id)
    return ids
