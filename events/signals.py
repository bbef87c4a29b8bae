"""What the events app announces, and its own reactions to Wagtail's signals.

`feed_sync_requested` is sent when an editor asks for a feed to be synced
now; the worker listens (worker/listeners.py) and enqueues the sync.
"""

from django.db.models import F
from django.dispatch import Signal, receiver
from wagtail.signals import page_published, page_unpublished

from . import feedcache

# sender: CalendarFeed; kwargs: feed_id
feed_sync_requested = Signal()
# sender: CalendarFeed; kwargs: feed_id, result (a dict), after a sync that changed events
feed_synced = Signal()


@receiver(page_published)
def raise_sequence_and_purge(sender, instance, **kwargs):
    from .models import EventIndexPage, EventPage

    if isinstance(instance, EventPage):
        # RFC 5545: every published change raises SEQUENCE, so calendars
        # that already hold the event take the new version.
        EventPage.objects.filter(pk=instance.pk).update(sequence=F("sequence") + 1)
        instance.sequence += 1
    if isinstance(instance, EventPage | EventIndexPage):
        feedcache.purge()


@receiver(page_unpublished)
def purge_on_unpublish(sender, instance, **kwargs):
    from .models import EventIndexPage, EventPage

    if isinstance(instance, EventPage | EventIndexPage):
        feedcache.purge()
