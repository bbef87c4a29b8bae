"""The city council's demo site, pinole.localhost: its policy page from the
seed, the form, the directory, and applications at every stage."""

from django.utils import translation
from wagtail.models import Locale, Site

import relationships.demo
from cities.models import CityProfilePage
from core.demo import Report
from relationships import record
from relationships.models import Application, CommissionVote, RelationshipPolicyPage

PINOLE = {"HTTP_HOST": "pinole.localhost"}


def test_the_demo_holds_an_application_at_every_stage(demo):
    stages = dict(Application.objects.values_list("city", "stage"))
    assert stages == {"Zandvoort": "signed", "Ōiso": "agreement", "Vaxholm": "commission", "Sitges": "director",
                      "Camogli": "returned"}
    assert CommissionVote.objects.filter(application__city="Vaxholm").count() == 3
    assert not Application.objects.exclude(city="Zandvoort").filter(live=True).exists()


def test_the_policy_page_shows_the_seed_the_criteria_and_the_record(client, demo, django_assert_num_queries):
    policy = RelationshipPolicyPage.objects.get()
    # Warms the sites and locale lookups, and the page and its path in the shared cache.
    client.get("/en/sister-city-policy/", **PINOLE)
    with django_assert_num_queries(3):
        # Another query string: not the page the first request left in the page cache.
        response = client.get("/en/sister-city-policy/?again", **PINOLE)
    html = response.content.decode()
    assert response.status_code == 200
    assert policy.title in html and "Near a large metropolis." in html
    assert "That person fills out the application and sends it to the Community Services Director." in html
    assert ("Applied March 4, 2024; Commission recommended 5-1 (1 absent) on April 10, 2024; Council adopted "
            "Resolution 24-010 on May 7, 2024; agreement signed Sept. 8, 2024.") in html
    assert f"/en/sister-city-application/{policy.pk}/" in html
    # A second partnership on record costs no query more.
    Application.objects.filter(city="Ōiso").update(stage="signed")
    with django_assert_num_queries(3):
        html = client.get("/en/sister-city-policy/?twice", **PINOLE).content.decode()
    assert "Council adopted Resolution 25-004 on March 4, 2025" in html


def test_the_signed_partnership_is_a_friendship_city_in_pinoles_directory_with_its_agreement(client, demo):
    city = CityProfilePage.objects.get(title="Zandvoort")
    assert city.status == "friendship" and city.get_site().hostname == "pinole.localhost"
    html = client.get("/en/sister-cities/zandvoort/", **PINOLE).content.decode()
    assert "The signed agreement</a> <small>(PDF)</small>" in html
    with translation.override("fr"):
        assert "8 septembre 2024" in record.sentence(Application.objects.get(city="Zandvoort"))


def test_the_policy_read_in_french_is_the_citys_own_translation_with_its_record(client, demo,
                                                                                django_assert_num_queries):
    Locale.objects.create(language_code="fr")
    relationships.demo.translate(Site.objects.get(hostname="pinole.localhost"), {"fr"}, Report())
    english = RelationshipPolicyPage.objects.get(locale__language_code="en")
    french = RelationshipPolicyPage.objects.get(locale__language_code="fr")
    client.get("/fr/sister-city-policy/", **PINOLE)  # warms the site, the locale lookups and the shared cache
    # One query more than in English: the partner cities' pages in French.
    with django_assert_num_queries(4):
        response = client.get("/fr/sister-city-policy/?again", **PINOLE)
    html = response.content.decode().replace("&#x27;", "'")
    assert '<html lang="fr" dir="ltr">' in html and "translation-notice" not in html
    assert f"<h1>{french.title}</h1>" in html and french.title == "Politique de jumelage de la ville de Pinole"
    # The steps and the sections from the deck, in French; the criteria from the catalogue, figures French too.
    assert "Cette personne remplit la demande et l’envoie au directeur des services à la population." in html
    assert "Comment naissent les jumelages" in html and "How sister cities begin" not in html
    assert "la population la plus grande représente au plus 2,0 fois la plus petite" in html
    # The record is the English policy's applications, the partner city its French page.
    assert '<a href="/fr/sister-cities/zandvoort/">Zandvoort</a>, Pays-Bas – Ville amie' in html
    assert "adoptée par le Conseil municipal (résolution 24-010) le 7 mai 2024" in html
    assert f"/fr/sister-city-application/{french.pk}/" in html
    for path in ("/fr/", "/fr/sister-cities/", "/fr/sister-cities/zandvoort/"):
        page = client.get(path, **PINOLE).content.decode()
        assert '<html lang="fr" dir="ltr">' in page and "translation-notice" not in page, path
    zandvoort = client.get("/fr/sister-cities/zandvoort/", **PINOLE).content.decode()
    assert "L’accord signé</a> <small>(PDF)</small>" in zandvoort
    assert english.applications.count() == 5 and not french.applications.exists()
