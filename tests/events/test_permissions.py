"""A city's committee group edits that committee's events, and no other."""

import pytest
from django.contrib.auth.models import Group, User

from cities.models import CityProfilePage
from people.models import Committee
from tests.events.conftest import make_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def tokaj_committee(kaniv):
    tokaj = CityProfilePage(title="Tokaj", slug="tokaj", country="HU", local_city="Sonoma")
    kaniv.get_parent().add_child(instance=tokaj)
    return Committee.objects.create(name="Sonoma-Tokaj Committee", slug="tokaj", city=tokaj)


def member_of(group_name, username="kaniv-editor"):
    user = User.objects.create_user(username, password="a-long-test-password")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_committee_editor_edits_own_committee_events_and_gets_403_on_others(
        client, index, kaniv_meeting, tokaj_committee, board):
    tokaj_event = make_event(index, title="Tokaj harvest", committee=tokaj_committee)
    board_event = make_event(index, title="Board meeting", committee=board)
    editor = member_of("Committee: Kaniv")
    client.force_login(editor)
    assert client.get(f"/admin/pages/{kaniv_meeting.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{tokaj_event.pk}/edit/").status_code == 403
    assert client.get(f"/admin/pages/{board_event.pk}/edit/").status_code == 403
    assert client.get(f"/admin/pages/{index.pk}/edit/").status_code == 403
    tester = kaniv_meeting.permissions_for_user(editor)
    assert tester.can_edit() and not tester.can_publish()  # changes go through moderation


def test_the_grant_follows_the_published_committee_not_a_draft(client, kaniv_meeting, tokaj_committee):
    kaniv_editor = member_of("Committee: Kaniv")
    tokaj_editor = member_of("Committee: Tokaj", "tokaj-editor")

    kaniv_meeting.committee = tokaj_committee
    kaniv_meeting.save_revision()  # a draft: still the Kaniv committee's event
    assert kaniv_meeting.specific_class.objects.get(pk=kaniv_meeting.pk).permissions_for_user(
        kaniv_editor).can_edit()

    kaniv_meeting.save_revision().publish()
    client.force_login(kaniv_editor)
    assert client.get(f"/admin/pages/{kaniv_meeting.pk}/edit/").status_code == 403
    client.force_login(tokaj_editor)
    assert client.get(f"/admin/pages/{kaniv_meeting.pk}/edit/").status_code == 200


def test_an_event_of_a_city_without_a_committee_goes_to_that_city_group(client, index, kaniv):
    event = make_event(index, title="Kaniv photo exhibition", city=kaniv)
    client.force_login(member_of("Committee: Kaniv"))
    assert client.get(f"/admin/pages/{event.pk}/edit/").status_code == 200
