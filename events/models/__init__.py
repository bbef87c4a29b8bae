"""Events: the association's own (pages) and outside calendars (plain rows)."""

from .feeds import CalendarFeed, ImportedEvent
from .pages import EventCategory, EventException, EventIndexPage, EventPage, EventStatus

__all__ = [
    "CalendarFeed",
    "EventCategory",
    "EventException",
    "EventIndexPage",
    "EventPage",
    "EventStatus",
    "ImportedEvent",
]
