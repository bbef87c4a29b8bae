"""The admin list of meeting notices: who was told what, about which
meeting, and what became of it. Read-only: notices are written by the
worker, and an edit here would rewrite the record of what was sent."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import MeetingNotice


class ViewOnlyPolicy(ModelPermissionPolicy):
    """Users with the model's "view" permission (or superusers) may look;
    nobody adds, edits or deletes."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


def notice_status(notice: MeetingNotice) -> str:
    if notice.dropped_at is not None:
        return str(_("Dropped"))
    if notice.delivery is None:
        return str(_("Not queued"))
    return notice.delivery.get_status_display()


def sent_at(notice: MeetingNotice):
    return notice.delivery.sent_at if notice.delivery is not None else None


class NoticeIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page", "delivery")


class MeetingNoticeViewSet(ModelViewSet):
    model = MeetingNotice
    icon = "mail"
    menu_label = _("Meeting notices")
    menu_order = 312
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = NoticeIndexView
    form_fields = []  # no add or edit view is ever allowed (ViewOnlyPolicy)
    list_display = [
        Column("page", label=_("Event"), accessor="page"),
        DateColumn("occurrence_start", label=_("Occurrence"), accessor="occurrence_start"),
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        Column("recipient", label=_("Recipient"), accessor="recipient"),
        Column("status", label=_("Status"), accessor=notice_status),
        DateColumn("sent_at", label=_("Sent"), accessor=sent_at),
    ]
    list_filter = {"kind": ["exact"], "delivery__status": ["exact"], "page": ["exact"]}
    search_fields = ["recipient"]
    ordering = ["-created_at", "-pk"]


register_permission_policy(MeetingNotice, ViewOnlyPolicy(MeetingNotice))


@hooks.register("register_admin_viewset")
def register_meeting_notice_viewset():
    return MeetingNoticeViewSet("meeting_notices")
