import pytest
from django.contrib.auth.models import Group, User
from wagtail.models import GroupPagePermission, WorkflowState

from core.permissions import SITE_EDITORS
from tests import content

pytestmark = pytest.mark.django_db


@pytest.fixture
def cities():
    directory = content.directory()
    kaniv = content.city(directory, "Kaniv", country="UA", latitude=49.75, longitude=31.46)
    tokaj = content.city(directory, "Tokaj", country="HU", latitude=48.12, longitude=21.41)
    return kaniv, tokaj


def member_of(group_name, username="editor"):
    user = User.objects.create_user(username, password="a-long-test-password")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_each_new_city_gets_its_committee_group(cities):
    kaniv, tokaj = cities
    group = Group.objects.get(name="Committee: Kaniv")
    codenames = set(GroupPagePermission.objects.filter(group=group, page=kaniv)
                    .values_list("permission__codename", flat=True))
    assert codenames == {"add_page", "change_page"}  # no publish_page: moderation
    assert Group.objects.filter(name="Committee: Tokaj").exists()


def test_committee_editor_edits_own_city_and_gets_403_on_another(client, cities):
    kaniv, tokaj = cities
    client.force_login(member_of("Committee: Kaniv"))
    assert client.get(f"/admin/pages/{kaniv.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{tokaj.pk}/edit/").status_code == 403
    response = client.post(f"/admin/pages/{tokaj.pk}/edit/", {"title": "Hijacked"})
    assert response.status_code == 403
    tokaj.refresh_from_db()
    assert tokaj.title == "Tokaj"


def test_committee_editor_cannot_publish_but_submits_for_moderation(client, cities):
    kaniv, _tokaj = cities
    client.force_login(member_of("Committee: Kaniv"))
    form = {
        "title": "Kaniv on the Dnipro", "slug": "kaniv", "country": "UA", "latitude": "49.75",
        "longitude": "31.46", "status": "sister", "programmes": ["youth_education"],
        "body-count": "0", "gallery-TOTAL_FORMS": "0", "gallery-INITIAL_FORMS": "0",
        "gallery-MIN_NUM_FORMS": "0", "gallery-MAX_NUM_FORMS": "1000",
    }
    client.post(f"/admin/pages/{kaniv.pk}/edit/", {**form, "action-publish": "1"})
    kaniv.refresh_from_db()
    assert kaniv.title == "Kaniv"  # readers still see the published version
    response = client.post(f"/admin/pages/{kaniv.pk}/edit/", {**form, "action-submit": "1"})
    assert response.status_code == 302, response.content.decode()[:2000]
    kaniv.refresh_from_db()
    assert kaniv.title == "Kaniv"
    assert kaniv.has_unpublished_changes
    assert WorkflowState.objects.filter(object_id=str(kaniv.pk), status="in_progress").exists()


def test_site_editors_can_publish_anywhere_and_moderate(client, cities):
    kaniv, tokaj = cities
    group = Group.objects.get(name=SITE_EDITORS)
    assert group.permissions.filter(codename="access_admin").exists()
    assert group.permissions.filter(codename="change_committee").exists()
    assert GroupPagePermission.objects.filter(group=group, permission__codename="publish_page", page__depth=1).exists()
    client.force_login(member_of(SITE_EDITORS, "site-editor"))
    assert client.get(f"/admin/pages/{tokaj.pk}/edit/").status_code == 200
    assert client.get("/admin/snippets/people/committee/").status_code == 200
    from wagtail.models import GroupApprovalTask

    assert all(task.groups.filter(pk=group.pk).exists() for task in GroupApprovalTask.objects.all())


def test_a_translated_city_belongs_to_the_same_committee_group(client, cities):
    from tests.core.i18n_support import all_locales, translate

    kaniv, _tokaj = cities
    ukrainian = all_locales()["uk"]
    for page in [*kaniv.get_ancestors().filter(depth__gt=1).specific(), kaniv]:
        if not page.has_translation(ukrainian):
            translated = translate(page, "uk", title=f"{page.title} (uk)")
    assert not Group.objects.filter(name__contains="(uk)").exists()
    client.force_login(member_of("Committee: Kaniv"))
    assert client.get(f"/admin/pages/{translated.pk}/edit/").status_code == 200
