"""StreamField blocks for an event's body."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class AgendaBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, default=_("Agenda"), label=_("Heading"))
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item")), label=_("Items"))

    class Meta:
        icon = "list-ol"
        label = _("Agenda")
        template = "events/blocks/agenda.html"


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"))
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link"
        label = _("Link")
        template = "events/blocks/link.html"


class EventBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul"], label=_("Paragraph"))
    agenda = AgendaBlock()
    link = LinkBlock()
