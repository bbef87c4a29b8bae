"""What an event page shows of registration: the form and how many places
are left or how many are going (never who). events/views.py asks for it
through the "event_page_context" hook (wagtail_hooks.py)."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from events.models import EventPage

from .forms import RegistrationForm
from .places import Counts, upcoming_dates


def consent_text() -> str:
    """The sentence the form shows, in the active language; stored with each
    registration exactly as shown."""
    return gettext("Keep my name, address and answers for this event's organisers, and email me about it "
                   "(confirmation, reminders, changes). I can cancel with the link in every email.")


def form_for(page: EventPage, data=None, *, counts: Counts | None = None, dates=None) -> RegistrationForm:
    language = translation.get_language() or settings.LANGUAGE_CODE
    dates = upcoming_dates(page) if dates is None else dates
    return RegistrationForm(data, page=page, dates=dates, counts=counts, consent_text=consent_text(),
                            initial={"language": language if language in dict(settings.LANGUAGES)
                                     else settings.LANGUAGE_CODE})


def page_panel(page: EventPage, source: EventPage, form=None, *, occs=None) -> dict:
    """The registration part of an event page's context, in one query: places
    taken per date, and the dates with places of their own."""
    counts = Counts(source, translation_key=page.translation_key)
    dates = upcoming_dates(page, occs=occs)
    if form is None:
        form = form_for(page, counts=counts, dates=dates)
    one_off = not page.rrule
    return {
        "registration_form": form,
        "registration_places": {
            "capacity": counts.capacity(None) if one_off else None,
            "left": counts.left(None) if one_off else None,
            "going": counts.taken(None) if one_off else None,
        },
        "registration_template": "registrations/includes/form.html",
    }


def event_page_context(page: EventPage, request, context: dict) -> dict:
    if not page.takes_registrations or not page.live:
        return {}
    return page_panel(page, page, occs=context.get("all_occurrences"))
