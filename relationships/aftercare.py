"""After the agreement: each year's report falls due on the anniversary of
the signature, and a partnership silent for the policy's months is flagged
to reaffirm or end. Finds what is due; relationships.notices tells the
committee chair (once per key: SentNotice), the worker's beat runs it daily."""

from dataclasses import dataclass
from datetime import date, timedelta

from .choices import ActivityKind, Stage
from .keys import NoticeKey
from .models import Application

ENDING = (ActivityKind.ENDED,)
# A report filed up to this long before its anniversary counts for that year.
REPORT_EARLY = timedelta(days=60)


@dataclass(frozen=True)
class Due:
    application_id: int
    key: NoticeKey


def _anniversary(signed: date, year: int) -> date:
    return signed.replace(year=year, day=min(signed.day, 28) if signed.month == 2 else signed.day)


def _months_after(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, min(day.day, 28))


def due(today: date) -> list[Due]:
    found = []
    partnerships = (Application.objects.filter(stage=Stage.SIGNED, agreement_signed_on__isnull=False)
                    .select_related("policy").prefetch_related("activities"))
    for application in partnerships:
        activities = list(application.activities.all())
        if any(activity.kind in ENDING for activity in activities):
            continue
        signed = application.agreement_signed_on
        anniversary = _anniversary(signed, today.year)
        if anniversary <= today and anniversary.year > signed.year:
            reported = any(activity.kind == ActivityKind.ANNUAL_REPORT
                           and activity.date >= anniversary - REPORT_EARLY for activity in activities)
            if not reported:
                found.append(Due(application.pk, NoticeKey.report_due(today.year)))
        last = max([signed, *(activity.date for activity in activities)])
        if _months_after(last, application.policy.inactivity_months) <= today:
            found.append(Due(application.pk, NoticeKey.inactive(last)))
    return found
