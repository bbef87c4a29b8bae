"""Which stored messages the worker's sweep sends again, for the apps that
store a message first and send it from the worker (contact messages,
chapter announcements)."""

from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone


def due_again(unsent, *, now=None) -> list[int]:
    """Of `unsent` (rows with `received_at` and `last_attempt_at` whose mail
    is not sent): the ids of those received in the last
    CONTACT_KEEP_TRYING_DAYS and quiet for CONTACT_SWEEP_MINUTES, oldest first."""
    now = now or timezone.now()
    quiet_since = now - timedelta(minutes=settings.CONTACT_SWEEP_MINUTES)
    return list(unsent
                .filter(received_at__gte=now - timedelta(days=settings.CONTACT_KEEP_TRYING_DAYS))
                .filter(Q(last_attempt_at__lt=quiet_since)
                        | Q(last_attempt_at__isnull=True, received_at__lt=quiet_since))
                .order_by("received_at").values_list("pk", flat=True))
