"""Sister-city application notices (the `mail` queue): ids in,
relationships.notices does the work. Idempotent: a notice's SentNotice rows
are the guard, so a task run twice sends nothing twice."""

from celery import shared_task
from django.db import InterfaceError, OperationalError
from django.utils import timezone

from relationships import aftercare, notices
from relationships.keys import NoticeKey


@shared_task(name="worker.tasks.relationships.send_notice", acks_late=True,
             autoretry_for=(OSError, OperationalError, InterfaceError), retry_backoff=30, retry_jitter=True,
             max_retries=6)
def send_notice(application_id: int, key: str) -> int:
    """`key` is a NoticeKey as text (a Celery argument is JSON)."""
    return notices.send_notice(application_id, NoticeKey.parse(key))


@shared_task(name="worker.tasks.relationships.scan_partnerships", acks_late=True)
def scan_partnerships() -> list[str]:
    """Beat, daily: annual reports due and long silences, each told once to the committee chair."""
    due = aftercare.due(timezone.localdate())
    for item in due:
        send_notice.delay(item.application_id, str(item.key))
    return [f"{item.application_id}:{item.key}" for item in due]
