from datetime import date, time

import pytest
from django.utils.text import slugify
from wagtail.models import Page, Site

from cities.models import CityIndexPage, CityProfilePage
from events.models import EventIndexPage, EventPage
from people.models import Committee


@pytest.fixture
def home(db):
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def index(home):
    page = EventIndexPage(title="Events", slug="events")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def kaniv(home):
    cities = CityIndexPage(title="Sister cities", slug="cities")
    home.add_child(instance=cities)
    city = CityProfilePage(title="Kaniv", slug="kaniv", country="UA", local_city="Sonoma")
    cities.add_child(instance=city)
    return city


@pytest.fixture
def kaniv_committee(kaniv):
    return Committee.objects.create(name="Sonoma-Kaniv Committee", slug="kaniv", city=kaniv)


@pytest.fixture
def board(db):
    return Committee.objects.create(name="Board of Directors", slug="board", kind=Committee.Kind.BOARD)


def make_event(parent: Page, publish: bool = True, exceptions=(), **fields) -> EventPage:
    """An event page below `parent`; `exceptions` are dicts for EventException."""
    defaults = {"title": "Meeting", "start_date": date(2024, 11, 13), "start_time": time(18),
                "end_time": time(19, 45), "time_zone": "America/Los_Angeles"}
    defaults.update(fields)
    defaults.setdefault("slug", slugify(defaults["title"])[:50])
    page = EventPage(live=publish, **defaults)
    for exc in exceptions:
        page.exceptions.add(page.exceptions.model(**exc))
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
        page.refresh_from_db()
    return page


@pytest.fixture
def kaniv_meeting(index, kaniv_committee):
    """The seed's meeting: second Wednesday, 6:00-7:45 pm, Sonoma Library."""
    return make_event(index, title="Sonoma-Kaniv Committee Meeting", committee=kaniv_committee,
                      venue_name="Sonoma Library Meeting Room", venue_address="755 W Napa St, Sonoma, CA",
                      repeat="monthly_weekday", start_date=date(2024, 11, 13))


FIXTURES = __import__("pathlib").Path(__file__).resolve().parent / "fixtures"


def fixture_bytes(name: str) -> bytes:
    """A real-world .ics file from tests/events/fixtures/ (origins in its README)."""
    return (FIXTURES / name).read_bytes()


@pytest.fixture
def calendar_host():
    from tests.events.httpserver import CalendarHost

    with CalendarHost() as host:
        yield host


@pytest.fixture
def feed(index):
    from events.models import CalendarFeed

    return CalendarFeed.objects.create(name="Partner calendar", url="https://calendar.example.org/feed.ics",
                                       index=index, default_time_zone="America/Los_Angeles")
