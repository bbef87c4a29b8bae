"""The demo: the committee and board meetings take registrations; the Kaniv
committee's next date is full and has a waiting list; loading twice adds nothing."""

from django.test import Client

from events.models import EventCategory, EventPage
from registrations.models import Registration
from registrations.places import Counts, upcoming_dates


def test_the_demo_meetings_take_registrations_with_a_full_date_and_a_waiting_list(demo):
    meetings = EventPage.objects.filter(category__in=[EventCategory.COMMITTEE_MEETING,
                                                      EventCategory.BOARD_MEETING], rrule__gt="")
    assert meetings.exists() and all(page.takes_registrations for page in meetings)
    kaniv = meetings.get(slug="sonoma-kaniv-committee-meeting")
    next_date = upcoming_dates(kaniv)[0].day
    assert Counts(kaniv).left(next_date) == 0
    waiting = Registration.objects.filter(event=kaniv, status="waiting").order_by("position")
    assert [r.name for r in waiting] == ["Monica Menco", "Vic Aul"]
    count = Registration.objects.count()
    demo.load()
    assert Registration.objects.count() == count

    html = Client().get(kaniv.url).content.decode()
    assert "full: waiting list" in html and "Accessibility needs" in html
    assert "Monica Menco" not in html
