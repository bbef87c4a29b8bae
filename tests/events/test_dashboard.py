"""The dashboard's events panels: the next meetings and the failing feeds,
each in a fixed number of queries however many there are."""

from datetime import time, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from django.utils import timezone

from events.dashboard import FailingFeedsPanel, NextMeetingsPanel
from events.models import CalendarFeed
from tests.events.conftest import make_event

pytestmark = pytest.mark.django_db


def render(panel):
    request = RequestFactory().get("/admin/")
    request.user = get_user_model()(is_superuser=True)
    return panel.render_html({"request": request})


def test_next_meetings_in_a_fixed_number_of_queries(index, django_assert_num_queries):
    soon = timezone.localdate() + timedelta(days=3)
    make_event(index, title="Board meeting", start_date=soon, start_time=time(18))
    with django_assert_num_queries(3) as first:
        html = render(NextMeetingsPanel())
    assert "Board meeting" in html
    for i in range(8):
        make_event(index, title=f"Committee {i}", slug=f"committee-{i}", start_date=soon + timedelta(days=i),
                   rrule="FREQ=WEEKLY")
    with django_assert_num_queries(len(first.captured_queries)):
        html = render(NextMeetingsPanel())
    assert html.count("<tr>") == 1 + 5  # a header row and the first five


def test_failing_feeds_in_one_query(index, django_assert_num_queries):
    CalendarFeed.objects.create(name="Fine", url="https://a.example.org/f.ics", index=index, last_result="updated")
    with django_assert_num_queries(1):
        assert "Every calendar feed synced at its last try" in render(FailingFeedsPanel())
    CalendarFeed.objects.bulk_create([
        CalendarFeed(name=f"Broken {i}", url=f"https://b.example.org/{i}.ics", index=index, last_result="failed",
                     last_error=f"The server answered 50{i}.", failure_count=i) for i in range(8)])
    with django_assert_num_queries(1):
        html = render(FailingFeedsPanel())
    assert "Broken 7" in html and "The server answered 507." in html and "Fine" not in html
    assert "All failing feeds" in html and html.count("<tr>") == 1 + 5


def test_the_home_page_carries_the_panels(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "e@example.org", "pw"))
    html = client.get("/admin/").content.decode()
    for panel in ("dashboard-next-meetings", "dashboard-failing-feeds", "dashboard-last-send",
                  "dashboard-new-subscribers", "dashboard-missing-translations"):
        assert f'id="{panel}' in html, panel
