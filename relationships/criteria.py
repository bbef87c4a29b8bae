"""The policy's criteria checked against one application: a pure function of
plain values (no database), so reviewers and tests see the same arithmetic.

Each criterion the policy sets gives one Check: met, not met or unknown, with
the numbers behind it ("population ratio 1.3").
"""

from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext as _

MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"


@dataclass(frozen=True)
class Terms:
    """What a policy asks (RelationshipPolicyPage's criteria as plain values)."""

    local_city: str
    local_population: int | None
    max_population_ratio: Decimal | None = None
    near_water: bool = False
    near_metropolis: bool = False
    diplomatic_relations: bool = False
    letter_of_interest: bool = True
    one_per_continent: bool = False
    max_new_per_period: int | None = None
    period_months: int = 12


@dataclass(frozen=True)
class Proposal:
    city: str
    continent: str
    population: int | None
    near_water: str  # an Answer code
    near_metropolis: str
    diplomatic_relations: str
    has_letter: bool


@dataclass(frozen=True)
class Partner:
    """A partnership the local city already has or is adopting."""

    city: str
    continent: str
    since: date | None


@dataclass(frozen=True)
class Check:
    code: str
    status: str
    label: str
    detail: str
    figures: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)


def population_ratio(a: int | None, b: int | None) -> Decimal | None:
    """The larger population over the smaller, to one decimal: 1.3."""
    if not a or not b:
        return None
    return (Decimal(max(a, b)) / Decimal(min(a, b))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _answer(code: str, label: str, answer: str) -> Check:
    status = {"yes": MET, "no": NOT_MET}.get(answer, UNKNOWN)
    detail = {MET: _("The applicant answers yes."), NOT_MET: _("The applicant answers no.")}.get(
        status, _("The applicant does not know."))
    return Check(code, status, label, detail)


def _months_before(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    return date(year, month + 1, min(day.day, 28))


def evaluate(terms: Terms, proposal: Proposal, partners: list[Partner], today: date) -> list[Check]:
    checks = []
    if terms.max_population_ratio is not None:
        ratio = population_ratio(terms.local_population, proposal.population)
        figures = {"ratio": str(ratio) if ratio is not None else None, "bound": str(terms.max_population_ratio),
                   "local": terms.local_population, "proposed": proposal.population}
        if ratio is None:
            detail = _("A population is missing: the ratio cannot be computed (the policy allows up to "
                       "%(bound)s).") % {"bound": terms.max_population_ratio}
            checks.append(Check("population", UNKNOWN, _("Similar size"), detail, figures))
        else:
            detail = _("Population ratio %(ratio)s (%(local_city)s %(local)s, %(city)s %(proposed)s); the policy "
                       "allows up to %(bound)s.") % {
                "ratio": ratio, "local_city": terms.local_city, "city": proposal.city,
                "local": number_format(terms.local_population, force_grouping=True),
                "proposed": number_format(proposal.population, force_grouping=True),
                "bound": terms.max_population_ratio}
            status = MET if ratio <= terms.max_population_ratio else NOT_MET
            checks.append(Check("population", status, _("Similar size"), detail, figures))
    if terms.near_water:
        checks.append(_answer("near_water", _("Near water"), proposal.near_water))
    if terms.near_metropolis:
        checks.append(_answer("near_metropolis", _("Near a large metropolis"), proposal.near_metropolis))
    if terms.diplomatic_relations:
        checks.append(_answer("diplomatic_relations", _("Diplomatic relations between the two countries"),
                              proposal.diplomatic_relations))
    if terms.letter_of_interest:
        if proposal.has_letter:
            checks.append(Check("desire", MET, _("The city wants the relationship"),
                                _("A letter of interest is attached.")))
        else:
            checks.append(Check("desire", UNKNOWN, _("The city wants the relationship"),
                                _("No letter of interest yet.")))
    if terms.one_per_continent:
        if not proposal.continent:
            checks.append(Check("continent", UNKNOWN, _("One partnership per continent"),
                                _("The country's continent is not known.")))
        else:
            same = sorted(p.city for p in partners if p.continent == proposal.continent)
            if same:
                detail = _("Already on this continent: %(cities)s.") % {"cities": ", ".join(same)}
                checks.append(Check("continent", NOT_MET, _("One partnership per continent"), detail,
                                    {"partners": same}))
            else:
                checks.append(Check("continent", MET, _("One partnership per continent"),
                                    _("No partnership on this continent yet.")))
    if terms.max_new_per_period:
        since = _months_before(today, terms.period_months)
        recent = sorted(p.city for p in partners if p.since and p.since >= since)
        figures = {"recent": len(recent), "limit": terms.max_new_per_period, "months": terms.period_months}
        detail = _("%(count)s new in the last %(months)s months (the policy allows %(limit)s).") % {
            "count": len(recent), "months": terms.period_months, "limit": terms.max_new_per_period}
        status = MET if len(recent) < terms.max_new_per_period else NOT_MET
        checks.append(Check("per_period", status, _("New partnerships per period"), detail, figures))
    return checks


def summary(checks: list[Check]) -> dict[str, int]:
    counts = {MET: 0, NOT_MET: 0, UNKNOWN: 0}
    for check in checks:
        counts[check.status] += 1
    return counts
