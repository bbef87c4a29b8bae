"""What the events app announces, and its own reactions to Wagtail's signals.

`feed_sync_requested` is sent when an editor asks for a feed to be synced
now; the worker listens (worker/listeners.py) and enqueues the sync.
"""

from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal, receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from cities.models import CityProfilePage

from . import feedcache
from .models import CalendarFeed, EventIndexPage, EventPage
from .permissions import sync_city_events, sync_committee_grant

# sender: CalendarFeed; kwargs: feed_id
feed_sync_requested = Signal()
# sender: CalendarFeed; kwargs: feed_id, result (a dict), after a sync that changed events
feed_synced = Signal()


@receiver(page_published)
def raise_sequence_and_purge(sender, instance, **kwargs):
    if isinstance(instance, EventPage):
        # RFC 5545: every published change raises SEQUENCE, so calendars
        # that already hold the event take the new version.
        EventPage.objects.filter(pk=instance.pk).update(sequence=F("sequence") + 1)
        instance.sequence += 1
    if isinstance(instance, EventPage | EventIndexPage):
        feedcache.purge()


@receiver(page_unpublished)
def purge_on_unpublish(sender, instance, **kwargs):
    if isinstance(instance, EventPage | EventIndexPage):
        feedcache.purge()


def _purge_on_change(sender, **kwargs):
    feedcache.purge()


def _grant_committee(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_committee_grant(instance)


def _grant_city_events(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        sync_city_events(instance)


def connect_model_signals():
    """Deleting an event, editing or deleting a feed, or a page's privacy changes what feeds show;
    saving an event or creating a city keeps the committee editors' grants."""
    post_save.connect(_grant_committee, sender=EventPage, dispatch_uid="events.committee_grant")
    post_save.connect(_grant_city_events, sender=CityProfilePage, dispatch_uid="events.committee_grant.city")
    post_delete.connect(_purge_on_change, sender=EventPage, dispatch_uid="events.purge.eventpage_deleted")
    post_save.connect(_purge_on_change, sender=CalendarFeed, dispatch_uid="events.purge.feed_saved")
    post_delete.connect(_purge_on_change, sender=CalendarFeed, dispatch_uid="events.purge.feed_deleted")
    post_save.connect(_purge_on_change, sender=PageViewRestriction, dispatch_uid="events.purge.privacy_saved")
    post_delete.connect(_purge_on_change, sender=PageViewRestriction, dispatch_uid="events.purge.privacy_deleted")
