from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """The site's root page: one per site and language."""

    intro = RichTextField(blank=True)

    content_panels = Page.content_panels + ["intro"]
    max_count_per_parent = 1
