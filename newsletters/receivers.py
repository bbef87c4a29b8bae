"""django-anymail tracking webhooks: an ESP's bounce or complaint suppresses
the address, as an SMTP 5xx does."""

import logging

from anymail.signals import tracking
from django.dispatch import receiver

from .models import Subscriber, Suppression
from .subscriptions import mark_undeliverable, suppress, unsubscribe

logger = logging.getLogger(__name__)


@receiver(tracking)
def on_esp_event(sender, event, esp_name, **kwargs):
    email = getattr(event, "recipient", None)
    if not email:
        return
    detail = f"{esp_name}: {event.event_type} {getattr(event, 'description', '') or ''}".strip()
    if event.event_type == "bounced" or (event.event_type == "rejected" and event.reject_reason in
                                         ("bounced", "invalid")):
        mark_undeliverable(email, reason=Suppression.Reason.BOUNCED, detail=detail)
    elif event.event_type == "complained" or event.reject_reason == "spam":
        mark_undeliverable(email, reason=Suppression.Reason.COMPLAINED, detail=detail)
    elif event.event_type == "unsubscribed":
        subscriber = Subscriber.objects.filter(email__iexact=email).first()
        if subscriber:
            unsubscribe(subscriber, method=f"esp:{esp_name}")
        else:
            suppress(email, Suppression.Reason.UNSUBSCRIBED, detail)
