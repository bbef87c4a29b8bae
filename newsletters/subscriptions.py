"""Subscribing, confirming, changing preferences and withdrawing consent.
Plain functions: the views and commands call them, nothing here sends mail
in the caller's process (a signal asks the worker)."""

from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext

from people.models import Person

from .messages import build_subscriber_mail
from .models import Subscriber, Suppression, normalize_email
from .signals import subscriber_mail_requested
from .tokens import TokenError, read_person_token, read_token


def consent_text() -> str:
    """The sentence the subscribe form shows, in the active language; stored
    with each consent exactly as shown."""
    return gettext(
        "Yes, email me the association's newsletter and the meeting notices I choose. "
        "I can change my choices or unsubscribe at any time with the link in every email."
    )


@dataclass
class Follows:
    newsletter: bool = True
    all_meetings: bool = False
    committee_ids: tuple[int, ...] = ()


def is_suppressed(email: str) -> bool:
    return Suppression.objects.filter(email__iexact=normalize_email(email)).exists()


def suppress(email: str, reason: str, detail: str = "") -> Suppression:
    email = normalize_email(email)
    try:
        with transaction.atomic():
            return Suppression.objects.create(email=email, reason=reason, detail=detail[:2000])
    except IntegrityError:
        existing = Suppression.objects.get(email__iexact=email)
        # A bounce or complaint is the stronger record; keep it.
        if existing.reason == Suppression.Reason.UNSUBSCRIBED and reason != existing.reason:
            existing.reason, existing.detail = reason, detail[:2000]
            existing.save(update_fields=["reason", "detail"])
        return existing


def _apply_follows(subscriber: Subscriber, follows: Follows) -> None:
    subscriber.follows_newsletter = follows.newsletter
    subscriber.follows_all_meetings = follows.all_meetings


@transaction.atomic
def request_subscription(
    email: str, *, language: str, time_zone: str = "UTC", follows: Follows | None = None,
    ip: str | None = None, user_agent: str = "", shown_consent_text: str = "", site_id: int | None = None,
) -> None:
    """Record a request from the subscribe form and ask for the right email.

    The caller gives the same answer whatever happens here, so nobody learns
    whether an address is on the list: a new or pending address gets a
    confirmation link; a confirmed one gets a note with its preferences link;
    an address that bounced or complained gets nothing."""
    follows = follows or Follows()
    email = normalize_email(email)
    now = timezone.now()
    subscriber = Subscriber.objects.select_for_update().filter(email__iexact=email).first()
    if subscriber and subscriber.status == Subscriber.Status.CONFIRMED:
        subscriber_mail_requested.send(Subscriber, subscriber_id=subscriber.pk, kind="already_subscribed")
        return
    if subscriber and subscriber.status in (Subscriber.Status.BOUNCED, Subscriber.Status.COMPLAINED):
        return
    suppression = Suppression.objects.filter(email__iexact=email).first()
    if suppression and suppression.reason in (Suppression.Reason.BOUNCED, Suppression.Reason.COMPLAINED):
        return
    if subscriber is None:
        subscriber = Subscriber(email=email)
    subscriber.status = Subscriber.Status.PENDING
    subscriber.language = language
    # The site asked on: its organisation writes, its address is in the links.
    subscriber.site_id = site_id or subscriber.site_id
    subscriber.time_zone = time_zone
    _apply_follows(subscriber, follows)
    subscriber.consent_method = Subscriber.ConsentMethod.FORM
    subscriber.consent_at = now
    subscriber.consent_ip = ip
    subscriber.consent_user_agent = user_agent[:1000]
    subscriber.consent_text = shown_consent_text
    subscriber.consent_language = language
    subscriber.confirmed_at = None
    subscriber.confirmed_ip = None
    subscriber.save()
    subscriber.committees.set(follows.committee_ids)
    subscriber_mail_requested.send(Subscriber, subscriber_id=subscriber.pk, kind="confirm")


@transaction.atomic
def confirm(subscriber: Subscriber, *, ip: str | None = None) -> bool:
    """Confirm a pending subscription (the second opt-in). Confirming again
    changes nothing. An address withdrawn by the reader may come back this
    way (a fresh, confirmed consent); bounced or complained ones may not."""
    subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
    if subscriber.status == Subscriber.Status.CONFIRMED:
        return False
    if subscriber.status != Subscriber.Status.PENDING:
        return False
    Suppression.objects.filter(email__iexact=subscriber.email, reason=Suppression.Reason.UNSUBSCRIBED).delete()
    if is_suppressed(subscriber.email):
        return False
    subscriber.status = Subscriber.Status.CONFIRMED
    subscriber.confirmed_at = timezone.now()
    subscriber.confirmed_ip = ip
    subscriber.save()
    subscriber_mail_requested.send(Subscriber, subscriber_id=subscriber.pk, kind="welcome")
    return True


@transaction.atomic
def unsubscribe(subscriber: Subscriber, *, method: str) -> bool:
    """Withdraw consent: keep the row and a suppression, never delete; the
    row then follows nothing, so no page or report says otherwise. True if
    this call changed something (a second click is harmless)."""
    subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
    changed = subscriber.status in (Subscriber.Status.CONFIRMED, Subscriber.Status.PENDING)
    if changed:
        subscriber.status = Subscriber.Status.UNSUBSCRIBED
        subscriber.withdrawn_at = timezone.now()
        subscriber.withdrawn_method = method
        _apply_follows(subscriber, Follows(newsletter=False))
        subscriber.save()
        subscriber.committees.clear()
    suppress(subscriber.email, Suppression.Reason.UNSUBSCRIBED, detail=method)
    return changed


def opt_out_of_notices(person) -> bool:
    """A board or committee member asks for no more meeting notices: kept on
    the Person (an editor can clear it), not as a suppression of the address,
    which would stop a newsletter they subscribed to as well. True if this
    call changed something."""
    return bool(Person.objects.filter(pk=person.pk, notices_opted_out_at__isnull=True)
                .update(notices_opted_out_at=timezone.now()))


@transaction.atomic
def mark_undeliverable(email: str, *, reason: str, detail: str = "") -> None:
    """A hard bounce or a complaint (SMTP 5xx, or an ESP webhook): suppress
    the address and record why on its subscriber."""
    status = Subscriber.Status.COMPLAINED if reason == Suppression.Reason.COMPLAINED else Subscriber.Status.BOUNCED
    suppress(email, reason, detail)
    now = timezone.now()
    Subscriber.objects.filter(email__iexact=normalize_email(email)).exclude(status=status).update(
        status=status, withdrawn_at=now, withdrawn_method=f"{reason}: {detail}"[:40], updated_at=now
    )


@transaction.atomic
def update_preferences(subscriber: Subscriber, *, language: str, time_zone: str, follows: Follows) -> Subscriber:
    subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
    subscriber.language = language
    subscriber.time_zone = time_zone
    _apply_follows(subscriber, follows)
    subscriber.save()
    subscriber.committees.set(follows.committee_ids)
    return subscriber


def send_subscriber_mail(subscriber_id: int, kind: str) -> bool:
    """Send one confirm / already-subscribed / welcome email now (called by
    the worker). False when there is nothing to send any more."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        return False
    if kind == "confirm" and subscriber.status != Subscriber.Status.PENDING:
        return False
    if kind in ("already_subscribed", "welcome") and subscriber.status != Subscriber.Status.CONFIRMED:
        return False
    if subscriber.status in (Subscriber.Status.BOUNCED, Subscriber.Status.COMPLAINED):
        return False
    with translation.override(subscriber.language or settings.LANGUAGE_CODE):
        message = build_subscriber_mail(subscriber, kind)
    message.send()
    return True


def subscriber_for_token(token: str, action: str) -> Subscriber:
    """The Subscriber a token names, or TokenError."""
    payload = read_token(token, action)
    subscriber = Subscriber.objects.filter(pk=payload.subscriber_id).first()
    if subscriber is None or not payload.matches(subscriber):
        raise TokenError("invalid")
    return subscriber


def person_for_token(token: str) -> Person:
    """The Person a meeting-notices token names, or TokenError."""
    payload = read_person_token(token)
    person = Person.objects.filter(pk=payload.person_id).first()
    if person is None or not payload.matches(person):
        raise TokenError("invalid")
    return person
