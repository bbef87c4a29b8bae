"""A local city's sister-city policy: its criteria as data, its steps, and
the way to the public application form (one policy page per Wagtail Site)."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.page_urls import in_readers_language
from home.blocks import BodyBlock

from .. import criteria
from ..choices import VoteRule


class RelationshipPolicyPage(Page):
    """The council's policy page: what it asks of a new partner city, the
    steps an application goes through, and the form to apply."""

    intro = RichTextField(blank=True)
    body = StreamField(BodyBlock(), blank=True)
    steps = StreamField([("step", blocks.TextBlock(label=_("Step")))], blank=True,
                        help_text=_("The process, in order, as readers see it."))

    local_city = models.CharField(_("local city"), max_length=120)
    local_population = models.PositiveIntegerField(_("local population"), null=True, blank=True)
    population_source = models.CharField(_("source of the population"), max_length=200, blank=True)
    max_population_ratio = models.DecimalField(
        _("largest population ratio"), max_digits=4, decimal_places=1, null=True, blank=True,
        validators=[MinValueValidator(Decimal("1.0"))],
        help_text=_("Similar size: the larger population over the smaller may not exceed this (e.g. 2.0). "
                    "Empty: no size criterion."))
    require_near_water = models.BooleanField(_("near water"), default=False)
    require_near_metropolis = models.BooleanField(_("near a large metropolis"), default=False)
    require_diplomatic_relations = models.BooleanField(_("diplomatic relations between the countries"),
                                                       default=False)
    require_letter_of_interest = models.BooleanField(
        _("a letter of interest from the city"), default=True,
        help_text=_("The foreign city shows it wants the relationship."))
    one_per_continent = models.BooleanField(_("one partnership per continent"), default=False)
    max_new_per_period = models.PositiveSmallIntegerField(
        _("new partnerships per period"), null=True, blank=True, help_text=_("Empty: no limit."))
    period_months = models.PositiveSmallIntegerField(_("period (months)"), default=12)

    commission_seats = models.PositiveSmallIntegerField(_("commission seats"), default=7)
    commission_quorum = models.PositiveSmallIntegerField(_("quorum"), default=4)
    vote_rule = models.CharField(_("a vote passes with"), max_length=12, choices=VoteRule.choices,
                                 default=VoteRule.PRESENT)
    committee_chair_email = models.EmailField(
        _("committee chair's email"), blank=True,
        help_text=_("Told each year when a partnership's annual report is due, and after a long silence."))
    inactivity_months = models.PositiveSmallIntegerField(
        _("silence before an alert (months)"), default=24,
        help_text=_("A partnership with no recorded activity for this long is flagged to reaffirm or end."))
    letter_max_megabytes = models.PositiveSmallIntegerField(_("largest letter of interest (MB)"), default=10)
    directory = models.ForeignKey(
        "cities.CityIndexPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("Where a partnership appears once its agreement is signed."))

    content_panels = Page.content_panels + [
        "intro", "body", "steps",
        MultiFieldPanel([
            FieldRowPanel(["local_city", "local_population"]), "population_source", "max_population_ratio",
            "require_near_water", "require_near_metropolis", "require_diplomatic_relations",
            "require_letter_of_interest", "one_per_continent", FieldRowPanel(["max_new_per_period", "period_months"]),
        ], heading=_("Criteria")),
        MultiFieldPanel([
            FieldRowPanel(["commission_seats", "commission_quorum"]), "vote_rule",
        ], heading=_("Commission vote")),
        MultiFieldPanel(["committee_chair_email", "inactivity_months"], heading=_("After the agreement")),
        FieldPanel("directory"), "letter_max_megabytes",
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("sister-city policy page")

    def terms(self) -> criteria.Terms:
        return criteria.Terms(
            local_city=self.local_city, local_population=self.local_population,
            max_population_ratio=self.max_population_ratio, near_water=self.require_near_water,
            near_metropolis=self.require_near_metropolis, diplomatic_relations=self.require_diplomatic_relations,
            letter_of_interest=self.require_letter_of_interest, one_per_continent=self.one_per_continent,
            max_new_per_period=self.max_new_per_period, period_months=self.period_months)

    def criteria_list(self) -> list[str]:
        """The criteria in words, for readers."""
        items = []
        if self.max_population_ratio is not None:
            items.append(_("Similar in size: the larger population at most %(ratio)s times the smaller.")
                         % {"ratio": number_format(self.max_population_ratio)})
        if self.require_near_water:
            items.append(_("Near water."))
        if self.require_near_metropolis:
            items.append(_("Near a large metropolis."))
        if self.require_diplomatic_relations:
            items.append(_("The two countries have diplomatic relations."))
        if self.require_letter_of_interest:
            items.append(_("The city wants the relationship: a letter of interest from it."))
        if self.one_per_continent:
            items.append(_("One partnership per continent."))
        if self.max_new_per_period:
            items.append(_("At most %(count)s new partnerships in %(months)s months.")
                         % {"count": self.max_new_per_period, "months": self.period_months})
        return items

    def of_record(self) -> "RelationshipPolicyPage":
        """The page applications are filed under: this policy in the default
        language (a translation shows the same policy in another language)."""
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return self
        found = (RelationshipPolicyPage.objects.filter(translation_key=self.translation_key,
                                                        locale__language_code=settings.LANGUAGE_CODE).first())
        return found or self

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Filed under the policy of record, shown on each of its translations.
        partnerships = list(self.applications.model.objects
                            .filter(policy__translation_key=self.translation_key, stage="signed")
                            .select_related("city_page").prefetch_related("commission_decisions", "resolutions")
                            .order_by("agreement_signed_on"))
        translated = {}
        pages = [app.city_page for app in partnerships if app.city_page and app.city_page.locale_id != self.locale_id]
        if pages:
            # Each partner city's page in this page's language, where it has one: one query for all.
            found = Page.objects.live().filter(locale_id=self.locale_id,
                                               translation_key__in=[page.translation_key for page in pages])
            translated = {page.translation_key: page for page in found}
        for application in partnerships:
            city = application.city_page
            application.shown_city_page = translated.get(city.translation_key, city) if city else None
            # Not translated yet: the city's page as the fallback serves it, under the reader's prefix.
            application.shown_city_url = (in_readers_language(application.shown_city_page.get_url(request))
                                          if city else "")
        context["partnerships"] = partnerships
        return context

    @property
    def letter_max_bytes(self) -> int:
        return self.letter_max_megabytes * 1024 * 1024
