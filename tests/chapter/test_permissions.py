"""The "Chapter moderators" group: made with the others after migrating,
it lets a person look after what members send without editing pages."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission

from chapter.permissions import CHAPTER_MODERATORS, CODENAMES, ensure_chapter_moderators_group

pytestmark = pytest.mark.django_db


def test_the_group_exists_after_migrating_with_the_queue_and_the_members_and_no_pages():
    group = Group.objects.get(name=CHAPTER_MODERATORS)
    assert set(group.permissions.values_list("codename", flat=True)) == {"access_admin", *CODENAMES}
    assert not GroupPagePermission.objects.filter(group=group).exists()


def test_a_moderator_opens_the_queue_and_may_decide_but_not_delete(client, django_user_model):
    moderator = django_user_model.objects.create_user("rosa", "rosa@example.org", "a-long-test-password")
    moderator.groups.add(Group.objects.get(name=CHAPTER_MODERATORS))
    client.force_login(moderator)
    assert client.get(reverse("wagtailsnippets_chapter_announcement:list")).status_code == 200
    assert moderator.has_perm("chapter.moderate_announcement")
    assert not moderator.has_perm("chapter.delete_announcement")


def test_the_group_is_made_once_however_often_it_is_ensured():
    first = ensure_chapter_moderators_group()
    assert ensure_chapter_moderators_group().pk == first.pk
    assert Group.objects.filter(name=CHAPTER_MODERATORS).count() == 1
