"""Who sees whose registrations (personal data). Users given the
registrations permissions (administrators) see every list; a partner
city's committee group sees the lists of the events it edits (the grant
events/permissions.py keeps on each of its events), exports them and ticks
people in on the day, and nothing of another committee's."""

from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission
from wagtail.permission_policies import ModelPermissionPolicy

from cities.permissions import COMMITTEE_GROUP_PREFIX

from .models import Registration

VIEW = "registrations.view_registration"
CHANGE = "registrations.change_registration"


def _committee_groups(user):
    return Group.objects.filter(user=user, name__startswith=COMMITTEE_GROUP_PREFIX)


def in_a_committee(user) -> bool:
    return user.is_active and _committee_groups(user).exists()


def committee_event_ids(user):
    """The events (page ids) the user's committee groups edit."""
    return GroupPagePermission.objects.filter(group__in=_committee_groups(user)).values("page_id")


def visible_registrations(user):
    if user.has_perm(VIEW):
        return Registration.objects.all()
    if not user.is_active:
        return Registration.objects.none()
    return Registration.objects.filter(event_id__in=committee_event_ids(user))


def can_see_event(user, page) -> bool:
    return user.has_perm(VIEW) or (user.is_active and committee_event_ids(user).filter(page_id=page.pk).exists())


def can_check_in(user, page) -> bool:
    return user.has_perm(CHANGE) or (user.is_active and committee_event_ids(user).filter(page_id=page.pk).exists())


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    """The model permissions, and "view" for committee members too: what
    they see is narrowed to their events by the views (visible_registrations)."""

    def user_has_permission(self, user, action):
        return super().user_has_permission(user, action) or (action == "view" and in_a_committee(user))

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)
