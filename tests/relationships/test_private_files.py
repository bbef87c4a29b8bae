"""The letter of interest is the reviewers' and the applicant's, not the
public's: kept in the private storage (never under MEDIA_ROOT or MEDIA_URL),
opened through views that check who asks. A reviewer who may see the
application in the admin and the applicant through their signed link get
it; anyone else, signed in or not, gets the same 404 as for a letter that
does not exist."""

from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.storage import storages
from django.urls import reverse

from relationships.models import Application
from relationships.tokens import make_token
from tests.relationships.conftest import PDF, file_application


def letter_url(application):
    return reverse("relationships:letter", args=[application.pk])


def applicant_letter_url(application):
    return reverse("relationships:follow_letter", args=[make_token(application)])


def test_the_letter_is_stored_in_the_private_storage_outside_media(policy, staff):
    application = file_application(policy)
    name = application.letter_of_interest.name
    private_root = Path(storages["private"].location).resolve()
    media_root = Path(django_settings.MEDIA_ROOT).resolve()
    assert Path(application.letter_of_interest.path).resolve().is_relative_to(private_root)
    assert storages["private"].exists(name)
    assert not private_root.is_relative_to(media_root) and not media_root.is_relative_to(private_root)
    assert not storages["default"].exists(name)


def test_a_reviewer_opens_the_letter_in_the_admin(client, policy, staff):
    application = file_application(policy)
    client.force_login(staff["commission"][0])
    response = client.get(letter_url(application))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content) == PDF
    assert "no-store" in response["Cache-Control"] and response["X-Content-Type-Options"] == "nosniff"
    # The admin's editor links the view, not a storage URL.
    edit = client.get(reverse("wagtailsnippets_relationships_application:edit", args=[application.pk]))
    html = edit.content.decode()
    assert letter_url(application) in html
    assert application.letter_of_interest.name not in html


def test_the_applicant_opens_their_own_letter_through_the_signed_link(client, policy, staff):
    application = file_application(policy)
    response = client.get(applicant_letter_url(application))
    assert response.status_code == 200 and b"".join(response.streaming_content) == PDF
    token = make_token(application)  # a token carries the second it was made: one for both
    follow = client.get(reverse("relationships:follow", args=[token])).content.decode()
    assert reverse("relationships:follow_letter", args=[token]) in follow


@pytest.mark.parametrize("who", ["anonymous", "signed-in stranger", "editor of other snippets"])
def test_anyone_else_gets_a_404_as_for_a_letter_that_does_not_exist(client, policy, staff, who):
    application = file_application(policy)
    if who != "anonymous":
        user = get_user_model().objects.create_user(who.replace(" ", "-"), password="x")
        if who == "editor of other snippets":
            group = Group.objects.create(name="Other editors")
            group.permissions.add(Permission.objects.get(codename="access_admin"))
            user.groups.add(group)
        client.force_login(user)
    assert client.get(letter_url(application)).status_code == 404
    missing = Application.objects.order_by("-pk").first().pk + 1
    assert client.get(reverse("relationships:letter", args=[missing])).status_code == 404
    # A link that is not signed, or signed for an address the application no longer has.
    assert client.get(reverse("relationships:follow_letter", args=["not-a-token"])).status_code == 404
    token = make_token(application)
    Application.objects.filter(pk=application.pk).update(applicant_email="changed@example.org")
    assert client.get(reverse("relationships:follow_letter", args=[token])).status_code == 404


def test_an_application_with_no_letter_gives_404_to_its_reviewer(client, policy, staff):
    application = file_application(policy, letter_of_interest="")
    client.force_login(staff["director"][0])
    assert client.get(letter_url(application)).status_code == 404
    assert client.get(applicant_letter_url(application)).status_code == 404


def test_letters_uploaded_before_move_to_the_private_storage_under_the_same_name(policy, staff):
    from importlib import import_module

    from django.apps import apps
    from django.core.files.base import ContentFile

    migration = import_module("relationships.migrations.0003_letters_in_private_storage")
    application = file_application(policy, letter_of_interest="")
    old = storages["default"].save("relationships/letters/0123abcd.pdf", ContentFile(PDF))
    Application.objects.filter(pk=application.pk).update(letter_of_interest=old)

    migration.move_letters(apps, None)
    migration.move_letters(apps, None)  # run again: nothing moves twice, nothing is lost
    application.refresh_from_db()
    assert application.letter_of_interest.name == old
    assert not storages["default"].exists(old)
    assert application.letter_of_interest.read() == PDF
