"""The Contact page as a reader uses it: the organisation's details, a form
that stores the message before anything is sent, and limits that tell
nothing about anyone."""

import re

import pytest
from django.test import Client
from wagtail.models import Site

from home.models import ContactMessage, ContactPage, OrganisationSettings
from tests import content

pytestmark = pytest.mark.django_db
URL = "/en/contact/"


@pytest.fixture
def contact_page():
    home = content.home_page()
    site = Site.objects.get(is_default_site=True)
    OrganisationSettings.objects.update_or_create(site=site, defaults={
        "name": "Sonoma Sister Cities Association", "address": "P.O. Box 1, Sonoma, CA",
        "phone": "+1 707 555 0100", "email": "board@sonoma.example"})
    return content.add_page(home, ContactPage(title="Contact", slug="contact", intro="Write to us."))


@pytest.fixture
def csrf_client():
    return Client(enforce_csrf_checks=True)


def token_of(response) -> str:
    return re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', response.content).group(1).decode()


def post(client, url=URL, ip="198.51.100.7", **fields):
    data = {"csrfmiddlewaretoken": token_of(client.get(url)), "name": "Ana Ruiz", "email": "ana@example.org",
            "message": "We would like to visit Kaniv next spring.", "website": ""}
    data.update(fields)
    return client.post(url, data, REMOTE_ADDR=ip)


def test_the_page_shows_the_organisation_and_a_form_with_a_csrf_token(client, contact_page):
    response = client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "P.O. Box 1, Sonoma, CA" in html and "+1 707 555 0100" in html
    assert 'href="mailto:board@sonoma.example"' in html
    assert 'name="csrfmiddlewaretoken"' in html and 'name="message"' in html
    assert "X-Page-Cache" not in response  # a page with a token is no one else's to be served


def test_a_message_is_stored_before_anything_is_sent_and_the_worker_is_asked_after_commit(
        csrf_client, contact_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        response = post(csrf_client)
    assert response.status_code == 302 and response["Location"] == "/en/contact/thanks/"
    message = ContactMessage.objects.get()
    assert (message.name, message.email, message.language) == ("Ana Ruiz", "ana@example.org", "en")
    assert message.site == Site.objects.get(is_default_site=True) and message.page_id == contact_page.pk
    assert message.state == ContactMessage.State.WAITING and message.send_copy
    assert len(callbacks) == 1  # the delivery task, once the row is committed


def test_the_message_keeps_the_language_of_the_page_it_was_written_from(csrf_client, contact_page):
    # No French translation: the English page is served under /fr/, the reader stays French.
    post(csrf_client, url="/fr/contact/")
    assert ContactMessage.objects.get().language == "fr"


def test_a_filled_honeypot_gets_the_same_answer_and_stores_nothing(csrf_client, contact_page):
    response = post(csrf_client, website="http://spam.example")
    assert response.status_code == 302 and response["Location"] == "/en/contact/thanks/"
    assert not ContactMessage.objects.exists()


def test_the_thank_you_page_names_no_one(client, contact_page):
    html = client.get("/en/contact/thanks/").content.decode()
    assert "Thank you" in html and "ana@example.org" not in html
    assert 'href="/en/contact/"' in html


def test_bad_input_is_answered_with_errors_and_keeps_what_was_typed(csrf_client, contact_page):
    response = post(csrf_client, email="not-an-address")
    html = response.content.decode()
    assert response.status_code == 400
    assert "We would like to visit Kaniv next spring." in html and 'value="Ana Ruiz"' in html
    assert 'role="alert"' in html
    assert not ContactMessage.objects.exists()


def test_past_the_limit_per_connection_the_form_says_so_and_keeps_the_text(csrf_client, contact_page, settings):
    settings.CONTACT_LIMIT_PER_IP = (2, 3600)
    assert post(csrf_client).status_code == 302
    assert post(csrf_client).status_code == 302
    response = post(csrf_client)
    assert response.status_code == 429
    assert "Too many messages" in response.content.decode()
    assert "We would like to visit Kaniv next spring." in response.content.decode()
    assert ContactMessage.objects.count() == 2
    assert post(csrf_client, ip="203.0.113.9").status_code == 302  # another reader is not held back


def test_past_the_limit_per_address_the_board_still_gets_it_but_no_copy_goes_out(csrf_client, contact_page,
                                                                                  settings):
    settings.CONTACT_LIMIT_PER_ADDRESS = (1, 3600)
    first, second = post(csrf_client), post(csrf_client, ip="203.0.113.9", email="ANA@example.org")
    assert first["Location"] == second["Location"] == "/en/contact/thanks/"  # the same answer
    assert list(ContactMessage.objects.order_by("pk").values_list("send_copy", flat=True)) == [True, False]


def test_without_a_token_the_post_is_refused(contact_page):
    response = Client(enforce_csrf_checks=True).post(URL, {"name": "x", "email": "x@example.org", "message": "x"})
    assert response.status_code == 403
    assert not ContactMessage.objects.exists()
