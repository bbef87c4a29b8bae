from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet


class HomePage(Page):
    """The site's root page: one per site and language."""

    intro = RichTextField(blank=True)

    content_panels = Page.content_panels + ["intro"]
    max_count_per_parent = 1


@register_snippet
class Person(index.Indexed, models.Model):
    """Someone on the board or a committee. The email is for internal use
    (meeting notices), never shown to readers."""

    name = models.CharField(max_length=200)
    email = models.EmailField(blank=True, help_text="Internal only: used for meeting notices, never shown on the site.")
    bio = RichTextField(blank=True)

    panels = [FieldPanel("name"), FieldPanel("email"), FieldPanel("bio")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name
