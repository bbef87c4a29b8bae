"""What the chapter app announces; the worker listens (worker/listeners.py).

A new Announcement row is picked up from its post_save (its confirmation is
due); `announcement_decided` is sent once an approval or a rejection has
committed (its decision mail is due)."""

from django.dispatch import Signal

# sender: Announcement; kwargs: announcement_id
announcement_decided = Signal()
