"""StreamField blocks for the association's pages."""

from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from people.models import BoardPosition


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"))
    level = blocks.ChoiceBlock(choices=[("h2", "H2"), ("h3", "H3")], default="h2")

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    """An image with an optional caption; alt text and credit come from the image."""

    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False)

    class Meta:
        icon = "image"
        template = "components/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False)

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"


class ListBlock(blocks.StructBlock):
    """A titled list: goals, criteria, process steps, activities."""

    title = blocks.CharBlock(required=False)
    numbered = blocks.BooleanBlock(required=False, help_text=_("Number the items (steps, ranked goals)."))
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item")))

    class Meta:
        icon = "list-ul"
        template = "components/blocks/list.html"


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock()
    url = blocks.URLBlock(required=False)
    note = blocks.CharBlock(required=False)


class SourcesBlock(blocks.StructBlock):
    """Where facts on a page come from."""

    title = blocks.CharBlock(required=False, default=_("Sources"))
    sources = blocks.ListBlock(LinkBlock())

    class Meta:
        icon = "link"
        template = "components/blocks/sources.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    label = blocks.CharBlock(required=False, help_text=_("Link text; the document's title when empty."))

    class Meta:
        icon = "doc-full"
        template = "components/blocks/document.html"


class BoardBlock(blocks.StructBlock):
    """The board and officers of a year, from the board positions snippet."""

    year = blocks.IntegerBlock(min_value=1900, max_value=2200)
    title = blocks.CharBlock(required=False)

    class Meta:
        icon = "group"
        template = "components/blocks/board.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        context["positions"] = BoardPosition.for_year(value["year"], request=request)
        return context


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=["bold", "italic", "link", "document-link", "ol", "ul"])
    image = ImageBlock()
    quote = QuoteBlock()
    list = ListBlock()
    sources = SourcesBlock()
    document = DocumentBlock()
    board = BoardBlock()


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.CharBlock(help_text=_("E.g. Facebook, Instagram"))
    url = blocks.URLBlock()


class MenuItemBlock(blocks.StructBlock):
    """A menu entry: a page of this site, or an outside address."""

    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False)
    label = blocks.CharBlock(required=False, help_text=_("The page's title when empty."))

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError({"page": ErrorList([_("Choose a page or give an address.")])})
        if value.get("url") and not value.get("label"):
            raise StructBlockValidationError({"label": ErrorList([_("An outside address needs a label.")])})
        return value
