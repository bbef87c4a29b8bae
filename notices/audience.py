"""Who gets a meeting's notices: subscribers who follow its committee (or
every meeting), the people who sit on it or on the board, and the readers
registered for that date or for the whole series."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q

from events.zones import get_zone
from newsletters import sending
from newsletters.models import Subscriber
from people.models import Committee, Person
from registrations.models import Registration


@dataclass(frozen=True)
class NoticeRecipient:
    email: str  # lower-cased
    language: str
    time_zone: str  # "" when the recipient has none (a Person): the event's zone
    subscriber_id: int | None = None
    person_id: int | None = None
    registration_id: int | None = None


def _language(code: str) -> str:
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def following_subscribers(committee_id: int | None):
    """Confirmed, unsuppressed subscribers following all meetings or this
    committee's."""
    follows = Q(follows_all_meetings=True)
    if committee_id:
        follows |= Q(committees=committee_id)
    return sending.unsuppressed(Subscriber.objects.filter(follows)).distinct()


def sitting_people(committee_id: int | None):
    """People with an address who sit on this committee (members and chair)
    or on the board, and have not opted out of meeting notices."""
    sits = Q(committees__kind=Committee.Kind.BOARD) | Q(chaired_committees__kind=Committee.Kind.BOARD)
    if committee_id:
        sits |= Q(committees=committee_id) | Q(chaired_committees=committee_id)
    return Person.objects.filter(sits, notices_opted_out_at__isnull=True).exclude(email="").distinct()


def audience(committee_id: int | None) -> list[NoticeRecipient]:
    """Everyone a meeting's notices go to, once per address (a subscriber's
    own language and zone win over a Person row with the same address)."""
    found: dict[str, NoticeRecipient] = {}
    rows = following_subscribers(committee_id).order_by("pk").values_list("pk", "email", "language", "time_zone")
    for pk, email, language, zone in rows:
        email = email.strip().lower()
        found.setdefault(email, NoticeRecipient(email, _language(language), zone if get_zone(zone) else "",
                                                subscriber_id=pk))
    people = list(sitting_people(committee_id).order_by("pk").values_list("pk", "email"))
    suppressed = sending.suppressed_among(email for _, email in people)
    for pk, email in people:
        email = email.strip().lower()
        if email not in suppressed:
            found.setdefault(email, NoticeRecipient(email, settings.LANGUAGE_CODE, "", person_id=pk))
    return list(found.values())


# Registrants told of a change or cancellation: those holding a place, and
# those waiting for one. Reminders go to those holding a place only.
REGISTERED = (Registration.Status.GOING, Registration.Status.WAITING)
GOING = (Registration.Status.GOING,)


def registrants(page_id: int, original_date=None, *, whole_series: bool = False, statuses=REGISTERED):
    """Registrations that answered for the event's date `original_date` (the
    date it had in the series) or for the whole series; every one of the
    event's with `whole_series` (a change to the series)."""
    rows = Registration.objects.filter(event_id=page_id, status__in=statuses)
    if not whole_series:
        rows = rows.filter(Q(occurrence_date__isnull=True) | Q(occurrence_date=original_date))
    return rows


def with_registrants(recipients: list[NoticeRecipient], page_id: int, original_date=None, *,
                     whole_series: bool = False, statuses=REGISTERED) -> list[NoticeRecipient]:
    """`recipients` and the registrants of a date, once per address (a
    follower's subscription, language and zone win)."""
    found = {r.email: r for r in recipients}
    rows = registrants(page_id, original_date, whole_series=whole_series, statuses=statuses).order_by(
        "pk").values_list("pk", "email", "language")
    for pk, email, language in rows:
        found.setdefault(email.strip().lower(), NoticeRecipient(email.strip().lower(), _language(language), "",
                                                                registration_id=pk))
    return list(found.values())


def still_follows(notice) -> bool:
    """Whether a notice's recipient still follows its meeting, as it leaves."""
    if notice.subscriber_id:
        return following_subscribers(notice.committee_id).filter(pk=notice.subscriber_id).exists()
    if notice.person_id:
        return sitting_people(notice.committee_id).filter(pk=notice.person_id).exists()
    if notice.registration_id:
        statuses = GOING if notice.kind == "reminder" else REGISTERED
        return Registration.objects.filter(pk=notice.registration_id, status__in=statuses).exists()
    return False
