from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.snippets.models import register_snippet


class CityIndexPage(Page):
    """The partner-city directory."""

    subpage_types = ["cities.CityProfilePage"]


class CityProfilePage(Page):
    """One partnership: a partner city and the local city it is twinned with."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        FRIENDSHIP = "friendship", _("Friendship city")
        SISTER = "sister", _("Sister city")
        INACTIVE = "inactive", _("Inactive")

    local_city = models.CharField(max_length=120, blank=True, help_text="The local city of this partnership.")
    region = models.CharField(max_length=120, blank=True)
    country = models.CharField(max_length=2, help_text="ISO 3166-1 alpha-2 code, e.g. UA.")
    latitude = models.DecimalField(max_digits=8, decimal_places=5, null=True, blank=True)
    longitude = models.DecimalField(max_digits=8, decimal_places=5, null=True, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.SISTER)

    content_panels = Page.content_panels + [
        FieldPanel("local_city"),
        FieldPanel("region"),
        FieldPanel("country"),
        FieldPanel("latitude"),
        FieldPanel("longitude"),
        FieldPanel("status"),
    ]
    parent_page_types = ["cities.CityIndexPage"]


@register_snippet
class Committee(models.Model):
    """A committee (usually one per partner city) or the board. Its slug is
    the stable key readers filter by and subscribers follow."""

    class Kind(models.TextChoices):
        BOARD = "board", _("Board")
        COMMITTEE = "committee", _("Committee")

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.COMMITTEE)
    city = models.ForeignKey(
        CityProfilePage, null=True, blank=True, on_delete=models.SET_NULL, related_name="committees"
    )
    chair = models.ForeignKey(
        "home.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="chaired_committees",
        help_text="Leave empty while the chair is vacant.",
    )
    members = models.ManyToManyField("home.Person", blank=True, related_name="committees")

    panels = [
        FieldPanel("name"), FieldPanel("slug"), FieldPanel("kind"), FieldPanel("city"),
        FieldPanel("chair"), FieldPanel("members"),
    ]

    class Meta:
        ordering = ["kind", "name"]

    def __str__(self):
        return self.name
