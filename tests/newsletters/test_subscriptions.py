import pytest
from django.core import mail

from newsletters import subscriptions
from newsletters.models import Subscriber, Suppression

pytestmark = pytest.mark.django_db


def request(email, **kwargs):
    subscriptions.request_subscription(email, language=kwargs.pop("language", "en"), ip="192.0.2.1",
                                       shown_consent_text="I agree", **kwargs)


def test_addresses_are_unique_whatever_their_case(make_subscriber):
    make_subscriber("Reader@Example.org")
    request("reader@EXAMPLE.org")
    assert Subscriber.objects.count() == 1


def test_an_unsubscribed_reader_can_come_back_only_through_a_new_confirmation(make_subscriber):
    subscriber = make_subscriber()
    subscriptions.unsubscribe(subscriber, method="link")
    request(subscriber.email)
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING
    assert Suppression.objects.filter(email=subscriber.email).exists()  # still suppressed until confirmed

    assert subscriptions.confirm(subscriber, ip="192.0.2.2") is True
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.withdrawn_method == "link"  # the history stays
    assert not Suppression.objects.filter(email=subscriber.email).exists()


def test_a_bounced_address_is_never_mailed_again_from_the_form(make_subscriber):
    subscriber = make_subscriber()
    subscriptions.mark_undeliverable(subscriber.email, reason=Suppression.Reason.BOUNCED, detail="550 no such user")
    request(subscriber.email)
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.BOUNCED
    assert subscriptions.send_subscriber_mail(subscriber.pk, "confirm") is False
    assert mail.outbox == []


def test_an_address_already_on_the_list_gets_its_preferences_link(make_subscriber):
    subscriber = make_subscriber(language="fr")
    assert subscriptions.send_subscriber_mail(subscriber.pk, "already_subscribed") is True
    [message] = mail.outbox
    assert "/fr/newsletter/preferences/" in message.body


def test_a_deleted_subscriber_leaves_its_suppression(make_subscriber):
    subscriber = make_subscriber()
    subscriptions.unsubscribe(subscriber, method="link")
    subscriber.delete()
    assert subscriptions.is_suppressed("READER@example.org")


def test_an_esp_complaint_suppresses_the_address(make_subscriber):
    from anymail.signals import AnymailTrackingEvent, tracking

    subscriber = make_subscriber()
    event = AnymailTrackingEvent(event_type="complained", recipient=subscriber.email.upper())
    tracking.send(sender=object, event=event, esp_name="Test")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.COMPLAINED
    assert Suppression.objects.get(email=subscriber.email).reason == Suppression.Reason.COMPLAINED
