"""The order an application's dates must keep: applied, then the
Commission's meeting, then the Council's adoption, then the signature. A
step's form asks it for the errors of what a reviewer typed (shown in the
form, nothing typed lost); the step itself asks again before it records."""

from datetime import date

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _


def _day(value: date) -> str:
    return date_format(value, "DATE_FORMAT")


def applied_on(application) -> date | None:
    return timezone.localdate(application.submitted_at) if application.submitted_at else None


def meeting_on(application) -> date | None:
    decision = application.commission_decisions.filter(passed=True).order_by("-meeting_date").first()
    return decision.meeting_date if decision else None


def adopted_on(application) -> date | None:
    resolution = application.resolutions.order_by("-adopted_on").first()
    return resolution.adopted_on if resolution else None


def errors(application, *, meeting_date: date | None = None, adoption_date: date | None = None,
           signed_on: date | None = None) -> dict[str, str]:
    """{field name: message} for each given date that comes before what it follows."""
    found = {}
    applied = applied_on(application)
    if meeting_date and applied and meeting_date < applied:
        found["meeting_date"] = _("The meeting cannot be before the application: it was filed on %(date)s.") % {
            "date": _day(applied)}
    if adoption_date:
        meeting = meeting_on(application)
        if meeting and adoption_date < meeting:
            found["adopted_on"] = _("The Council cannot adopt it before the Commission's vote on %(date)s.") % {
                "date": _day(meeting)}
        elif applied and adoption_date < applied:
            found["adopted_on"] = _("The Council cannot adopt it before the application: it was filed on "
                                    "%(date)s.") % {"date": _day(applied)}
    if signed_on:
        adopted = adopted_on(application)
        if adopted and signed_on < adopted:
            found["agreement_signed_on"] = _("The agreement cannot be signed before the Council adopted it on "
                                             "%(date)s.") % {"date": _day(adopted)}
        elif applied and signed_on < applied:
            found["agreement_signed_on"] = _("The agreement cannot be signed before the application: it was "
                                             "filed on %(date)s.") % {"date": _day(applied)}
    return found


def check(application, **dates) -> None:
    """Raise ValidationError (by field) if a date comes too early: a step records nothing then."""
    if found := errors(application, **dates):
        raise ValidationError(found)
