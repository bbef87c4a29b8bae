"""Editing a series in the admin: plain fields in, RRULE stored; a change for
a date the series does not have is refused with a clear error."""

from datetime import date

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events.models import EventPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "e@example.org", "pw"))


def post_event(client, index, exceptions, **fields):
    data = {
        "title": "Sonoma-Kaniv Committee Meeting", "slug": "kaniv", "category": "committee_meeting",
        "status": "confirmed", "start_date": "2024-11-13", "start_time": "18:00", "end_time": "19:45",
        "time_zone": "America/Los_Angeles", "repeat": "monthly_weekday", "repeat_interval": "1",
        "exceptions": inline_formset(exceptions), "body": streamfield([]), "registration_questions": streamfield([]),
        "action-publish": "publish",
    }
    data.update(fields)
    return client.post(reverse("wagtailadmin_pages:add", args=["events", "eventpage", index.pk]),
                       nested_form_data(data))


def test_a_series_with_a_cancelled_date_is_saved_from_plain_fields(client, editor, index):
    response = post_event(client, index, [{"original_date": "2024-12-11", "action": "cancelled", "note": "Holidays",
                                           "new_start_date": "", "new_start_time": "", "new_end_time": "",
                                           "new_venue_name": ""}])
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page = EventPage.objects.get(slug="kaniv")
    assert page.live and page.rrule == "FREQ=MONTHLY;BYDAY=2WE" and page.sequence == 1
    assert [(e.original_date, e.action) for e in page.exceptions.all()] == [(date(2024, 12, 11), "cancelled")]


def test_a_change_for_a_date_outside_the_series_is_refused(client, editor, index):
    response = post_event(client, index, [{"original_date": "2024-12-12", "action": "cancelled", "note": "",
                                           "new_start_date": "", "new_start_time": "", "new_end_time": "",
                                           "new_venue_name": ""}])
    assert response.status_code == 200
    assert "The series has no date on 2024-12-12." in response.content.decode()
    assert not EventPage.objects.filter(slug="kaniv").exists()


def test_the_start_must_be_the_chosen_weekday(client, editor, index):
    response = post_event(client, index, [], repeat_ordinal="1")
    assert response.status_code == 200
    assert "must itself be the chosen weekday" in response.content.decode()
