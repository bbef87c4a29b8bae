"""An application for a new partnership: filed on the public form (no
account) or in the admin, then reviewed through a Wagtail workflow. It is a
snippet under WorkflowMixin: it becomes live (published) when the last step,
the signed agreement, is approved."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin

from cities import countries
from cities.choices import Origin, PartnershipStatus, Programme
from cities.models import ChoiceListField, CityProfilePage
from core.storage import private_storage

from .. import criteria, timeline
from ..choices import ActivityKind, AgreementKind, Answer, ApplicantRole, Stage
from .policy import RelationshipPolicyPage


def letter_path(instance, filename) -> str:
    # Private storage (served by permission-checked views), and a name that tells nothing.
    return f"relationships/letters/{uuid.uuid4().hex}.pdf"


class Application(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    Stage = Stage

    policy = models.ForeignKey(RelationshipPolicyPage, on_delete=models.PROTECT, related_name="applications")
    stage = models.CharField(_("stage"), max_length=12, choices=Stage.choices, default=Stage.DRAFT)
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE,
                                choices=settings.LANGUAGES)

    applicant_name = models.CharField(_("your name"), max_length=120)
    applicant_email = models.EmailField(_("your email"))
    applicant_role = models.CharField(_("you are"), max_length=20, choices=ApplicantRole.choices)
    applicant_organisation = models.CharField(_("your organisation"), max_length=200, blank=True)
    sponsor_councilmember = models.CharField(_("sponsoring councilmember"), max_length=120, blank=True)
    sponsor_organisation = models.CharField(
        _("sponsoring nonprofit"), max_length=200, blank=True,
        help_text=_("The local nonprofit that commits to run the programme."))

    city = models.CharField(_("proposed city"), max_length=120)
    region = models.CharField(_("region or province"), max_length=120, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=countries.country_choices)
    city_population = models.PositiveIntegerField(_("population of the proposed city"), null=True, blank=True)
    population_source = models.CharField(_("source of that figure"), max_length=200, blank=True)

    near_water = models.CharField(_("is it near water?"), max_length=8, choices=Answer.choices,
                                  default=Answer.UNKNOWN)
    water_evidence = models.TextField(_("which water, how near"), blank=True)
    near_metropolis = models.CharField(_("is it near a large metropolis?"), max_length=8, choices=Answer.choices,
                                       default=Answer.UNKNOWN)
    metropolis_evidence = models.TextField(_("which metropolis, how far"), blank=True)
    diplomatic_relations = models.CharField(_("do the two countries have diplomatic relations?"), max_length=8,
                                            choices=Answer.choices, default=Answer.UNKNOWN)

    origin = models.CharField(_("how the connection began"), max_length=20, choices=Origin.choices)
    origin_details = models.TextField(_("the story of the connection"), blank=True)
    programmes = ChoiceListField(_("programme areas"), item_choices=Programme.choices)
    supporters_local = models.TextField(_("supporters here"), blank=True,
                                        help_text=_("People and groups in our city who support it."))
    supporters_foreign = models.TextField(_("supporters there"), blank=True,
                                          help_text=_("People and groups in the proposed city who support it."))
    first_year_plan = models.TextField(_("first-year plan"))
    first_year_budget = models.DecimalField(_("first-year budget"), max_digits=10, decimal_places=2, null=True,
                                            blank=True)
    letter_of_interest = models.FileField(_("letter of interest (PDF)"), upload_to=letter_path, blank=True,
                                          storage=private_storage)

    submitted_at = models.DateTimeField(_("applied"), null=True, blank=True)
    criteria_on_submit = models.JSONField(default=list, blank=True, editable=False)

    agreement_kind = models.CharField(_("the agreement makes it a"), max_length=12, choices=AgreementKind.choices,
                                      default=AgreementKind.FRIENDSHIP)
    agreement_document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("signed agreement (PDF)"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+")
    agreement_signed_on = models.DateField(_("signed on"), null=True, blank=True)
    local_signatory = models.CharField(_("signed for our city by"), max_length=200, blank=True)
    foreign_signatory = models.CharField(_("signed for the partner city by"), max_length=200, blank=True)
    city_page = models.ForeignKey("cities.CityProfilePage", null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+", editable=False)


    class Meta:
        verbose_name = _("sister-city application")
        ordering = ["-submitted_at", "-pk"]

    def __str__(self):
        return f"{self.city}, {self.country_name}"

    def clean(self):
        super().clean()
        if self.pk and self.agreement_signed_on:
            timeline.check(self, signed_on=self.agreement_signed_on)

    @property
    def country_name(self) -> str:
        return countries.country_name(self.country)

    def proposal(self) -> criteria.Proposal:
        return criteria.Proposal(
            city=self.city, continent=countries.continent_of(self.country), population=self.city_population,
            near_water=self.near_water, near_metropolis=self.near_metropolis,
            diplomatic_relations=self.diplomatic_relations, has_letter=bool(self.letter_of_interest))

    def partners(self) -> list[criteria.Partner]:
        """The local city's partnerships that count against the policy's limits:
        the live cities of its directory and the other applications adopted or signed."""
        found = {}
        if self.policy.directory_id:
            cities = (CityProfilePage.objects.child_of(self.policy.directory).live()
                      .exclude(status=PartnershipStatus.INACTIVE).only("title", "country", "started"))
            for city in cities:
                found[city.pk] = criteria.Partner(city.title, countries.continent_of(city.country), city.started)
        others = (Application.objects.filter(policy_id=self.policy_id, stage__in=[Stage.AGREEMENT, Stage.SIGNED])
                  .exclude(pk=self.pk).only("city", "country", "agreement_signed_on", "submitted_at", "city_page"))
        for other in others:
            since = other.agreement_signed_on or (other.submitted_at.date() if other.submitted_at else None)
            found[other.city_page_id or f"application-{other.pk}"] = criteria.Partner(
                other.city, countries.continent_of(other.country), since)
        return list(found.values())

    def check_criteria(self, today=None) -> list[criteria.Check]:
        return criteria.evaluate(self.policy.terms(), self.proposal(), self.partners(),
                                 today or timezone.localdate())

    def record_criteria(self) -> None:
        """Keep the statuses found on submit (the reviewers' view recomputes the words)."""
        self.criteria_on_submit = [{"code": check.code, "status": check.status, "figures": check.figures}
                         for check in self.check_criteria()]


class SentNotice(models.Model):
    """One notice about an application to one address: the row is the guard
    that a task run twice sends it once."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="notices")
    key = models.CharField(max_length=60)
    email = models.EmailField()
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["application", "key", "email"], name="one_notice_each")]

    def __str__(self):
        return f"{self.key} to {self.email}"


class Activity(models.Model):
    """One entry of a partnership's log: a delegation visit (who travelled, gifts
    disclosed), an exchange, a project, the annual report, or the decision
    to reaffirm or end after a silence."""

    application = models.ForeignKey(Application, verbose_name=_("partnership"), on_delete=models.CASCADE,
                                    related_name="activities", limit_choices_to={"stage": Stage.SIGNED})
    kind = models.CharField(_("kind"), max_length=16, choices=ActivityKind.choices)
    date = models.DateField(_("date"))
    travellers = models.TextField(_("travellers"), blank=True)
    gifts = models.TextField(_("gifts given and received"), blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("partnership activity")
        verbose_name_plural = _("partnership activities")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()}, {self.date}"
