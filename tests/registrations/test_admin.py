"""Editors' side: the list per event and per date with the answers, the
formula-safe export, and the check-in list on a phone."""

import csv
import io
import re

import pytest
from django.contrib.auth import get_user_model

from registrations import registering
from registrations.models import Registration
from registrations.places import upcoming_dates


@pytest.fixture
def admin(client, db):
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.org", "pw"))
    return client


@pytest.fixture
def asked(series):
    series.registration_questions = [("question", {"kind": "text", "label": "Dietary needs", "choices": [],
                                                   "required": False})]
    series.save_revision().publish()
    series.refresh_from_db()
    return series


def going(page, email, name, day=None, answers=None):
    registration = registering.register(page, occurrence_date=day, name=name, email=email, language="en",
                                        answers=answers or {})
    registering.confirm(registration.pk)
    return registration


def test_the_list_per_event_and_date_shows_the_answers(admin, asked):
    block_id = asked.registration_questions[0].id
    day = upcoming_dates(asked)[0].day
    going(asked, "a@example.org", "Ana", answers={block_id: "vegetarian"})
    going(asked, "b@example.org", "Bo", day=day)
    html = admin.get(f"/admin/registrations_admin/?event={asked.pk}").content.decode()
    assert "Dietary needs: vegetarian" in html and "Bo" in html
    html = admin.get(f"/admin/registrations_admin/?event={asked.pk}&occurrence_date={day.isoformat()}"
                     ).content.decode()
    assert "Bo" in html and "Ana" not in html


def test_the_export_is_formula_safe(admin, asked):
    going(asked, "evil@example.org", "=HYPERLINK(\"http://x\")")
    response = admin.get(f"/admin/registrations_admin/?event={asked.pk}&export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    name_column = rows[0].index("Name")
    assert rows[1][name_column].startswith("'=")


def test_the_check_in_list_ticks_people_in(admin, asked):
    day = upcoming_dates(asked)[0].day
    series_reg = going(asked, "a@example.org", "Ana")
    date_reg = going(asked, "b@example.org", "Bo", day=day)
    going(asked, "c@example.org", "Cy", day=upcoming_dates(asked)[1].day)
    url = f"/admin/registrations/check-in/{asked.pk}/"
    html = admin.get(url, {"date": day.isoformat()}).content.decode()
    # The names on the rows' buttons (a bare "Cy" may turn up in a CSRF token).
    assert re.findall(r'aria-pressed="\w+">\s*([^<]+?)\s*</button>', html) == ["Ana", "Bo"]
    assert "0 of 2 checked in" in html
    response = admin.post(f"{url}{date_reg.pk}/", {"date": day.isoformat()})
    assert response["Location"] == f"{url}?date={day.isoformat()}#r{date_reg.pk}"
    assert Registration.objects.get(pk=date_reg.pk).checked_in_at is not None
    assert Registration.objects.get(pk=series_reg.pk).checked_in_at is None
    assert "1 of 2 checked in" in admin.get(url, {"date": day.isoformat()}).content.decode()


def test_an_editor_without_the_permission_sees_no_registrations(client, series):
    user = get_user_model().objects.create_user("editor", "e@example.org", "pw")
    client.force_login(user)
    assert client.get(f"/admin/registrations/check-in/{series.pk}/").status_code in (302, 403)
