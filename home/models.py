from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage, AbstractRendition
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


class SiteImage(AbstractImage):
    """The project's image model: alt text is required and every image names
    who took it, since profiles and heroes show a photo credit."""

    description = models.CharField(
        _("alt text"), max_length=255,
        help_text=_("Describe the image for people who cannot see it (required)."),
    )
    credit = models.CharField(_("photo credit"), max_length=255, blank=True,
                              help_text=_("Who took the photo or holds its rights, e.g. \"Photo: Jane Doe\"."))

    admin_form_fields = (
        "title", "file", "description", "credit", "collection", "tags",
        "focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]

    @property
    def default_alt_text(self):
        return self.description


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
