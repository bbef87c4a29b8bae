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


class QuestionBlock(blocks.StructBlock):
    """One question an event's registration form asks (its answers are kept
    by the block's id, so reordering or rewording keeps them)."""

    kind = blocks.ChoiceBlock(choices=[
        ("text", _("Free text")), ("choice", _("One choice")), ("yes_no", _("Yes or no")),
    ], default="text", label=_("Kind of answer"))
    label = blocks.CharBlock(label=_("Question"), help_text=_("e.g. “Dietary needs”, “Accessibility needs”."))
    choices = blocks.ListBlock(blocks.CharBlock(label=_("Choice")), required=False, label=_("Choices"),
                               help_text=_("For “one choice” only."))
    required = blocks.BooleanBlock(required=False, label=_("Required"))

    class Meta:
        icon = "help"
        label = _("Question")


class RegistrationQuestionsBlock(blocks.StreamBlock):
    question = QuestionBlock()
