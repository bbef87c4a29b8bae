"""The admin list of meeting notices: read-only, filterable, and shown only
to users allowed to see it."""

from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from newsletters.models import Delivery, SendRun
from notices.models import MeetingNotice
from tests.events.conftest import home, index, kaniv, kaniv_committee, kaniv_meeting, make_event  # noqa: F401

URL = "/admin/meeting_notices/"
START = datetime(2025, 2, 13, 2, tzinfo=UTC)


def notice(page, kind, recipient, status):
    run, _ = SendRun.objects.get_or_create(kind="meeting_notice", key=f"{kind}:{page.pk}")
    delivery = Delivery.objects.create(run=run, email=recipient, language="en", status=status,
                                       sent_at=START if status == Delivery.Status.SENT else None)
    return MeetingNotice.objects.create(kind=kind, occurrence_key=f"{page.uid}/20250212", variant="1", page=page,
                                        recipient=recipient, language="en", time_zone="UTC",
                                        occurrence_start=START, delivery=delivery)


@pytest.fixture
def rows(kaniv_meeting, index):  # noqa: F811
    other = make_event(index, title="Board meeting", category="board_meeting")
    return [
        notice(kaniv_meeting, "change", "ola@example.org", Delivery.Status.SENT),
        notice(kaniv_meeting, "cancellation", "piotr@example.org", Delivery.Status.PENDING),
        notice(other, "reminder", "treasurer@example.org", Delivery.Status.FAILED),
    ]


def user(name, *permissions):
    account = get_user_model().objects.create_user(name, f"{name}@example.org", "pw")
    account.user_permissions.add(Permission.objects.get(codename="access_admin"),
                                 *[Permission.objects.get(codename=code) for code in permissions])
    return account


def test_notices_are_listed_with_event_kind_recipient_status_and_sent_time(client, rows):
    client.force_login(user("clerk", "view_meetingnotice"))
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    for address in ("ola@example.org", "piotr@example.org", "treasurer@example.org"):
        assert address in html
    assert "Sonoma-Kaniv Committee Meeting" in html and "Board meeting" in html
    assert "Cancellation" in html and "Pending" in html and "Failed" in html


def test_filters_by_kind_status_and_event(client, rows, kaniv_meeting):  # noqa: F811
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.org", "pw"))

    def listed(**query):
        html = client.get(URL, query).content.decode()
        return {r.recipient for r in rows if r.recipient in html}

    assert listed(kind="cancellation") == {"piotr@example.org"}
    assert listed(delivery__status="sent") == {"ola@example.org"}
    assert listed(page=kaniv_meeting.pk) == {"ola@example.org", "piotr@example.org"}


def test_the_list_is_read_only_and_hidden_without_the_permission(client, rows):
    client.force_login(user("editor"))  # in the admin, but not allowed to see notices
    response = client.get(URL)
    assert response.status_code in (302, 403)
    assert "ola@example.org" not in response.content.decode()
    assert "Meeting notices" not in client.get("/admin/").content.decode()  # nor in the menu

    client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.org", "pw"))
    assert client.get(f"{URL}inspect/{rows[0].pk}/").status_code == 200
    for path in ("new/", f"edit/{rows[0].pk}/", f"delete/{rows[0].pk}/"):
        assert client.get(URL + path).status_code in (302, 403), path
    assert client.post(f"{URL}delete/{rows[0].pk}/").status_code in (302, 403)
    assert MeetingNotice.objects.count() == 3
