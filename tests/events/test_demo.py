from datetime import UTC, datetime

import pytest

from events import demo, occurrences
from events.models import EventPage
from people.models import Committee

pytestmark = pytest.mark.django_db

# The seed's "Upcoming Events", in order (sonoma-sister-cities-association.txt).
SEED_UPCOMING = [
    ("SSCA Monthly Board of Directors Meeting", "2024-11-11 18:00", "20:00", "TBD"),
    ("Sonoma-Kaniv Committee Meeting", "2024-11-13 18:00", "19:45", "Sonoma Library Meeting Room"),
    ("Monthly Sonoma-Tokaj Committee Meeting", "2024-11-21 18:00", "19:45", "Contact Sylvia"),
    ("Penglai Committee Meeting", "2024-12-02 11:00", "12:30", "Best Western Sonoma Valley Inn"),
    ("Sonoma-Kaniv Committee Meeting", "2024-12-11 18:00", "19:45", "Sonoma Library Meeting Room"),
    ("Monthly Sonoma-Tokaj Committee Meeting", "2024-12-19 18:00", "19:45", "Contact Sylvia"),
    ("Penglai Committee Meeting", "2025-01-06 11:00", "12:30", "Best Western Sonoma Valley Inn"),
    ("Sonoma-Kaniv Committee Meeting", "2025-01-08 18:00", "19:45", "Sonoma Library Meeting Room"),
    ("SSCA Monthly Board of Directors Meeting", "2025-01-13 18:00", "20:00", "TBD"),
    ("Monthly Sonoma-Tokaj Committee Meeting", "2025-01-16 18:00", "19:45", "Contact Sylvia"),
]


def test_the_seeds_meetings_give_the_seeds_calendar(home):
    Committee.objects.create(name="Sonoma-Penglai Committee", slug="sonoma-penglai")
    index = demo.load(home)
    from wagtail.models import Site

    assert demo.load({"sonoma": Site.objects.get(is_default_site=True)}) == index  # as load_demo_content calls it
    assert EventPage.objects.child_of(index).count() == 4
    found = occurrences.between(datetime(2024, 11, 1, tzinfo=UTC), datetime(2025, 1, 20, tzinfo=UTC))
    assert [(o.title, o.start.strftime("%Y-%m-%d %H:%M"), o.end.strftime("%H:%M"), o.venue_name)
            for o in found] == SEED_UPCOMING
    penglai = EventPage.objects.get(title="Penglai Committee Meeting")
    assert penglai.is_hybrid and penglai.committee.slug == "sonoma-penglai"
    assert penglai.rrule == "FREQ=MONTHLY;BYDAY=1MO"


def test_synthetic_events_for_load_tests(home):
    index = demo.load(home)
    pages = demo.add_synthetic_events(30, index)
    assert len(pages) == 30 and EventPage.objects.live().count() == 34
    more = demo.add_synthetic_events(5, index)
    assert more[0].slug == "synthetic-31"
    assert len(occurrences.upcoming(days=365, index=index)) >= 30
