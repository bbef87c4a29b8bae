"""The Sonoma association's board and committee meetings, from the seed's calendar
(`sonoma-sister-cities-association.txt`)."""

# The recurring meetings behind the seed's "Upcoming Events" (November 2024 to January 2025). "listed" are the
# dates the seed shows, so the rule can be checked against them; "exdates" are occurrences of the rule the
# seed's calendar leaves out. "venue" is None where the seed says "TBD" or "Contact Sylvia" (see "venue_note").
MEETINGS = [
    {
        "committee": "board",
        "title": "SSCA Monthly Board of Directors Meeting",
        "venue": None,
        "venue_note": "TBD",
        "address": None,
        "rule": {"freq": "monthly", "weekday": "MO", "nth": 2},
        "dtstart": "2024-11-11",
        "listed": ["2024-11-11", "2025-01-13"],
        "exdates": ["2024-12-09"],
        "start": "18:00",
        "end": "20:00",
        "timezone": "America/Los_Angeles",
        "in_person": True,
        "virtual": False,
    },
    {
        "committee": "sonoma-kaniv",
        "title": "Sonoma-Kaniv Committee Meeting",
        "venue": "Sonoma Library Meeting Room",
        "venue_note": None,
        "address": "755 West Napa Street, Sonoma, CA 95476",  # general knowledge, not from seed
        "rule": {"freq": "monthly", "weekday": "WE", "nth": 2},
        "dtstart": "2024-11-13",
        "listed": ["2024-11-13", "2024-12-11", "2025-01-08"],
        "exdates": [],
        "start": "18:00",
        "end": "19:45",
        "timezone": "America/Los_Angeles",
        "in_person": True,
        "virtual": False,
    },
    {
        "committee": "sonoma-tokaj",
        "title": "Monthly Sonoma-Tokaj Committee Meeting",
        "venue": None,
        "venue_note": "Contact Sylvia",
        "address": None,
        "rule": {"freq": "monthly", "weekday": "TH", "nth": 3},
        "dtstart": "2024-11-21",
        "listed": ["2024-11-21", "2024-12-19", "2025-01-16"],
        "exdates": [],
        "start": "18:00",
        "end": "19:45",
        "timezone": "America/Los_Angeles",
        "in_person": True,
        "virtual": False,
    },
    {
        "committee": "sonoma-penglai",
        "title": "Penglai Committee Meeting",
        "venue": "Best Western Sonoma Valley Inn",
        "venue_note": None,
        "address": "550 2nd Street West, Sonoma, CA 95476",  # general knowledge, not from seed
        "rule": {"freq": "monthly", "weekday": "MO", "nth": 1},
        "dtstart": "2024-12-02",
        "listed": ["2024-12-02", "2025-01-06"],
        "exdates": [],
        "start": "11:00",
        "end": "12:30",
        "timezone": "America/Los_Angeles",
        "in_person": True,
        "virtual": True,  # "Best Western Sonoma Valley Inn+Virtual"
    },
]
