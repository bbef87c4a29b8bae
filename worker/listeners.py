"""Turn what the apps announce (Wagtail's page signals, the apps' own
signals) into tasks, enqueued only after the transaction commits."""

import logging

from celery.signals import worker_ready
from django.db import connections, transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from chapter.models import Announcement
from chapter.signals import announcement_decided
from events.models import EventPage
from events.signals import feed_sync_requested
from home.models import ContactMessage
from newsletters.signals import send_requested, subscriber_mail_requested, test_send_requested
from relationships.signals import notice_requested

from .tasks import chapter, contact, feeds, mail, notices, registrations, relationships

logger = logging.getLogger(__name__)


@worker_ready.connect(dispatch_uid="worker.newsletters.sweep_on_start")
def on_worker_ready(sender=None, **kwargs):
    """A worker (re)started: take over what a dead one held, within a lease."""
    try:
        restarted = mail.sweep_on_start()
        if restarted:
            logger.warning("worker start: lanes started again for runs %s", restarted)
    except Exception:  # the worker must start even if the database is not there yet
        logger.exception("worker start: the delivery sweep failed; beat's sweep will catch up")
    finally:
        connections.close_all()  # the main process keeps no connection its pool could inherit


@receiver(send_requested, dispatch_uid="worker.newsletters.send_requested")
def on_send_requested(sender, run_id, **kwargs):
    transaction.on_commit(lambda: mail.start_lanes(run_id))


@receiver(subscriber_mail_requested, dispatch_uid="worker.newsletters.subscriber_mail")
def on_subscriber_mail_requested(sender, subscriber_id, kind, **kwargs):
    transaction.on_commit(lambda: mail.send_subscriber_mail.delay(subscriber_id, kind))


@receiver(notice_requested, dispatch_uid="worker.relationships.notice")
def on_relationship_notice_requested(sender, application_id, key, **kwargs):
    transaction.on_commit(lambda: relationships.send_notice.delay(application_id, str(key)))


@receiver(test_send_requested, dispatch_uid="worker.newsletters.test_send")
def on_test_send_requested(sender, page_id, email, **kwargs):
    transaction.on_commit(lambda: mail.send_test.delay(page_id, email))


@receiver(post_save, sender=ContactMessage, dispatch_uid="worker.home.contact_message")
def on_contact_message_saved(sender, instance, created, **kwargs):
    # Stored first, sent once the row is committed: nothing is lost if mail fails.
    if created:
        message_id = instance.pk
        transaction.on_commit(lambda: contact.deliver_contact_message.delay(message_id))


@receiver(post_save, sender=Announcement, dispatch_uid="worker.chapter.announcement_received")
def on_announcement_saved(sender, instance, created, **kwargs):
    # Stored first, confirmed once the row is committed: nothing is lost if mail fails.
    if created:
        announcement_id = instance.pk
        transaction.on_commit(lambda: chapter.deliver_announcement_mail.delay(announcement_id))


@receiver(announcement_decided, dispatch_uid="worker.chapter.announcement_decided")
def on_announcement_decided(sender, announcement_id, **kwargs):
    transaction.on_commit(lambda: chapter.deliver_announcement_mail.delay(announcement_id))


@receiver(feed_sync_requested, dispatch_uid="worker.events.feed_sync_requested")
def on_feed_sync_requested(sender, feed_id, **kwargs):
    transaction.on_commit(lambda: feeds.sync_calendar_feed.delay(feed_id))


@receiver(page_published, dispatch_uid="worker.events.notices.published")
@receiver(page_unpublished, dispatch_uid="worker.events.notices.unpublished")
def on_event_published_or_unpublished(sender, instance, **kwargs):
    # The task compares the event as followers last heard of it with what is
    # live once this transaction has committed (notices.reconcile).
    if isinstance(instance, EventPage):
        page_id = instance.pk
        transaction.on_commit(lambda: notices.notify_event_changed.delay(page_id))


@receiver(page_published, dispatch_uid="worker.registrations.published")
def on_event_published(sender, instance, **kwargs):
    # More places may have been published: the waiting list moves up.
    if isinstance(instance, EventPage) and instance.takes_registrations:
        page_id = instance.pk
        transaction.on_commit(lambda: registrations.fill_after_publish.delay(page_id))
