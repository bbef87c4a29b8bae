"""A partner city's committee editors see, export and tick in the
registrations of their own committee's meetings, from the admin menu and
the event's page, and are refused another committee's; an editor in no
committee sees none."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from cities.models import CityProfilePage
from core.permissions import access_admin
from people.models import Committee
from registrations import registering
from registrations.models import Registration
from tests.events.conftest import make_event
from tests.registrations.conftest import soon

pytestmark = pytest.mark.django_db


@pytest.fixture
def tokaj_meeting(kaniv, index):
    tokaj = CityProfilePage(title="Tokaj", slug="tokaj", country="HU", local_city="Sonoma")
    kaniv.get_parent().add_child(instance=tokaj)
    committee = Committee.objects.create(name="Sonoma-Tokaj Committee", slug="tokaj", city=tokaj)
    return make_event(index, title="Tokaj Committee Meeting", committee=committee, takes_registrations=True,
                      start_date=soon(30))


@pytest.fixture
def lists(series, tokaj_meeting):
    for page, email in ((series, "kaniv.reader@example.org"), (tokaj_meeting, "tokaj.reader@example.org")):
        registration = registering.register(page, occurrence_date=None, name=email.split(".")[0].title(),
                                            email=email, language="en")
        registering.confirm(registration.pk)
    return Registration.objects.get(email="kaniv.reader@example.org"), \
        Registration.objects.get(email="tokaj.reader@example.org")


def member_of(group_name, username="kaniv-editor"):
    user = User.objects.create_user(username, password="a-long-test-password")
    group, _ = Group.objects.get_or_create(name=group_name)
    group.permissions.add(access_admin())
    user.groups.add(group)
    return user


def refused(response) -> bool:
    """The admin refuses with a 403, or back to its dashboard with a message."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == "/admin/")


def menu_urls(client) -> str:
    """The admin's sidebar (rendered as JSON props) as text."""
    return client.get("/admin/").content.decode()


def test_a_committee_editor_sees_and_exports_only_their_committees_lists(client, lists, series, tokaj_meeting):
    kaniv_row, tokaj_row = lists
    client.force_login(member_of("Committee: Kaniv"))
    index = reverse("registrations_admin:index")

    assert index in menu_urls(client)  # the admin menu offers the lists
    assert reverse("occurrence_places:index") not in menu_urls(client)  # but not the places, an editor's setting
    listing = client.get(index).content.decode()
    assert "kaniv.reader@example.org" in listing and "tokaj.reader@example.org" not in listing
    # Asking for the other committee's event by its filter shows nothing of it.
    assert "tokaj.reader@example.org" not in client.get(f"{index}?event={tokaj_meeting.pk}").content.decode()

    export = client.get(f"{index}?export=csv")
    assert export.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert [row[2] for row in rows[1:]] == ["Kaniv"]  # the name column, one row

    assert client.get(reverse("registrations_admin:inspect", args=[kaniv_row.pk])).status_code == 200
    assert refused(client.get(reverse("registrations_admin:inspect", args=[tokaj_row.pk])))
    # Seeing is not editing: the rows stay as the registrants and the administrators left them.
    assert refused(client.get(reverse("registrations_admin:edit", args=[kaniv_row.pk])))
    assert refused(client.post(reverse("registrations_admin:delete", args=[kaniv_row.pk])))
    assert Registration.objects.filter(pk=kaniv_row.pk).exists()


def test_a_committee_editor_ticks_in_their_own_meeting_and_is_refused_another(client, lists, series, tokaj_meeting):
    kaniv_row, tokaj_row = lists
    client.force_login(member_of("Committee: Kaniv"))
    page = client.get(reverse("registrations_check_in", args=[series.pk]))
    assert page.status_code == 200 and "Kaniv" in page.content.decode()
    assert client.post(reverse("registrations_check_in_toggle", args=[series.pk, kaniv_row.pk])).status_code == 302
    assert Registration.objects.get(pk=kaniv_row.pk).checked_in_at is not None

    assert refused(client.get(reverse("registrations_check_in", args=[tokaj_meeting.pk])))
    assert refused(client.post(reverse("registrations_check_in_toggle", args=[tokaj_meeting.pk, tokaj_row.pk])))
    assert Registration.objects.get(pk=tokaj_row.pk).checked_in_at is None


def test_the_event_page_in_the_admin_offers_the_lists_to_its_committee(client, lists, series):
    client.force_login(member_of("Committee: Kaniv"))
    edit = client.get(f"/admin/pages/{series.pk}/edit/").content.decode()
    assert f"{reverse('registrations_admin:index')}?event={series.pk}" in edit
    assert reverse("registrations_check_in", args=[series.pk]) in edit


def test_an_editor_in_no_committee_sees_no_list(client, lists, series):
    client.force_login(member_of("Newsletter editors", "editor"))
    assert reverse("registrations_admin:index") not in menu_urls(client)
    assert refused(client.get(reverse("registrations_admin:index")))
    assert refused(client.get(reverse("registrations_check_in", args=[series.pk])))


def test_the_other_committee_sees_its_own_list_only(client, lists, tokaj_meeting):
    client.force_login(member_of("Committee: Tokaj", "tokaj-editor"))
    listing = client.get(reverse("registrations_admin:index")).content.decode()
    assert "tokaj.reader@example.org" in listing and "kaniv.reader@example.org" not in listing
