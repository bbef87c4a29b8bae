"""Speed: an event page with its registration form costs a fixed number of
queries, one more than the same page without the form (the places taken per
date and the dates' own places, in one query), however many have
registered. Measured with the page frame warm and outside the page cache,
as tests/frame.py describes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from registrations import registering
from registrations.models import OccurrencePlaces
from registrations.places import upcoming_dates
from tests.frame import warm_frame

pytestmark = pytest.mark.django_db
# The event page alone with the frame warm, just after a publish (the page,
# its site, read again after any publish, and its dates; measured).
ALONE = 5


def render(client, page, django_assert_num_queries, expected, fresh):
    with django_assert_num_queries(expected):
        response = client.get(page.url, {"fresh": fresh})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("fixture", ["one_off", "series"])
def test_an_event_page_with_its_form_stays_within_its_query_count(client, request, fixture,
                                                                  django_assert_num_queries):
    page = request.getfixturevalue(fixture)
    warm_frame(client, page.url)
    page.takes_registrations = False
    page.save_revision().publish()
    with CaptureQueriesContext(connection) as without:
        client.get(page.url, {"fresh": "without"})
    alone = len(without.captured_queries)

    page.takes_registrations = True
    page.save_revision().publish()
    assert alone == ALONE
    html = render(client, page, django_assert_num_queries, ALONE + 1, "with")
    assert 'class="reader-form registration-form"' in html

    dates = upcoming_dates(page)
    for n in range(12):
        day = dates[n % len(dates)].day if dates and n % 2 else None
        registration = registering.register(page, occurrence_date=day, name=f"Reader {n}",
                                            email=f"reader{n}@example.org", language="en")
        registering.confirm(registration.pk)
    if dates:
        OccurrencePlaces.objects.create(event=page, occurrence_date=dates[1].day, capacity=9)
    # No publish since the last render: the page, the pages along its path,
    # its site and its translations come from the shared cache; the places
    # are read, in one query whatever the registrations.
    html = render(client, page, django_assert_num_queries, 1, "busy")
    assert "@example.org" not in html and "Reader" not in html  # never who
