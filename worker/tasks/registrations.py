"""Registration mail (the `mail` queue): ids in, registrations.mail does the work."""

from celery import shared_task
from django.db import InterfaceError, OperationalError

from registrations import mail, registering


@shared_task(name="worker.tasks.registrations.send_registration_mail", acks_late=True,
             autoretry_for=(OSError, OperationalError, InterfaceError), retry_backoff=30, retry_jitter=True,
             max_retries=6)
def send_registration_mail(registration_id: int, kind: str) -> bool:
    return mail.send_registration_mail(registration_id, kind)


@shared_task(name="worker.tasks.registrations.fill_after_publish", acks_late=True,
             autoretry_for=(OperationalError, InterfaceError), retry_backoff=True, retry_jitter=True, max_retries=6)
def fill_after_publish(page_id: int) -> list[int]:
    """After an event was published: the waiting list takes any new places."""
    return registering.fill_after_publish(page_id)
