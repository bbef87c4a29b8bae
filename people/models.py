"""The association's people: who they are, the seats they hold on the board,
the committees they sit on. Readers see names, photos and seats; the email
addresses are for meeting notices only.

The tables keep the names they had when these models lived in `home` and
`cities` (people/migrations/0001_initial.py moved them without a copy).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model_string
from wagtail.models import TranslatableMixin
from wagtail.search import index

from core.per_language import PerLanguageMixin, per_language_form, per_language_panels


class Person(index.Indexed, models.Model):
    """Someone on the board or a committee. The email is for internal use
    (meeting notices), never shown to readers."""

    name = models.CharField(max_length=200)
    email = models.EmailField(blank=True, help_text="Internal only: used for meeting notices, never shown on the site.")
    photo = models.ForeignKey(get_image_model_string(), null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+")
    bio = RichTextField(blank=True)
    # Set when the person asks for no more meeting notices (the one-click link
    # in every notice); an editor clears it to send them again.
    notices_opted_out_at = models.DateTimeField(
        "opted out of meeting notices", null=True, blank=True,
        help_text="Set when this person unsubscribed from meeting notices. Clear it only at their request.")

    panels = [FieldPanel("name"), FieldPanel("email"), FieldPanel("photo"), FieldPanel("bio"),
              FieldPanel("notices_opted_out_at")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        db_table = "home_person"
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name


class BoardPosition(TranslatableMixin, models.Model):
    """A seat on the board in a given year: an office, a director at large, a
    committee chair. No person means the seat is vacant."""

    class Kind(models.TextChoices):
        OFFICER = "officer", _("Officer")
        DIRECTOR = "director", _("Director at large")
        CHAIR = "chair", _("Committee chair")
        OTHER = "other", _("Board member")

    year = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=12, choices=Kind.choices)
    title = models.CharField(max_length=200, help_text=_("E.g. President, Treasurer, Membership Chair"))
    person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="positions",
                               help_text=_("Leave empty while the seat is vacant."))
    committee = models.ForeignKey("people.Committee", null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="positions")
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = ["year", "kind", "title", FieldPanel("person"), FieldPanel("committee"), "sort_order"]

    class Meta(TranslatableMixin.Meta):
        db_table = "home_boardposition"
        ordering = ["year", "sort_order", "title"]

    def __str__(self):
        return f"{self.year} {self.title}: {self.person or _('vacant')}"

    @property
    def is_vacant(self):
        return self.person_id is None

    @classmethod
    def for_year(cls, year, request=None):
        """The year's positions in the current language, else the default one."""
        languages = [get_language() or settings.LANGUAGE_CODE, settings.LANGUAGE_CODE]
        rows = list(cls.objects.filter(year=year, locale__language_code__in=languages)
                    .select_related("person", "committee", "locale"))
        for language in languages:
            chosen = [row for row in rows if row.locale.language_code == language]
            if chosen:
                return chosen
        return []


class Committee(PerLanguageMixin, models.Model):
    """A committee (usually one per partner city) or the board. Its slug is
    the stable key readers filter by and subscribers follow. One row in every
    language (events, feeds, seats, subscribers and its editors' group hold
    it): its name in the other languages rides on it (core/per_language.py)."""

    class Kind(models.TextChoices):
        BOARD = "board", _("Board")
        COMMITTEE = "committee", _("Committee")

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.COMMITTEE)
    city = models.ForeignKey(
        "cities.CityProfilePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="committees"
    )
    chair = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="chaired_committees",
        help_text="Leave empty while the chair is vacant.",
    )
    co_chair = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="co_chaired_committees",
    )
    members = models.ManyToManyField(Person, blank=True, related_name="committees")

    per_language_fields = ("name",)
    base_form_class = per_language_form({"name": {"label": _("Name"), "max_length": 200}})
    panels = [
        FieldPanel("name"), *per_language_panels(per_language_fields, _("Name in other languages")),
        FieldPanel("slug"), FieldPanel("kind"), FieldPanel("city"),
        FieldPanel("chair"), FieldPanel("co_chair"), FieldPanel("members"),
    ]

    class Meta:
        db_table = "cities_committee"  # its members table stays cities_committee_members
        ordering = ["kind", "name"]

    def __str__(self):
        return self.label

    @property
    def label(self) -> str:
        """The name in the reader's language, else the default language's."""
        return self.in_language("name")
