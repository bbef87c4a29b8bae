"""The "Chapter moderators" group every installation starts with: the
people who look after what member associations send (the announcements
queue, the associations and their newsletters) without being site editors."""

from django.contrib.auth.models import Group, Permission

from core.permissions import access_admin

CHAPTER_MODERATORS = "Chapter moderators"
CODENAMES = (
    "view_announcement", "moderate_announcement",
    "add_memberassociation", "change_memberassociation", "view_memberassociation",
    "add_membernewsletter", "change_membernewsletter", "view_membernewsletter",
)


def ensure_chapter_moderators_group() -> Group:
    group, _created = Group.objects.get_or_create(name=CHAPTER_MODERATORS)
    group.permissions.add(access_admin(), *Permission.objects.filter(content_type__app_label="chapter",
                                                                     codename__in=CODENAMES))
    return group
