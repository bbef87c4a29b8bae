"""A committee is one row in every language (events, feeds, seats and
subscribers hold it); its name is given per language on that row, edited on
the committee's own form, and shown to each reader in theirs."""

import pytest
from django.utils import translation

from people.models import Committee

pytestmark = pytest.mark.django_db


def test_an_editor_names_a_committee_in_every_language_on_its_form(admin_client):
    committee = Committee.objects.create(name="Sonoma-Kaniv Committee", slug="sonoma-kaniv")
    url = f"/admin/snippets/people/committee/edit/{committee.pk}/"
    form = admin_client.get(url).content.decode()
    assert 'name="name__fr"' in form and 'name="name__zh_hans"' in form and 'name="name__en"' not in form

    response = admin_client.post(url, {"name": "Sonoma-Kaniv Committee", "name__fr": "Comité Sonoma-Kaniv",
                                       "name__uk": " Комітет «Сонома — Канів» ", "name__ar": "",
                                       "slug": "sonoma-kaniv", "kind": "committee"})
    assert response.status_code == 302, response.content.decode()[:2000]
    committee.refresh_from_db()
    assert committee.translations == {"fr": {"name": "Comité Sonoma-Kaniv"},
                                      "uk": {"name": "Комітет «Сонома — Канів»"}}
    assert 'value="Comité Sonoma-Kaniv"' in admin_client.get(url).content.decode()
    with translation.override("uk"):
        assert str(committee) == "Комітет «Сонома — Канів»"
    with translation.override("ar"):
        assert str(committee) == "Sonoma-Kaniv Committee"  # not given yet: the default language's
