"""The site's own snippets in the admin: one "Site" menu with the
presidential quotes, the navigation menus and the footers, and the contact
messages with their delivery state."""

from django.utils.translation import gettext_lazy as _
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ContactMessage, Footer, NavigationMenu, PresidentialQuote


class PresidentialQuoteViewSet(SnippetViewSet):
    model = PresidentialQuote
    icon = "openquote"
    menu_label = _("Presidential quotes")
    list_display = ["speaker", "date", "occasion"]
    search_fields = ["speaker", "text"]


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    menu_label = _("Menus")
    list_display = ["site"]


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "placeholder"
    menu_label = _("Footers")
    list_display = ["site"]


class ReadOnlyPolicy(ModelPermissionPolicy):
    """What readers wrote is never rewritten in the admin: view and delete only."""

    def user_has_permission(self, user, action):
        return action not in ("add", "change") and super().user_has_permission(user, action)


register_permission_policy(ContactMessage, ReadOnlyPolicy(ContactMessage))


class ContactMessageViewSet(SnippetViewSet):
    model = ContactMessage
    icon = "mail"
    menu_label = _("Contact messages")
    list_display = ["name", "email", "received_at", "state", "attempts", "last_error"]
    list_filter = ["state", "language", "site"]
    search_fields = ["name", "email", "message"]
    inspect_view_enabled = True
    inspect_view_fields = ["site", "page", "language", "name", "email", "message", "received_at", "state",
                           "board_sent_at", "send_copy", "copy_sent_at", "attempts", "last_attempt_at", "last_error"]


class SiteGroup(SnippetViewSetGroup):
    menu_label = _("Site content")
    menu_icon = "site"
    menu_order = 240
    items = (PresidentialQuoteViewSet, NavigationMenuViewSet, FooterViewSet, ContactMessageViewSet)


register_snippet(SiteGroup)
