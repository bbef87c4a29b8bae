"""What the chapter app announces, and what it does on others' signals.

The worker listens (worker/listeners.py): a new Announcement row is picked up
from its post_save (its confirmation is due); `announcement_decided` is sent
when an approval or a rejection is saved (its decision mail is due).

Once every app has migrated (the permissions exist then) the "Chapter
moderators" group is made, as core makes "Site editors".

The member calendar shows the rows a feed sync writes: a sync that changed
any purges the page cache, so readers see a member's changed calendar as
soon as the worker synced it (models.py watches the associations and their
newsletters the same way).
"""

from django.db.models.signals import post_migrate
from django.dispatch import Signal, receiver

from core import cache
from core.permissions import all_permissions_exist
from events.signals import feed_synced

from .permissions import ensure_chapter_moderators_group

# sender: Announcement; kwargs: announcement_id
announcement_decided = Signal()


@receiver(feed_synced, dispatch_uid="chapter.purge_on_feed_synced")
def purge_on_feed_synced(sender, **kwargs):
    cache.purge()


@receiver(post_migrate, dispatch_uid="chapter.moderators_group")
def make_moderators_group(sender, **kwargs):
    if all_permissions_exist(sender):
        ensure_chapter_moderators_group()
