"""The events index, month view and feeds cost a fixed number of queries,
however many events there are: 200 synthetic events (five per city, as
load_demo_content --scale 40 adds) and 500 imported ones, past the listing's
page of 50."""

from datetime import timedelta

import pytest
from django.utils import timezone

from events import demo
from events.models import CalendarFeed, ImportedEvent
from tests.frame import warm_frame

pytestmark = pytest.mark.django_db

SCALE = 40
BOUND = 15  # the content pages' bound (tests/home)


@pytest.fixture
def busy_index(home, kaniv_committee, board):
    index = demo.load(home)
    demo.add_synthetic_events(5 * SCALE, index)
    feed = CalendarFeed.objects.create(name="Kaniv city council", url="https://kaniv.example/feed.ics", index=index,
                                       committee=kaniv_committee)
    now = timezone.now()
    ImportedEvent.objects.bulk_create(
        ImportedEvent(feed=feed, uid=f"e{n}@kaniv", title=f"Council {n}", start=now + timedelta(hours=7 * n),
                      end=now + timedelta(hours=7 * n + 1), zone="Europe/Kyiv", content_hash="h")
        for n in range(500))
    return index


def test_listing_month_and_feeds_stay_within_the_bound(client, busy_index, django_assert_max_num_queries):
    warm_frame(client, busy_index.url)
    today = timezone.localdate()
    urls = [busy_index.url, busy_index.url + "?committee=kaniv", busy_index.url + f"month/{today.year}/{today.month}/",
            busy_index.url + "past/", busy_index.url + "feed.ics", busy_index.url + "feed.ics?city=kaniv"]
    for url in urls:
        with django_assert_max_num_queries(BOUND):
            response = client.get(url)
        assert response.status_code == 200, url
    listing = client.get(busy_index.url, {"check": "context"})  # a fresh render, not the page cache's copy
    assert listing.context["listing"].paginator.count > 400 + SCALE  # imported rows and synthetic events
    assert listing.content.count(b'class="event-card') == len(listing.context["occurrences"]) == 50
