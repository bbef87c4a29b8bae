"""StreamField blocks of a newsletter issue. Each renders both on the web
archive and in the email (templates/newsletters/blocks/)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from events import dates
from events.occurrences import next_of_page, snapshot


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(required=False, help_text=_("Describe the image for readers who cannot see it."))
    caption = blocks.CharBlock(required=False)

    class Meta:
        icon = "image"
        template = "newsletters/blocks/image.html"


class FeaturedEventBlock(blocks.StructBlock):
    event = blocks.PageChooserBlock(page_type="events.EventPage", help_text=_("An event page on this site."))
    blurb = blocks.TextBlock(required=False)

    class Meta:
        icon = "date"
        template = "newsletters/blocks/featured_event.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context.update(featured_event(value.get("event")))
        return context


def featured_event(event) -> dict:
    """What the featured-event template shows: nothing when the event was
    deleted or unpublished after the issue was written (the block is skipped),
    else the event with its next occurrence, when and where."""
    if event is None or not event.live:
        return {"event": None}
    occ = next_of_page(event)
    return {
        "event": event,
        "occurrence": occ,
        "when": dates.span(snapshot(occ), occ.zone) if occ else "",
        "venue_name": occ.venue_name if occ else event.venue_name,
        "venue_address": occ.venue_address if occ else event.venue_address,
        "virtual_url": occ.virtual_url if occ else event.virtual_url,
    }


class FeaturedCityBlock(blocks.StructBlock):
    city = blocks.PageChooserBlock(page_type="cities.CityProfilePage")
    blurb = blocks.TextBlock(required=False)

    class Meta:
        icon = "site"
        template = "newsletters/blocks/featured_page.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.TextBlock(required=False)
    button_label = blocks.CharBlock(max_length=60)
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False, help_text=_("Used when no page is chosen."))

    class Meta:
        icon = "link"
        template = "newsletters/blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a page or enter a link."))}
            )
        return value


class NewsletterBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
                                template="newsletters/blocks/text.html")
    image = ImageBlock()
    featured_event = FeaturedEventBlock()
    featured_city = FeaturedCityBlock()
    call_to_action = CallToActionBlock()
