from django import template

from events import occurrences
from events.models import EventCategory, EventIndexPage
from events.views import annotate

register = template.Library()

MEETINGS = (EventCategory.BOARD_MEETING, EventCategory.COMMITTEE_MEETING)


@register.inclusion_tag("components/next_meetings.html", takes_context=True)
def next_meetings(context, limit: int = 4, days: int = 62):
    """The next board and committee meetings of the events index below the
    current page (the home page), for `{% next_meetings %}`."""
    request = context.get("request")
    page = context.get("page")
    index = EventIndexPage.objects.live().descendant_of(page).first() if page is not None else None
    if index is None:
        return {"meetings": [], "index": None}
    found = occurrences.upcoming(days=days, limit=limit, index=index, category=MEETINGS,
                                 include_imported=False, include_cancelled=True)
    return {"meetings": annotate(found, request, index), "index": index, "request": request,
            "reader_zone": context.get("reader_zone")}
