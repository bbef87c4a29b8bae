"""What the chapter app announces, and what it does on others' signals.

The worker listens (worker/listeners.py): a new Announcement row is picked up
from its post_save (its confirmation is due); `announcement_decided` is sent
when an approval or a rejection is saved (its decision mail is due).

The member calendar shows the rows a feed sync writes: a sync that changed
any purges the page cache, so readers see a member's changed calendar as
soon as the worker synced it (models.py watches the associations and their
newsletters the same way).
"""

from django.dispatch import Signal, receiver

from core import cache
from events.signals import feed_synced

# sender: Announcement; kwargs: announcement_id
announcement_decided = Signal()


@receiver(feed_synced, dispatch_uid="chapter.purge_on_feed_synced")
def purge_on_feed_synced(sender, **kwargs):
    cache.purge()
