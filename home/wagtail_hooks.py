"""The site's own snippets in the admin: one "Site" menu with the
presidential quotes, the navigation menus and the footers."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Footer, NavigationMenu, PresidentialQuote


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


class SiteGroup(SnippetViewSetGroup):
    menu_label = _("Site content")
    menu_icon = "site"
    menu_order = 240
    items = (PresidentialQuoteViewSet, NavigationMenuViewSet, FooterViewSet)


register_snippet(SiteGroup)
