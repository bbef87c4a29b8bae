"""Chapter tasks: thin wrappers around chapter.announcements (the `mail`
queue) and chapter.digest. Idempotent: an announcement's row records which
mail has left, so a second run sends only what is missing (a row being sent
by another process is skipped); a month's digest draft is created once."""

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.utils import timezone

from chapter import announcements, digest

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


@shared_task(name="worker.tasks.chapter.prepare_monthly_digest", acks_late=True, autoretry_for=DB_FAULTS,
             retry_backoff=True, retry_jitter=True, max_retries=6)
def prepare_monthly_digest() -> list[int]:
    """Beat, on the first of the month: each chapter's draft digest of the
    month, for an editor to edit and send."""
    today = timezone.localdate()
    return [found.page.pk for found in digest.prepare_all(today.year, today.month)]
