"""Board and committee members (Person rows with an address) leave meeting
notices with one click (RFC 8058), and are not mailed again until an editor
clears it."""

import re
from datetime import UTC, date, datetime, time
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.test import Client

from events.models import EventException
from newsletters.models import Delivery
from newsletters.tokens import make_person_token
from notices import reconcile
from notices.models import MeetingNotice
from people.models import Person
from tests.events.conftest import board, home, index, kaniv, kaniv_committee, kaniv_meeting  # noqa: F401
from tests.notices.test_scan import parsed, publish, send_all


@pytest.fixture
def member(kaniv_committee):  # noqa: F811
    person = Person.objects.create(name="Mykola", email="Mykola@Example.org")
    kaniv_committee.members.add(person)
    return person


def move(page, day: date, hour: int, now: str):
    page.exceptions.add(EventException(original_date=day, action="moved", new_start_time=time(hour)))
    publish(page)
    return reconcile.reconcile(page.pk, now=datetime.fromisoformat(now).astimezone(UTC))


def one_click_path(message) -> str:
    header = parsed(message)["List-Unsubscribe"]
    url = re.search(r"<(https?://[^>]+)>", header).group(1)
    return urlsplit(url).path  # links are absolute, on the site's own address


def test_a_member_leaves_meeting_notices_with_one_click(kaniv_meeting, member):  # noqa: F811
    reconcile.reconcile(kaniv_meeting.pk, now=datetime(2025, 2, 1, tzinfo=UTC))
    assert move(kaniv_meeting, date(2025, 3, 12), 17, "2025-02-02T00:00+00:00").created == {"change": 1}
    (message,) = send_all()
    headers = parsed(message)
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    path = one_click_path(message)
    assert path.startswith("/meetings/unsubscribe/")  # no language prefix
    assert "/en/meetings/unsubscribe/" in message.body  # the link in the footer shows a button first

    client = Client(enforce_csrf_checks=True)
    page = client.get(path)
    assert page.status_code == 200 and b'class="unsubscribe-button"' in page.content
    member.refresh_from_db()
    assert member.notices_opted_out_at is None  # a GET (a link scanner) changes nothing

    # A notice already written when they click is not sent either.
    mail.outbox.clear()
    assert move(kaniv_meeting, date(2025, 4, 9), 17, "2025-02-03T00:00+00:00").created == {"change": 1}
    response = client.post(path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200 and b'class="unsubscribed"' in response.content
    assert not response.cookies
    member.refresh_from_db()
    assert member.notices_opted_out_at is not None
    assert send_all() == []
    assert MeetingNotice.objects.order_by("-pk").first().delivery.status == Delivery.Status.SUPPRESSED
    assert client.post(path).status_code == 200  # a second click is harmless

    assert move(kaniv_meeting, date(2025, 5, 14), 17, "2025-02-04T00:00+00:00").created == {}
    assert send_all() == []

    # An editor can take it back (at the member's request): notices resume.
    member.notices_opted_out_at = None
    member.save()
    assert move(kaniv_meeting, date(2025, 6, 11), 17, "2025-02-05T00:00+00:00").created == {"change": 1}
    assert [m.to for m in send_all()] == [["mykola@example.org"]]


def test_a_forged_or_foreign_token_gets_a_clear_error_page(member, make_subscriber):
    from newsletters.tokens import make_token

    client = Client()
    good = make_person_token(member)
    forged = good[:-4] + ("AAAA" if not good.endswith("AAAA") else "BBBB")
    subscriber_token = make_token(make_subscriber(), "unsubscribe")  # signed, but for another link
    for token in (forged, subscriber_token, "not-a-token"):
        for method in (client.get, client.post):
            response = method(f"/meetings/unsubscribe/{token}/")
            assert response.status_code == 400, token
            assert "This link is not valid" in response.content.decode()
    member.refresh_from_db()
    assert member.notices_opted_out_at is None
    # A token stops working when the address it was sent to changes.
    member.email = "new@example.org"
    member.save()
    assert client.post(f"/meetings/unsubscribe/{good}/").status_code == 400
