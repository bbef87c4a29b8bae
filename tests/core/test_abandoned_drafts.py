"""Wagtail 8 autosaves a page being created as soon as it has a title: an
editor who leaves the form half-filled leaves a draft page behind. The next
time they add that kind of page there, the form offers the draft (continue
it, or delete it) instead of failing later on "slug already in use"."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import StandardPage
from tests.core.i18n_support import english_home

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return user


def create_url(parent):
    return reverse("wagtailadmin_pages:add", args=["home", "standardpage", parent.pk])


def form(title, slug):
    return nested_form_data({"title": title, "slug": slug, "intro": "", "body": streamfield([]),
                             "comments": inline_formset([])})


def test_autosave_leaves_a_draft_that_the_next_create_form_offers(client, editor):
    home = english_home()
    # The half-filled form, autosaved by Wagtail's script (a JSON request), then left.
    response = client.post(create_url(home), form("About us", "about-us"), HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response.json()["success"]
    draft = StandardPage.objects.get(slug="about-us")
    assert not draft.live and draft.first_published_at is None

    page = client.get(create_url(home)).content.decode()
    assert "unfinished draft" in page and "About us" in page
    assert reverse("wagtailadmin_pages:edit", args=[draft.pk]) in page
    assert reverse("wagtailadmin_pages:delete", args=[draft.pk]) in page


def test_a_second_page_with_the_drafts_slug_is_told_where_the_draft_is(client, editor):
    home = english_home()
    client.post(create_url(home), form("About us", "about-us"), HTTP_ACCEPT="application/json")
    draft = StandardPage.objects.get(slug="about-us")

    response = client.post(create_url(home), form("About us", "about-us"))
    html = response.content.decode()
    assert response.status_code == 200 and "already in use" in html  # Wagtail's own check stays
    assert reverse("wagtailadmin_pages:edit", args=[draft.pk]) in html  # and the draft is offered
    assert Page.objects.filter(slug="about-us").count() == 1


def test_published_pages_and_other_editors_drafts_are_not_offered(client, editor, django_user_model):
    home = english_home()
    other = django_user_model.objects.create_superuser("other", "other@example.org", "pw")
    theirs = home.add_child(instance=StandardPage(title="Their draft", slug="their-draft", live=False, owner=other))
    mine = home.add_child(instance=StandardPage(title="Published", slug="published", owner=editor))
    mine.save_revision(user=editor).publish()
    page = client.get(create_url(home)).content.decode()
    assert "unfinished draft" not in page
    assert reverse("wagtailadmin_pages:edit", args=[theirs.pk]) not in page
