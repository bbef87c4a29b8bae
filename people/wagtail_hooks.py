"""People in the admin: one "People" menu with the person records, the
board's seats and the committees."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import BoardPosition, Committee, Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "email"]
    search_fields = ["name"]


class BoardPositionViewSet(SnippetViewSet):
    model = BoardPosition
    icon = "group"
    menu_label = _("Board positions")
    list_display = ["year", "title", "person"]
    list_filter = ["year", "kind"]


class CommitteeViewSet(SnippetViewSet):
    model = Committee
    icon = "group"
    menu_label = _("Committees")
    list_display = ["name", "kind", "city", "chair"]


class PeopleGroup(SnippetViewSetGroup):
    menu_label = _("People")
    menu_icon = "group"
    menu_order = 250
    items = (PersonViewSet, BoardPositionViewSet, CommitteeViewSet)


register_snippet(PeopleGroup)
