"""The site editors group every installation starts with."""

import pytest
from django.contrib.auth.models import Permission, User

from core.permissions import ensure_site_editors_group


@pytest.mark.django_db
def test_site_editors_may_send_content_for_translation_even_after_a_flush():
    # wagtail-localize's own data migration makes this permission; a flush
    # (`manage.py flush`, or a test that truncates) leaves it gone for good.
    Permission.objects.filter(content_type__app_label="wagtail_localize", codename="submit_translation").delete()

    editor = User.objects.create_user("maria")
    editor.groups.add(ensure_site_editors_group())

    assert User.objects.get(pk=editor.pk).has_perm("wagtail_localize.submit_translation")
    assert User.objects.get(pk=editor.pk).has_perm("wagtailadmin.access_admin")


@pytest.mark.django_db
def test_the_group_is_made_once_however_often_it_is_ensured():
    first = ensure_site_editors_group()
    permissions = set(first.permissions.values_list("pk", flat=True))

    second = ensure_site_editors_group()

    assert second.pk == first.pk
    assert set(second.permissions.values_list("pk", flat=True)) == permissions
    assert Permission.objects.filter(codename="submit_translation").count() == 1
