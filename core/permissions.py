"""The editor groups every installation starts with."""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Collection, GroupApprovalTask, GroupCollectionPermission, GroupPagePermission, Page

SITE_EDITORS = "Site editors"
# Content the site editors look after; newsletter subscribers (personal data)
# stay with the administrators.
CONTENT_APPS = ("home", "people", "cities", "events")
PAGE_ACTIONS = ("add", "change", "publish", "lock", "unlock", "bulk_delete")
COLLECTION_PERMISSIONS = (
    ("wagtailimages", ("add_image", "change_image", "choose_image", "delete_image")),
    ("wagtaildocs", ("add_document", "change_document", "choose_document", "delete_document")),
)


def all_permissions_exist(sender) -> bool:
    """For a post_migrate receiver: every app's permissions exist only once
    the last app with models has migrated (post_migrate is sent per app, in
    INSTALLED_APPS order)."""
    return sender is [config for config in apps.get_app_configs() if config.models_module is not None][-1]


def page_permission(action):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{action}_page")


def access_admin():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def submit_translation():
    """wagtail-localize's permission to send pages and snippets for
    translation. Its own data migration creates it, so nothing brings it back
    after `manage.py flush`: made here as that migration makes it."""
    content_type, _created = ContentType.objects.get_or_create(app_label="wagtail_localize", model="translation")
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type, codename="submit_translation", defaults={"name": "Can submit translations"})
    return permission


def grant_collection_permissions(group, codenames_by_app):
    root = Collection.get_first_root_node()
    if root is None:
        return
    for app_label, codenames in codenames_by_app:
        for codename in codenames:
            permission = Permission.objects.filter(content_type__app_label__in=(app_label, "home"),
                                                   codename=codename).first()
            if permission is not None:
                GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)


@transaction.atomic
def ensure_site_editors_group():
    """"Site editors": every page of every site, the snippets and settings
    of the content apps, images and documents; they send content for
    translation and they moderate."""
    group, _created = Group.objects.get_or_create(name=SITE_EDITORS)
    model_permissions = Permission.objects.filter(content_type__app_label__in=CONTENT_APPS).exclude(
        content_type__model__in=("siteimage", "siterendition"))
    group.permissions.add(access_admin(), *model_permissions, submit_translation())
    root = Page.get_first_root_node()
    if root is not None:
        for action in PAGE_ACTIONS:
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=page_permission(action))
    grant_collection_permissions(group, COLLECTION_PERMISSIONS)
    # Committee editors submit for moderation; site editors can approve.
    for task in GroupApprovalTask.objects.filter(active=True):
        task.groups.add(group)
    return group
