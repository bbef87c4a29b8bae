from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q, prefetch_related_objects
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.cache import columns, renditions_generation, until_changed
from core.page_urls import in_readers_language, set_listing_urls
from core.slugs import STABLE_SLUG, StableSlugMixin
from home.blocks import BodyBlock
from people.models import Committee

from . import countries
from .choices import Origin, PartnershipStatus, Programme
from .directory import Directory

IMAGE_MODEL = "home.SiteImage"


class ChoiceListField(models.JSONField):
    """A list of choice codes stored as JSON, edited as checkboxes."""

    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = list(item_choices)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["item_choices"] = self.item_choices
        return name, path, args, kwargs

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {code for code, _label in self.item_choices}
        unknown = [code for code in value or [] if code not in allowed]
        if unknown:
            raise ValidationError(_("Unknown choice: %(codes)s"), params={"codes": ", ".join(map(str, unknown))})

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.item_choices, required=not self.blank, widget=forms.CheckboxSelectMultiple,
            label=capfirst(self.verbose_name), help_text=self.help_text,
        )


class CityIndexPage(Page):
    """The partner-city directory."""

    intro = RichTextField(blank=True)

    content_panels = Page.content_panels + ["intro"]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    subpage_types = ["cities.CityProfilePage"]

    def cities(self):
        """The live partner cities, in this directory's language where a
        translation exists, else in the default language: a reader of the
        French directory sees every city, never only the translated ones.

        Kept in the shared cache until a page or an image changes (the page
        cache's generation): loading them is a tenth of making them."""
        image = CityProfilePage._meta.get_field("hero_image").related_model
        kept = columns(CityProfilePage, image, image.get_rendition_model())
        return until_changed("directory-cities", self._read_cities, kept, renditions_generation(), self.pk)

    def _read_cities(self):
        # Cards never show the body: parsing every city's StreamField was
        # most of a directory render.
        cities = (CityProfilePage.objects.live().defer_streamfields().select_related("hero_image")
                  .prefetch_related("hero_image__renditions").order_by("title"))
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return list(cities.child_of(self))
        source = (Page.objects.filter(translation_key=self.translation_key, locale=default)
                  .values_list("path", "depth").first())
        if source is None:
            return list(cities.child_of(self))
        rows = list(cities.filter(Q(path__startswith=self.path, depth=self.depth + 1)
                                  | Q(path__startswith=source[0], depth=source[1] + 1)))
        chosen = {}
        for city in rows:
            if city.locale_id == self.locale_id or city.translation_key not in chosen:
                chosen[city.translation_key] = city
        # The local city's name in the default language is the filter's key:
        # "Sonoma" and its translation "Сонома" are one city.
        keys = {city.translation_key: city.local_city for city in rows if city.locale_id == default.pk}
        for city in chosen.values():
            city.local_key = keys.get(city.translation_key) or city.local_city
        return sorted(chosen.values(), key=lambda city: city.title)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        cities = set_listing_urls(self.cities(), request)
        for city in cities:
            city.listing_url = in_readers_language(city.listing_url)
        context["directory"] = Directory.from_request(cities, request.GET)
        return context


class CityProfilePage(StableSlugMixin, Page):
    """One partnership: a partner city and the local city it is twinned with."""

    # The slug is the partner city's own name, the same in every language;
    # partners link to /<lang>/.../kaniv/ and expect it to stay put.

    Status = PartnershipStatus

    local_city = models.CharField(max_length=120, blank=True, help_text="The local city of this partnership.")
    region = models.CharField(max_length=120, blank=True)
    country = models.CharField(max_length=2, help_text="ISO 3166-1 alpha-2 code, e.g. UA.")
    latitude = models.DecimalField(max_digits=8, decimal_places=5, null=True, blank=True,
                                   validators=[MinValueValidator(-90), MaxValueValidator(90)])
    longitude = models.DecimalField(max_digits=8, decimal_places=5, null=True, blank=True,
                                    validators=[MinValueValidator(-180), MaxValueValidator(180)])
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.SISTER)
    population = models.PositiveIntegerField(null=True, blank=True)
    started = models.DateField(_("partnership since"), null=True, blank=True)
    started_year_only = models.BooleanField(
        default=False, help_text=_("Only the year of the start date is known: show the year alone."))
    ended = models.DateField(_("partnership ended"), null=True, blank=True)
    origin = models.CharField(_("how it began"), max_length=20, choices=Origin.choices, blank=True)
    programmes = ChoiceListField(_("programme areas"), item_choices=Programme.choices)
    website = models.URLField(_("partner's website"), blank=True)
    hero_image = models.ForeignKey(IMAGE_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    summary = models.TextField(blank=True, help_text=_("One or two sentences for the directory."))
    body = StreamField(BodyBlock(), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel([
            "local_city", "region", FieldPanel("country", widget=forms.Select(choices=[("", "---------")]
                                                                                + countries.country_choices())),
            FieldRowPanel(["latitude", "longitude"]), "population",
        ], heading=_("Place")),
        MultiFieldPanel([
            "status", FieldRowPanel(["started", "ended"]), "started_year_only", "origin", "programmes",
            "website",
        ], heading=_("Partnership")),
        FieldPanel("hero_image"), "summary", "body",
        InlinePanel("gallery", label=_("Gallery")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("local_city"), index.SearchField("region"), index.SearchField("summary"),
        index.SearchField("body"), index.FilterField("status"), index.FilterField("country"),
    ]
    parent_page_types = ["cities.CityIndexPage"]
    serve_related = ["hero_image"]  # fetched with the page when it is served (core/i18n.py)
    # A country code is data, not text: never sent to translators.
    override_translatable_fields = [STABLE_SLUG, SynchronizedField("country", overridable=False)]

    def clean(self):
        super().clean()
        errors = {}
        if self.country:
            self.country = self.country.upper()
            if not countries.is_country(self.country):
                errors["country"] = _("Not an ISO 3166-1 country code.")
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Give both latitude and longitude, or neither.")
        if self.started and self.ended and self.ended < self.started:
            errors["ended"] = _("The partnership cannot end before it started.")
        if errors:
            raise ValidationError(errors)

    @property
    def status_label(self):
        """As get_status_display() shows it, without rebuilding the choices
        (and translating every label) for each of the directory's cards."""
        return self.Status(self.status).label if self.status in self.Status.values else self.status

    @property
    def country_name(self):
        return countries.country_name(self.country)

    @property
    def continent(self):
        return countries.continent_of(self.country)

    @property
    def continent_name(self):
        return countries.continent_name(self.continent)

    @property
    def year(self):
        return self.started.year if self.started else None

    @property
    def map_label(self):
        if self.local_city:
            return f"{self.local_city} – {self.title}, {self.country_name}"
        return f"{self.title}, {self.country_name}"

    @cached_property
    def programme_labels(self):
        labels = dict(Programme.choices)
        return [labels[code] for code in self.programmes or [] if code in labels]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        image_model = CityGalleryImage._meta.get_field("image").related_model
        kept = columns(CityGalleryImage, image_model, image_model.get_rendition_model(), Committee,
                       Committee._meta.get_field("chair").related_model)
        hero, context["gallery"], context["committee"] = until_changed(
            "city-shown", self._shown, kept, renditions_generation(), self.pk, self.hero_image_id)
        if hero is not None:
            self.hero_image = hero  # the same image, its renditions read
        return context

    def _shown(self) -> tuple:
        """The hero image, the gallery and the committee, the renditions of
        every image read in one query: kept in the shared cache until a page,
        an image, a committee or a person changes."""
        gallery = list(self.gallery.select_related("image"))
        prefetch_related_objects([image for image in [self.hero_image, *(item.image for item in gallery)]
                                  if image is not None], "renditions")
        # The committee names the English city: a translation follows its source.
        committee = (Committee.objects.filter(city__translation_key=self.translation_key)
                     .select_related("chair", "co_chair").order_by("kind", "name").first())
        return self.hero_image, gallery, committee


class CityGalleryImage(Orderable):
    page = ParentalKey(CityProfilePage, on_delete=models.CASCADE, related_name="gallery")
    image = models.ForeignKey(IMAGE_MODEL, on_delete=models.CASCADE, related_name="+")
    caption = models.CharField(max_length=255, blank=True)

    panels = [FieldPanel("image"), "caption"]
