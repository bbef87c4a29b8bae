"""The calendar invitation in a registrant's mail (METHOD:REQUEST, RFC 5546):
the whole series, or the one date registered for (an instance of the
event's UID with its RECURRENCE-ID), with the registrant as an attendee who
has accepted. Same UID and SEQUENCE as the site's feed and the meeting
notices, so a calendar keeps one entry that later notices update. When the
registrant cancels, the same entry comes back with METHOD:CANCEL, which
takes it out of their calendar."""

from icalendar import Event, vCalAddress, vText

from events import ics
from events.models import EventPage
from events.occurrences import Occurrence

from .models import Registration


def _people(component: Event, registration: Registration, organizer: tuple[str, str], partstat: str) -> None:
    name, email = organizer
    who = vCalAddress(f"mailto:{email}")
    who.params["CN"] = vText(name)
    component.add("ORGANIZER", who)
    attendee = vCalAddress(f"mailto:{registration.email}")
    attendee.params.update({"CN": vText(registration.name), "PARTSTAT": partstat, "ROLE": "REQ-PARTICIPANT",
                            "RSVP": "FALSE"})
    component.add("ATTENDEE", attendee)


def _instance(page: EventPage, occ: Occurrence, url: str) -> Event:
    """One date of a series, as it is now (moved or not)."""
    component = next(c for c in ics.page_components(page, url) if "RRULE" in c).copy()
    for name in ("RRULE", "EXDATE", "DTSTART", "DTEND", "RDATE"):
        component.pop(name, None)
    original = occ.extra.get("original_start") or occ.start
    component.add("RECURRENCE-ID", original.date() if occ.all_day and hasattr(original, "date") else original)
    if occ.all_day:
        component.add("DTSTART", occ.start.date())
        component.add("DTEND", occ.end.date())
    else:
        component.add("DTSTART", occ.start)
        component.add("DTEND", occ.end)
    return component


def invitation_bytes(registration: Registration, page: EventPage, url: str, organizer: tuple[str, str],
                     occurrence: Occurrence | None = None, method: str = "REQUEST") -> bytes:
    assert method in ("REQUEST", "CANCEL"), method
    cal = ics.new_calendar(page.title)
    cal.pop("METHOD")
    cal.add("METHOD", method)
    if occurrence is not None:
        components = [_instance(page, occurrence, url)]
    else:
        components = ics.page_components(page, url)
    if method == "CANCEL":  # the whole entry goes: its dates changed on their own with it
        components = [c for c in components if "RECURRENCE-ID" not in c or occurrence is not None]
    for component in components:
        _people(component, registration, organizer, "DECLINED" if method == "CANCEL" else "ACCEPTED")
        if method == "CANCEL":
            component.pop("STATUS", None)
            component.add("STATUS", "CANCELLED")
        cal.add_component(component)
    return ics.finish(cal, set() if page.all_day else {page.time_zone})
