"""The registration form on an event page: what a reader sees, and what a
post may do (CSRF, honeypot, rate limits, bad input kept, no enumeration),
the confirmation page's button and the signed link to change or cancel."""

import re

import pytest
from django.core import mail
from django.test import Client
from icalendar import Calendar

from registrations import registering
from registrations.models import Registration
from registrations.places import upcoming_dates
from registrations.tokens import make_token
from tests.registrations.conftest import asked_mails, send_mails

Status = Registration.Status


@pytest.fixture(autouse=True)
def _no_rate_limits(settings):
    settings.REGISTRATION_LIMIT_PER_IP = (10**6, 3600)
    settings.REGISTRATION_LIMIT_PER_ADDRESS = (10**6, 3600)


def post(client, page, **fields):
    data = {"name": "Ana", "email": "ana@example.org", "language": "en", "guests": "0", "consent": "on",
            "website": "", **fields}
    return client.post(f"/en/events/register/{page.pk}/", data)


def test_the_event_page_shows_the_form_and_the_places_left_never_names(client, one_off):
    registering.confirm(registering.register(one_off, occurrence_date=None, name="Secret Name",
                                             email="secret@example.org", language="en", guests=1).pk)
    html = client.get(one_off.url).content.decode()
    assert 'class="reader-form registration-form"' in html
    assert "1 place left" in html
    assert "Secret Name" not in html and "secret@example.org" not in html


def test_without_a_limit_the_page_says_how_many_are_going(client, one_off):
    one_off.capacity = None
    one_off.save_revision().publish()
    registering.confirm(registering.register(one_off, occurrence_date=None, name="A", email="a@example.org",
                                             language="en", guests=2).pk)
    assert "3 people are going" in client.get(one_off.url).content.decode()


def test_an_event_that_takes_no_registrations_has_no_form(client, one_off):
    one_off.takes_registrations = False
    one_off.save_revision().publish()
    assert "registration-form" not in client.get(one_off.url).content.decode()
    assert post(client, one_off).status_code == 404


def test_a_series_offers_the_whole_series_and_each_date_with_its_places(client, series):
    html = client.get(series.url).content.decode()
    assert "Every date of the series — 2 places left" in html
    day = upcoming_dates(series)[1].day
    assert f'value="{day.isoformat()}"' in html
    response = post(client, series, when=day.isoformat())
    assert response.status_code == 200
    assert Registration.objects.get().occurrence_date == day


def test_a_post_without_the_csrf_token_is_refused(one_off):
    response = post(Client(enforce_csrf_checks=True), one_off)
    assert response.status_code == 403
    assert not Registration.objects.exists()


def test_bad_input_is_reported_and_nothing_typed_is_lost(client, one_off):
    response = post(client, one_off, email="not an address", name="Ana Bakker", consent="")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="Ana Bakker"' in html and 'value="not an address"' in html
    assert "Enter a valid email address." in html
    assert not Registration.objects.exists()


def test_the_honeypot_answers_as_usual_and_stores_nothing(client, one_off):
    response = post(client, one_off, website="http://spam.example")
    assert response.status_code == 200 and "Check your email" in response.content.decode()
    assert not Registration.objects.exists()


def test_the_rate_limit_per_client_address(client, one_off, settings):
    settings.REGISTRATION_LIMIT_PER_IP = (2, 3600)
    assert post(client, one_off, email="a@example.org").status_code == 200
    assert post(client, one_off, email="b@example.org").status_code == 200
    response = post(client, one_off, email="c@example.org")
    assert response.status_code == 429 and "Too many attempts" in response.content.decode()
    assert Registration.objects.count() == 2


def test_a_known_address_gets_the_same_answer_as_a_new_one(client, one_off):
    registering.confirm(registering.register(one_off, occurrence_date=None, name="A", email="known@example.org",
                                             language="en").pk)

    def body(email):
        html = post(client, one_off, email=email).content.decode().replace(email, "ADDRESS")
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)

    assert body("known@example.org") == body("new@example.org")


def test_confirming_takes_a_button_and_the_mails_carry_an_invitation(client, one_off):
    post(client, one_off, name="Ana", guests="1")
    assert [kind for _, kind in asked_mails()] == ["confirm"]
    send_mails()
    confirm_url = re.search(r"http://\S+/en/events/registration/confirm/[^/\s]+/", mail.outbox[-1].body).group(0)
    path = confirm_url.split("localhost", 1)[1].lstrip(":0123456789")
    assert client.get(path).status_code == 200
    assert Registration.objects.get().status == Status.PENDING  # a GET confirms nothing
    response = client.post(path)
    assert "You are registered" in response.content.decode()
    assert Registration.objects.get().status == Status.GOING

    assert [kind for _, kind in asked_mails()] == ["confirm", "going"]
    send_mails()
    message = mail.outbox[-1]
    calendar_part = next(part for part in message.attachments if part.get_content_type() == "text/calendar")
    cal = Calendar.from_ical(calendar_part.get_payload(decode=True))
    assert cal["METHOD"] == "REQUEST"
    event = next(iter(cal.walk("VEVENT")))
    assert str(event["UID"]) == one_off.uid
    assert "ana@example.org" in str(event["ATTENDEE"]) and str(event["ORGANIZER"]).startswith("mailto:")
    assert len(mail.outbox) == 2


def test_a_date_invitation_names_the_date(series):
    day = upcoming_dates(series)[2]
    registration = registering.register(series, occurrence_date=day.day, name="A", email="a@example.org",
                                        language="fr")
    registering.confirm(registration.pk)
    message = send_mails()[-1]
    assert message.extra_headers["Content-Language"] == "fr"
    assert "/fr/events/registration/" in message.body
    cal = Calendar.from_ical(next(p for p in message.attachments
                                  if p.get_content_type() == "text/calendar").get_payload(decode=True))
    event = next(iter(cal.walk("VEVENT")))
    assert event.decoded("RECURRENCE-ID") == day.occurrence.start
    assert "RRULE" not in event


def test_the_signed_link_changes_and_cancels_and_the_next_is_promoted(client, one_off):
    first = registering.register(one_off, occurrence_date=None, name="A", email="a@example.org", language="en",
                                 guests=2)
    waiting = registering.register(one_off, occurrence_date=None, name="B", email="b@example.org", language="en")
    registering.confirm(first.pk)
    registering.confirm(waiting.pk)
    path = f"/en/events/registration/{make_token(first, 'manage')}/"
    response = client.post(path, {"action": "change", "name": "A", "language": "en", "guests": "1"})
    assert "Your changes are saved." in response.content.decode()
    assert Registration.objects.get(pk=waiting.pk).status == Status.GOING  # the freed place
    response = client.post(path, {"action": "cancel"})
    assert "Your registration is cancelled" in response.content.decode()
    assert Registration.objects.get(pk=first.pk).status == Status.CANCELLED


@pytest.mark.parametrize("token", ["", "x", "abc:def", "a" * 500])
def test_any_token_is_answered_without_a_fault(client, token, one_off):
    registration = registering.register(one_off, occurrence_date=None, name="A", email="a@example.org",
                                        language="en")
    for path in (f"/en/events/registration/confirm/{token}/", f"/en/events/registration/{token}/"):
        if token:
            assert client.get(path).status_code == 400
    # A token for another action does not work here.
    assert client.get(f"/en/events/registration/{make_token(registration, 'confirm')}/").status_code == 400


def test_a_page_with_the_form_is_never_served_from_the_page_cache(one_off, settings):
    """Each reader gets a form with their own CSRF token: a page cached with
    another reader's would refuse their post."""
    settings.PAGE_CACHE_SECONDS = 600
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.get(one_off.url)
    response = second.get(one_off.url)
    assert response.get("X-Page-Cache") != "hit"
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode()).group(1)
    answer = post(second, one_off, csrfmiddlewaretoken=token)
    assert answer.status_code == 200
    assert Registration.objects.filter(email="ana@example.org").exists()


def test_a_series_without_a_limit_says_how_many_are_going_on_each_date(client, series):
    series.capacity = None
    series.save_revision().publish()
    day = upcoming_dates(series)[0].day
    registering.confirm(registering.register(series, occurrence_date=None, name="A", email="a@example.org",
                                             language="en", guests=1).pk)
    registering.confirm(registering.register(series, occurrence_date=day, name="B", email="b@example.org",
                                             language="en").pk)
    html = client.get(series.url).content.decode()
    assert "Every date of the series — 2 people going" in html
    assert "— 3 people going" in html  # the first date: the series' two and one more
