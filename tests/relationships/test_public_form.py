"""The public application form, no account: CSRF, a honeypot, a rate limit,
a letter checked by content and size with nothing typed lost, and the signed
link that shows an applicant their own application only."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from core.demo.translate import translate_page
from relationships.choices import Stage
from relationships.keys import NoticeKey
from relationships.models import Application
from relationships.tokens import make_token
from tests.relationships.conftest import PDF, file_application, pdf


@pytest.fixture(autouse=True)
def _no_rate_limit(settings):
    settings.RELATIONSHIPS_APPLICATIONS_PER_IP = (10**6, 3600)


def form_data(**changes):
    data = {
        "applicant_name": "Lucía Ferrer", "applicant_email": "lucia@example.org", "applicant_role": "resident_group",
        "city": "Sitges", "country": "ES", "city_population": "29000", "near_water": "yes",
        "water_evidence": "On the Mediterranean.", "near_metropolis": "yes",
        "metropolis_evidence": "35 km from Barcelona.", "diplomatic_relations": "yes", "origin": "personal",
        "programmes": ["cultural", "youth_education"], "first_year_plan": "A summer exchange of two students.",
        "website": "", "letter_of_interest": pdf(),
    }
    data.update(changes)
    return data


def apply_url(policy, language="en"):
    return f"/{language}/sister-city-application/{policy.pk}/"


def test_the_policy_page_shows_its_criteria_steps_and_the_way_to_apply(client, policy):
    html = client.get(policy.url).content.decode()
    assert "Similar in size: the larger population at most 2.0 times the smaller." in html
    assert "Near a large metropolis." in html
    assert "Apply to the Community Services Director." in html
    assert f'href="{apply_url(policy)}"' in html


def test_an_application_is_filed_in_the_applicants_language_and_confirmed(client, policy, staff, notices):
    response = client.post(apply_url(policy, "es"), form_data())
    assert response.status_code == 200
    assert "lucia@example.org" in response.content.decode()
    application = Application.objects.get()
    assert (application.city, application.language, application.stage) == ("Sitges", "es", Stage.DIRECTOR)
    assert application.programmes == ["cultural", "youth_education"]
    assert application.letter_of_interest.read().startswith(b"%PDF-")
    assert notices[0] == (application.pk, NoticeKey.received())
    assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]


@pytest.mark.parametrize("letter, message", [
    (pdf("letter.pdf", b"MZ\x90\x00 this is a program, not a letter"), "This file is not a PDF"),
    (pdf("letter.pdf", b""), "The submitted file is empty."),
    (pdf("letter.pdf", PDF + b"0" * (1024 * 1024)), "the largest accepted is 1.0"),
])
def test_a_bad_or_oversize_letter_gets_a_clear_error_and_keeps_what_was_typed(client, policy, staff, letter,
                                                                              message):
    response = client.post(apply_url(policy), form_data(letter_of_interest=letter,
                                                       first_year_plan="Two students each way, in July."))
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    assert "Two students each way, in July." in html
    assert 'value="Lucía Ferrer"' in html and 'value="35 km from Barcelona."' not in html
    assert "35 km from Barcelona." in html  # a textarea keeps its text as content
    assert 'value="ES" selected' in html
    assert "choose the letter again" in html
    assert not Application.objects.exists()


def test_the_form_needs_its_csrf_token(policy, staff):
    client = Client(enforce_csrf_checks=True)
    assert client.post(apply_url(policy), form_data()).status_code == 403
    assert not Application.objects.exists()


def test_the_honeypot_answers_as_usual_and_stores_nothing(client, policy, staff, notices):
    response = client.post(apply_url(policy), form_data(website="http://spam.example"))
    assert response.status_code == 200 and "lucia@example.org" in response.content.decode()
    assert not Application.objects.exists() and notices == []


def test_too_many_posts_from_one_address_are_refused(client, policy, staff, settings):
    settings.RELATIONSHIPS_APPLICATIONS_PER_IP = (2, 3600)
    for _ in range(2):
        client.post(apply_url(policy), form_data(letter_of_interest=pdf()))
    response = client.post(apply_url(policy), form_data(letter_of_interest=pdf()))
    assert response.status_code == 429 and "Too many attempts" in response.content.decode()
    assert Application.objects.count() == 2


def test_the_signed_link_shows_the_applicants_own_application_only(client, policy, staff):
    mine = file_application(policy, city="Sitges", country="ES", applicant_email="lucia@example.org")
    other = file_application(policy, city="Camogli", country="IT", applicant_email="giulia@example.org")
    html = client.get(reverse("relationships:follow", args=[make_token(mine)])).content.decode()
    assert "Sitges" in html and "Camogli" not in html and "At the Director" in html
    # A token changed by hand, or for an address since changed, opens nothing.
    token = make_token(other)
    assert client.get(reverse("relationships:follow", args=[token[:-2] + "xx"])).status_code == 400
    Application.objects.filter(pk=other.pk).update(applicant_email="someone@example.org")
    assert client.get(reverse("relationships:follow", args=[token])).status_code == 400


def test_a_returned_application_is_changed_on_the_followed_page_with_its_text_kept(client, policy, staff):
    application = file_application(policy, first_year_plan="A school letter exchange.")
    application.current_workflow_task_state.reject(user=staff["director"][0], comment="Add the distance.")
    url = reverse("relationships:follow", args=[make_token(application)])
    html = client.get(url).content.decode()
    assert "Add the distance." in html and "A school letter exchange." in html
    assert "Returned for changes" in html and "Rejected" not in html

    data = form_data(applicant_email="changed@example.org", city="", first_year_plan="Two schools write letters.",
                     letter_of_interest="")
    response = client.post(url, data)
    html = response.content.decode()
    assert response.status_code == 400 and "Two schools write letters." in html

    response = client.post(url, {**data, "city": "Zandvoort", "metropolis_evidence": "25 km from Amsterdam."})
    assert "back with the Director" in response.content.decode()
    application.refresh_from_db()
    assert application.stage == Stage.DIRECTOR
    assert (application.first_year_plan, application.metropolis_evidence) == (
        "Two schools write letters.", "25 km from Amsterdam.")
    assert application.letter_of_interest.name  # the letter sent the first time is kept
    assert application.applicant_email == "marta@example.org"  # the link stays bound to its address
    # Once sent again, the page takes no more changes.
    assert client.post(url, data).status_code == 404


def test_the_form_names_and_sorts_the_countries_in_the_readers_language(client, policy):
    html = client.get(apply_url(policy, "fr")).content.decode().replace("&#x27;", "'")
    assert '<option value="NL">Pays-Bas</option>' in html and "Netherlands" not in html
    # Sorted as a French reader looks them up: Égypte among the E's, before Espagne.
    names = re.findall(r'<option value="[A-Z]{2}">([^<]+)</option>', html)
    assert names.index("Allemagne") < names.index("Égypte") < names.index("Espagne") < names.index("Pays-Bas")


def test_the_signed_link_names_each_step_in_the_applicants_language(client, policy, staff):
    application = file_application(policy, language="ja")
    with translation.override("ja"):
        url = reverse("relationships:follow", args=[make_token(application)])
    html = client.get(url).content.decode()
    assert '<html lang="ja"' in html
    assert "<strong>部長の審査</strong>" in html and "Director review" not in html


def test_an_application_made_on_the_policy_in_french_is_filed_under_the_policy_of_record(client, policy, staff):
    Locale.objects.create(language_code="fr")
    french = translate_page(policy, "fr", {"title": ["Politique de jumelage"],
                                           "steps": ["S’adresser à la direction des services à la population."]})
    html = client.get(french.url).content.decode()
    assert f'href="{apply_url(french, "fr")}"' in html

    response = client.post(apply_url(french, "fr"), form_data())
    assert response.status_code == 200
    application = Application.objects.get()
    # Reviewers find it with the others, and it counts against the policy's own limits.
    assert application.policy_id == policy.pk and application.language == "fr"
