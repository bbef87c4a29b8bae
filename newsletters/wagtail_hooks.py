from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views, dashboard
from .models import NewsletterPage, Subscriber
from .permissions import may_follow_sends

admin_urls = [
    path("send/<int:page_id>/", admin_views.send_issue, name="send"),
    path("test/<int:page_id>/", admin_views.send_test, name="test"),
    path("runs/", admin_views.run_index, name="runs"),
    path("runs/<int:run_id>/", admin_views.run_detail, name="run"),
    path("runs/<int:run_id>/progress.json", admin_views.run_progress, name="run_progress"),
    path("runs/<int:run_id>/<str:action>/", admin_views.run_action, name="run_action"),
]


@hooks.register("register_admin_urls")
def register_newsletter_urls():
    return [path("newsletters/", include((admin_urls, "newsletters_admin")))]


@hooks.register("register_page_header_buttons")
def newsletter_buttons(page, user, view_name, next_url=None):
    if not isinstance(page.specific_deferred, NewsletterPage):
        return
    permissions = page.permissions_for_user(user)
    if permissions.can_publish():
        yield Button(_("Send…"), reverse("newsletters_admin:send", args=[page.pk]), icon_name="mail", priority=80)
    if permissions.can_edit():
        # A POST to its own URL, from the editor's and the explorer's menus alike.
        test_url = reverse("newsletters_admin:test", args=[page.pk])
        yield Button(_("Send test to me"), test_url, icon_name="mail", priority=81,
                     attrs={"data-controller": "w-action", "data-action": "w-action#post",
                            "data-w-action-url-value": test_url})


class SendsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_follow_sends(request.user)


@hooks.register("register_admin_menu_item")
def newsletter_sends_menu_item():
    return SendsMenuItem(_("Newsletter sends"), reverse("newsletters_admin:runs"), icon_name="mail", order=310)


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "user"
    menu_label = _("Subscribers")
    menu_order = 311
    add_to_admin_menu = True
    list_display = ["email", "language", "status", "created_at"]
    list_filter = ["status", "language", "follows_newsletter", "follows_all_meetings"]
    list_export = ["email", "language", "time_zone", "status", "consent_method", "consent_at", "confirmed_at",
                   "withdrawn_at", "withdrawn_method"]


register_snippet(SubscriberViewSet)


hooks.register("construct_homepage_panels", dashboard.add_panels)
