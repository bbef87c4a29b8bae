"""The blank registration form is kept in the shared cache
(registrations/templatetags/registration_tags.py): rendered once for every
reader of the event page until its dates, places or questions change, or
the reader's language; a form with a reader's input is never kept."""

import pytest
from django.urls import reverse

from registrations import registering
from registrations.templatetags.registration_tags import FIELDS

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("render_every_time")]


def form(html: str) -> str:
    return html.split('class="reader-form registration-form"', 1)[1].split("</form>", 1)[0]


def test_the_blank_form_is_rendered_once_until_its_places_change(client, series, renders):
    first = client.get(series.url).content.decode()
    assert len(renders.of(FIELDS, "form")) == 1
    assert "2 places left" in form(first)

    renders.clear()
    again = client.get(series.url, {"another": "reader"}).content.decode()
    assert renders.of(FIELDS, "form") == []
    assert form(again).split('name="csrfmiddlewaretoken"', 1)[1].split(">", 1)[1] == \
        form(first).split('name="csrfmiddlewaretoken"', 1)[1].split(">", 1)[1]

    registration = registering.register(series, occurrence_date=None, name="Olena", email="olena@example.org",
                                        language="en")
    registering.confirm(registration.pk)
    renders.clear()
    after = client.get(series.url, {"after": "registering"}).content.decode()
    assert len(renders.of(FIELDS, "form")) == 1
    assert "1 place left" in form(after)


def test_each_language_has_its_own_form(client, series, renders):
    client.get(series.url)
    renders.clear()
    french = client.get(series.url.replace("/en/", "/fr/", 1)).content.decode()
    assert len(renders.of(FIELDS, "form")) == 1
    assert "Votre nom" in form(french)


def test_a_form_with_a_readers_input_is_shown_as_entered_and_never_kept(client, series, renders):
    client.get(series.url)
    response = client.post(reverse("registrations:register", args=[series.pk]),
                           {"name": "Taras", "email": "not-an-address"})
    assert response.status_code == 400
    assert 'value="Taras"' in form(response.content.decode())
    assert len(renders.of(FIELDS, "form")) == 2  # the blank one, then the reader's
    renders.clear()
    assert 'value="Taras"' not in form(client.get(series.url, {"next": "reader"}).content.decode())
    assert renders.of(FIELDS, "form") == []  # the blank one, still kept; the reader's never was
