"""One "Committee: <city>" group per partner city: its members edit that
city's page (and pages below it) and submit changes for moderation; they
cannot publish and cannot touch another city."""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import GroupPagePermission

from core.permissions import access_admin, grant_collection_permissions, page_permission

COMMITTEE_PAGE_ACTIONS = ("add", "change")  # no "publish": changes go through moderation
COMMITTEE_COLLECTION_PERMISSIONS = (
    ("wagtailimages", ("add_image", "choose_image")),
    ("wagtaildocs", ("add_document", "choose_document")),
)


COMMITTEE_GROUP_PREFIX = "Committee: "


def committee_group_name(city) -> str:
    return f"{COMMITTEE_GROUP_PREFIX}{city.title}"


@transaction.atomic
def ensure_committee_group(city):
    existing = Group.objects.filter(page_permissions__page=city, name__startswith=COMMITTEE_GROUP_PREFIX).first()
    if existing is not None:
        return existing
    # A translation of a city belongs to the committee of the city it translates.
    source_group = (Group.objects.filter(name__startswith=COMMITTEE_GROUP_PREFIX,
                                         page_permissions__page__translation_key=city.translation_key)
                    .exclude(page_permissions__page=city).first())
    if source_group is not None:
        for action in COMMITTEE_PAGE_ACTIONS:
            GroupPagePermission.objects.get_or_create(group=source_group, page=city,
                                                      permission=page_permission(action))
        return source_group
    name = committee_group_name(city)
    if Group.objects.filter(name=name).exists():
        # Two partnerships with cities of one name (a chapter): tell them apart.
        name = f"{name} ({city.local_city or city.pk})"
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(access_admin())
    for action in COMMITTEE_PAGE_ACTIONS:
        GroupPagePermission.objects.get_or_create(group=group, page=city, permission=page_permission(action))
    grant_collection_permissions(group, COMMITTEE_COLLECTION_PERMISSIONS)
    return group
