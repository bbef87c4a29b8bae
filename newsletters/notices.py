"""Meeting notices: reminders before each meeting, and change and
cancellation notices when an editor publishes (or unpublishes) an event.

- scan(now=): the reminder scan (beat, every few minutes; the
  send_meeting_notices command). Creates the reminders due by `now`.
- reconcile(page_id, now=): after a publish or unpublish, compares the event
  as followers last heard of it with the event as it is now, and creates the
  change and cancellation notices that calls for.

Both only write MeetingNotice rows (unique per occurrence, recipient, kind
and variant) and a send run per batch; the send pipeline (sending.py, the
`mail` queue) sends them, with its rate limit, retries and suppression. The
selection itself (what is a meeting, when a reminder is due, what changed)
is events/notices.py.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.mime.text import MIMEText
from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.html import escape
from django.utils.translation import pgettext
from wagtail.models import Page, PageLogEntry, Revision, Site

from events import notices as selection
from events.ics import event_bytes, finish, new_calendar, status_prefix
from events.models import EventPage, EventStatus
from events.occurrences import Occurrence
from events.recurrence import describe
from events.zones import UTC, get_zone
from people.models import Committee, Person

from . import sending
from .messages import (
    PREFERENCES,
    UNSUBSCRIBE,
    _inliner,
    absolute,
    from_email,
    links_for,
    list_headers,
    mail_domain,
    person_links,
)
from .models import Delivery, Subscriber
from .notice_models import MeetingNotice, NoticedVersion, NoticeScan
from .text import html_to_text

logger = logging.getLogger(__name__)
KIND = "meeting_notice"
SCAN_NAME = "reminders"
Notice = MeetingNotice.Kind


# --- Who ----------------------------------------------------------------------
@dataclass(frozen=True)
class NoticeRecipient:
    email: str  # lower-cased
    language: str
    time_zone: str  # "" when the recipient has none (a Person): the event's zone
    subscriber_id: int | None = None
    person_id: int | None = None


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


# --- What a notice says about an occurrence -------------------------------------
def snapshot(occ: Occurrence | None) -> dict | None:
    if occ is None:
        return None
    return {
        "start": occ.start.isoformat(), "end": occ.end.isoformat(), "all_day": occ.all_day, "zone": occ.zone,
        "title": occ.title, "venue_name": occ.venue_name, "venue_address": occ.venue_address,
        "virtual_url": occ.virtual_url, "status": occ.status, "recurrence_id": occ.recurrence_id,
        "note": occ.note,
    }


def schedule_of(page: EventPage | None) -> dict | None:
    """A series' schedule, to be described in each reader's language."""
    if page is None or not page.rrule:
        return None
    return {"repeat": page.repeat, "start_date": page.start_date.isoformat(), "interval": page.repeat_interval or 1,
            "ordinal": page.repeat_ordinal}


@dataclass
class Batch:
    """Notices of one kind about one occurrence, one per recipient: one send run."""

    kind: str
    key: str
    variant: str
    page: EventPage
    occ: Occurrence
    details: dict
    recipients: list[tuple[NoticeRecipient, datetime]] = field(default_factory=list)


@dataclass
class NoticeResult:
    created: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    runs: list[int] = field(default_factory=list)
    dropped: int = 0
    skipped: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"created": dict(self.created), "runs": self.runs, "dropped": self.dropped, "skipped": self.skipped}

    def __str__(self) -> str:
        made = ", ".join(f"{n} {kind}" for kind, n in sorted(self.created.items())) or "no notices"
        return f"{made} in {len(self.runs)} run(s); {self.dropped} dropped"


def _issue(batch: Batch, result: NoticeResult) -> None:
    """Write a batch's notices and its send run in one transaction. A batch
    another process wrote first (the unique row) is skipped, not sent twice."""
    if not batch.recipients:
        return
    committee_id = batch.page.committee_id
    notices = [
        MeetingNotice(kind=batch.kind, occurrence_key=batch.key, variant=batch.variant, recipient=r.email,
                      subscriber_id=r.subscriber_id, person_id=r.person_id, page_id=batch.page.pk,
                      committee_id=committee_id, language=r.language, time_zone=r.time_zone or batch.occ.zone,
                      occurrence_start=batch.occ.start, due_at=due, details=batch.details)
        for r, due in batch.recipients
    ]
    try:
        with transaction.atomic():
            MeetingNotice.objects.bulk_create(notices)
            run, _ = sending.create_run(
                kind=KIND, key=f"{batch.kind}:{uuid.uuid4().hex}", page=batch.page,
                variants={"notice": batch.kind, "occurrence": batch.key, "variant": batch.variant},
                recipients=[sending.Recipient(r.subscriber_id, r.email, r.language) for r, _ in batch.recipients])
            by_email = dict(Delivery.objects.filter(run=run).values_list("email", "pk"))
            if any(n.pk is None for n in notices):
                notices = list(MeetingNotice.objects.filter(kind=batch.kind, occurrence_key=batch.key,
                                                            variant=batch.variant, recipient__in=list(by_email)))
            for notice in notices:
                notice.delivery_id = by_email.get(notice.recipient)
            MeetingNotice.objects.bulk_update(notices, ["delivery"], batch_size=1000)
    except IntegrityError:
        logger.info("notices %s %s %s already written elsewhere", batch.kind, batch.key, batch.variant)
        result.skipped.append(f"{batch.kind} {batch.key} {batch.variant}")
        return
    result.created[batch.kind] += len(notices)
    result.runs.append(run.pk)


def drop_pending(key: str, *, keep_variant: str | None = None, kinds=(Notice.REMINDER,),
                 whole_series: bool = False) -> int:
    """Stop notices of an occurrence (or of every occurrence of the series)
    that have not left yet: reminders of a cancelled or moved meeting. Their
    deliveries are cancelled."""
    which = Q(occurrence_key__startswith=key.rpartition("/")[0] + "/") if whole_series else Q(occurrence_key=key)
    pending = MeetingNotice.objects.filter(which, kind__in=kinds, dropped_at__isnull=True,
                                           delivery__status=Delivery.Status.PENDING)
    if keep_variant is not None:
        pending = pending.exclude(variant__endswith=keep_variant)
    ids = list(pending.values_list("pk", "delivery_id"))
    if not ids:
        return 0
    MeetingNotice.objects.filter(pk__in=[pk for pk, _ in ids]).update(dropped_at=timezone.now())
    Delivery.objects.filter(pk__in=[d for _, d in ids], status=Delivery.Status.PENDING).update(
        status=Delivery.Status.CANCELLED)
    return len(ids)


# --- Reminders: the scan ---------------------------------------------------------
class Schedules:
    """Reminder schedules by site and event, looked up once per scan."""

    def __init__(self):
        self.sites: dict[int | None, selection.ReminderSchedule] = {}

    def for_page(self, page: EventPage) -> selection.ReminderSchedule:
        site = page.get_site()
        site_id = site.pk if site else None
        if site_id not in self.sites:
            self.sites[site_id] = selection.site_schedule(site or Site.objects.filter(is_default_site=True).first())
        return selection.schedule_for(page, self.sites[site_id])


def scan(*, now: datetime | None = None) -> NoticeResult:
    """Create every reminder due by `now` (and not sent yet) for meetings
    that have not started. Of several reminders of one meeting missed while
    the worker was down, only the latest goes out."""
    now = now or timezone.now()
    result = NoticeResult()
    clock = NoticeScan.objects.filter(name=SCAN_NAME).first()
    since = clock.last_scan_at if clock else None
    schedules = Schedules()
    audiences: dict[int | None, list[NoticeRecipient]] = {}
    for occ in selection.upcoming_meetings(now, now + timedelta(days=61)):
        page = occ.page
        schedule = schedules.for_page(page)
        if not schedule.days or occ.start - schedule.reach > now:
            continue
        if page.committee_id not in audiences:
            audiences[page.committee_id] = audience(page.committee_id)
        key = selection.notice_key(occ)
        batches = _due_reminders(occ, key, page, schedule, audiences[page.committee_id], now, since)
        for batch in batches:
            _issue(batch, result)
    _advance(clock, now)
    return result


def _due_reminders(occ, key, page, schedule, recipients, now, since) -> list[Batch]:
    sent: dict[str, set[int]] = defaultdict(set)  # recipient -> days already reminded for this date
    date_suffix = selection.reminder_variant(0, occ).partition(":")[2]
    for recipient, variant in MeetingNotice.objects.filter(occurrence_key=key, kind=Notice.REMINDER).values_list(
            "recipient", "variant"):
        days, _, day = variant.partition("d:")
        if day == date_suffix and days.isdigit():
            sent[recipient].add(int(days))
    event_zone = selection.zone_of(occ.zone)
    batches: dict[int, Batch] = {}
    due_cache: dict[str, list[tuple[datetime, int]]] = {}
    for recipient in recipients:
        zone_name = recipient.time_zone or occ.zone
        if zone_name not in due_cache:
            zone = get_zone(zone_name) or event_zone
            due_cache[zone_name] = [(selection.reminder_due(occ.start, d, zone, schedule.at), d)
                                    for d in schedule.days]
        eligible = [(due, d) for due, d in due_cache[zone_name]
                    if due <= now < occ.start and (since is None or due > since)]
        if not eligible:
            continue
        due, days = max(eligible)
        if any(done <= days for done in sent.get(recipient.email, ())):
            continue  # this or a later reminder already went out
        if days not in batches:
            batches[days] = Batch(Notice.REMINDER, key, selection.reminder_variant(days, occ), page, occ,
                                  {"occurrence": snapshot(occ), "days": days})
        batches[days].recipients.append((recipient, due))
    return list(batches.values())


def _advance(clock: NoticeScan | None, now: datetime) -> None:
    if clock is None:
        NoticeScan.objects.get_or_create(name=SCAN_NAME, defaults={"last_scan_at": now})
    NoticeScan.objects.filter(name=SCAN_NAME, last_scan_at__lt=now).update(last_scan_at=now)


# --- Changes and cancellations: after a publish or unpublish ----------------------
def _previous_published(page: Page) -> int | None:
    """Before notices kept their own record (NoticedVersion): the revision
    published before the current state, from Wagtail's log."""
    entries = list(PageLogEntry.objects.filter(page_id=page.pk, action__in=["wagtail.publish", "wagtail.unpublish"])
                   .order_by("-timestamp", "-pk").values_list("action", "revision_id")[:20])
    if page.live:
        for index, (action, revision_id) in enumerate(entries):
            if action == "wagtail.publish" and revision_id == page.live_revision_id:
                entries = entries[index + 1:]
                break
    elif entries and entries[0][0] == "wagtail.unpublish":
        entries = entries[1:]
    if entries and entries[0][0] == "wagtail.publish":
        return entries[0][1]
    return None


def reconcile(page_id: int, *, now: datetime | None = None) -> NoticeResult:
    """Compare an event as its followers last heard of it with the event as
    it is published now, write the notices that calls for, and remember the
    version. Running it again (a replayed signal) finds nothing new."""
    now = now or timezone.now()
    result = NoticeResult()
    page = EventPage.objects.filter(pk=page_id).first()
    if page is None:
        return result
    default_locale = selection.default_locale_id()
    if default_locale is not None and page.locale_id != default_locale:
        return result  # translations share the schedule: the source page speaks for them
    try:
        with transaction.atomic():
            NoticedVersion.objects.get_or_create(page_id=page.pk,
                                                 defaults={"revision_id": _previous_published(page)})
    except IntegrityError:
        pass  # another task wrote it first
    with transaction.atomic():
        # One comparison per event at a time; what is live is read under the lock.
        state = NoticedVersion.objects.select_for_update().get(page_id=page.pk)
        page = EventPage.objects.select_related("committee").get(pk=page.pk)
        current = page.live_revision_id if page.live else None
        if state.revision_id == current:
            return result
        old_revision = Revision.objects.filter(pk=state.revision_id).first() if state.revision_id else None
        old = old_revision.as_object() if old_revision else None
        new = page if page.live else None
        variant = f"{state.revision_id or 0}>{current or 'off'}"
        state.revision_id = current
        state.save(update_fields=["revision", "updated_at"])
        # In the same transaction as the version moving on: a worker that dies
        # here leaves the old version in place, and the retry tells everyone.
        changes = selection.compare(old, new, now=now)
        recipients = audience(page.committee_id) if changes else []
        for change in changes:
            if change.kind == "cancellation":
                result.dropped += drop_pending(change.key, whole_series=change.series)
            elif not change.series:
                result.dropped += drop_pending(change.key, keep_variant=f"d:{change.new.start:%Y-%m-%d}")
            details = {"old": snapshot(change.old), "new": snapshot(change.new), "fields": list(change.fields),
                       "series": change.series}
            if change.series and {"rrule", "start_date"} & set(change.fields):
                details["schedule"] = {"old": schedule_of(old), "new": schedule_of(new)}
            kind = Notice.CANCELLATION if change.kind == "cancellation" else Notice.CHANGE
            _issue(Batch(kind, change.key, variant, page, change.current, details, [(r, now) for r in recipients]),
                   result)
    return result


# --- Sending: the kind of message for sending.py ----------------------------------
def _still_follows(notice: MeetingNotice) -> bool:
    if notice.subscriber_id:
        return following_subscribers(notice.committee_id).filter(pk=notice.subscriber_id).exists()
    if notice.person_id:
        return sitting_people(notice.committee_id).filter(pk=notice.person_id).exists()
    return False


_CURRENT: dict[tuple, Occurrence | None] = {}


def _current_occurrence(notice: MeetingNotice) -> Occurrence | None:
    """The occurrence as it is now, live and confirmed, or None. Kept per
    process by the page's published state (every publish raises SEQUENCE), so
    the recipients of one reminder cost one small query each, not an
    expansion of the series each."""
    state = EventPage.objects.filter(pk=notice.page_id).values_list("sequence", "live", "status").first()
    if state is None or not state[1] or state[2] != EventStatus.CONFIRMED:
        return None
    key = (notice.page_id, *state, notice.occurrence_key, notice.occurrence_start)
    if key not in _CURRENT:
        if len(_CURRENT) > 500:
            _CURRENT.clear()
        page = EventPage.objects.get(pk=notice.page_id)
        occ = selection.current_occurrence(page, notice.occurrence_key, notice.occurrence_start)
        _CURRENT[key] = occ if occ is not None and occ.status == EventStatus.CONFIRMED else None
    return _CURRENT[key]


def _reminder_still_valid(notice: MeetingNotice) -> bool:
    """A reminder leaves only if its meeting is still on, that day, and live."""
    occ = _current_occurrence(notice)
    if occ is None:
        return False
    if selection.reminder_variant(0, occ).partition(":")[2] != notice.variant.partition("d:")[2]:
        return False  # moved to another day: that day has reminders of its own
    fresh = snapshot(occ)
    if notice.details.get("occurrence") != fresh:
        # Same day, new time or place: remind with what holds now.
        notice.details = {**notice.details, "occurrence": fresh}
        MeetingNotice.objects.filter(pk=notice.pk).update(details=notice.details, occurrence_start=occ.start)
    return True


def _still_wanted(delivery: Delivery) -> bool:
    notice = MeetingNotice.objects.filter(delivery_id=delivery.pk).first()
    if notice is None or notice.dropped_at is not None or not _still_follows(notice):
        return False
    if notice.kind == Notice.REMINDER and not _reminder_still_valid(notice):
        MeetingNotice.objects.filter(pk=notice.pk).update(dropped_at=timezone.now())
        return False
    return True


def _prepare(run) -> dict:
    return {"sender": from_email(), "cache": {}}


def _build(delivery: Delivery, prepared: dict, connection):
    notice = (MeetingNotice.objects.select_related("page", "committee", "subscriber")
              .get(delivery_id=delivery.pk))
    return notice_message(notice, sender=prepared["sender"], message_id=f"notice.{delivery.run_id}.{delivery.pk}",
                          connection=connection, cache=prepared["cache"])


sending.register_kind(KIND, sending.MessageKind(prepare=_prepare, build=_build, still_wanted=_still_wanted))


# --- Rendering -------------------------------------------------------------------
def _parse(value: str) -> datetime:
    return datetime.fromisoformat(value)


def format_span(info: dict, zone_name: str) -> str:
    """"Wednesday, November 13, 2024, 6:00 p.m. – 7:45 p.m. (America/Los Angeles)" in the
    active language, in `zone_name`."""
    zone = get_zone(zone_name) or get_zone(info["zone"]) or UTC
    start, end = _parse(info["start"]).astimezone(zone), _parse(info["end"]).astimezone(zone)
    if info.get("all_day"):
        return pgettext("meeting notice", "%(weekday)s, %(date)s (all day)") % {
            "weekday": formats.date_format(start, "l"), "date": formats.date_format(start, "DATE_FORMAT")}
    end_text = formats.time_format(end, "TIME_FORMAT")
    if end.date() != start.date():
        end_text = formats.date_format(end, "DATE_FORMAT") + " " + end_text
    return pgettext("meeting notice", "%(weekday)s, %(date)s, %(start)s – %(end)s (%(zone)s)") % {
        "weekday": formats.date_format(start, "l"), "date": formats.date_format(start, "DATE_FORMAT"),
        "start": formats.time_format(start, "TIME_FORMAT"), "end": end_text,
        "zone": str(zone.key).replace("_", " ") if hasattr(zone, "key") else "UTC"}


def when(info: dict, recipient_zone: str) -> dict:
    """The time in the recipient's zone, and in the event's own zone when
    that is another one."""
    own = format_span(info, recipient_zone)
    event = format_span(info, info["zone"]) if recipient_zone != info["zone"] and not info.get("all_day") else ""
    return {"local": own, "event": event if event != own else ""}


def _title(page: EventPage, language: str) -> str:
    from wagtail.models import Locale

    if page is None:
        return ""
    locale = Locale.objects.filter(language_code=language).first()
    translated = page.get_translation_or_none(locale) if locale and locale.pk != page.locale_id else None
    return translated.title if translated is not None and translated.live else page.title


def _field_label(name: str) -> str:
    labels = {
        "start": pgettext("meeting notice", "When"),
        "end": pgettext("meeting notice", "When"),
        "venue_name": pgettext("meeting notice", "Venue"),
        "venue_address": pgettext("meeting notice", "Address"),
        "virtual_url": pgettext("meeting notice", "Virtual meeting link"),
        "status": pgettext("meeting notice", "Status"),
    }
    return labels[name]


def _status_label(status: str) -> str:
    return str(EventStatus(status).label) if status in EventStatus.values else status


def format_times(info: dict, zone_name: str) -> str:
    """"6:00 p.m. – 7:45 p.m. (America/Los Angeles)": a series' time of day."""
    zone = get_zone(zone_name) or get_zone(info["zone"]) or UTC
    start, end = _parse(info["start"]).astimezone(zone), _parse(info["end"]).astimezone(zone)
    if info.get("all_day"):
        return pgettext("meeting notice", "all day")
    return pgettext("meeting notice", "%(start)s – %(end)s (%(zone)s)") % {
        "start": formats.time_format(start, "TIME_FORMAT"), "end": formats.time_format(end, "TIME_FORMAT"),
        "zone": str(zone.key).replace("_", " ") if hasattr(zone, "key") else "UTC"}


def _schedule_text(schedule: dict | None) -> str:
    if not schedule:
        return pgettext("meeting notice", "Does not repeat")
    return describe(schedule["repeat"], date.fromisoformat(schedule["start_date"]), interval=schedule["interval"],
                    ordinal=schedule["ordinal"])


# A series' own fields, as the rows of its change notice.
SERIES_ROWS = {"start_time": "start", "end_time": "start", "end_date": "start", "time_zone": "start",
               "rrule": "schedule", "start_date": "schedule"}


def _series_changes(details: dict, zone_name: str) -> list[dict]:
    old, new = details["old"], details["new"]
    rows, seen = [], set()
    for name in details.get("fields", []):
        row = SERIES_ROWS.get(name, name)
        if row in seen:
            continue
        seen.add(row)
        if row == "schedule":
            schedule = details.get("schedule") or {}
            rows.append({"label": pgettext("meeting notice", "Schedule"),
                         "old": _schedule_text(schedule.get("old")), "new": _schedule_text(schedule.get("new"))})
        elif row == "start":
            rows.append({"label": _field_label("start"), "old": format_times(old, zone_name),
                         "new": format_times(new, zone_name)})
        elif row == "status":
            rows.append({"label": _field_label(row), "old": _status_label(old["status"]),
                         "new": _status_label(new["status"])})
        else:
            rows.append({"label": _field_label(row), "old": old.get(row) or "–", "new": new.get(row) or "–"})
    return rows


def _changes(details: dict, zone_name: str) -> list[dict]:
    if details.get("series"):
        return _series_changes(details, zone_name)
    old, new = details["old"], details["new"]
    rows, seen = [], set()
    for name in details.get("fields", []):
        label = _field_label(name)
        if label in seen:
            continue
        seen.add(label)
        if name in ("start", "end"):
            rows.append({"label": label, "old": format_span(old, zone_name), "new": format_span(new, zone_name)})
        elif name == "status":
            rows.append({"label": label, "old": _status_label(old["status"]), "new": _status_label(new["status"])})
        else:
            rows.append({"label": label, "old": old.get(name) or "–", "new": new.get(name) or "–"})
    return rows


def _subject(kind: str, title: str, when_text: str, from_date: str = "") -> str:
    if kind == Notice.CHANGE and from_date:
        return pgettext("meeting notice", "Changed from %(date)s: %(title)s") % {"title": title, "date": from_date}
    if kind == Notice.REMINDER:
        return pgettext("meeting notice", "Reminder: %(title)s, %(when)s") % {"title": title, "when": when_text}
    if kind == Notice.CHANGE:
        return pgettext("meeting notice", "Changed: %(title)s, %(when)s") % {"title": title, "when": when_text}
    return pgettext("meeting notice", "Cancelled: %(title)s, %(when)s") % {"title": title, "when": when_text}


def _from_date(info: dict, zone_name: str) -> str:
    """The day a series change first holds, in the reader's zone."""
    start = _parse(info["start"]).astimezone(get_zone(zone_name) or get_zone(info["zone"]) or UTC)
    return formats.date_format(start, "l") + ", " + formats.date_format(start, "DATE_FORMAT")


def _page_url(page: EventPage) -> str:
    if page is None or not page.live:
        return ""
    url = page.get_url()
    return absolute(url) if url else ""


def notice_ics(notice: MeetingNotice, url: str, sender: str) -> tuple[bytes, str]:
    """The attachment: the event as the site's feed has it (PUBLISH), or a
    CANCEL of the occurrence (or the whole series), same UID, higher SEQUENCE."""
    page = notice.page
    if notice.kind != Notice.CANCELLATION and page is not None and page.live:
        return event_bytes(page, url), "PUBLISH"
    info = notice.details.get("old") or notice.details.get("occurrence")
    from icalendar import Event

    cal = new_calendar(info["title"])
    cal.pop("METHOD")
    cal.add("METHOD", "CANCEL")
    event = Event()
    uid, _, _ = notice.occurrence_key.partition("/")
    event.add("UID", uid)
    event.add("DTSTAMP", timezone.now().astimezone(UTC))
    # Unpublishing does not raise the page's SEQUENCE: a cancel must be newer.
    sequence = (page.sequence if page is not None else 0) + (0 if page is not None and page.live else 1)
    event.add("SEQUENCE", sequence)
    event.add("ORGANIZER", f"mailto:{parseaddr(sender)[1]}")
    event.add("SUMMARY", status_prefix(EventStatus.CANCELLED) + info["title"])
    event.add("STATUS", "CANCELLED")
    zone = get_zone(info["zone"]) or UTC
    start, end = _parse(info["start"]).astimezone(zone), _parse(info["end"]).astimezone(zone)
    if info["all_day"]:
        event.add("DTSTART", start.date())
        event.add("DTEND", end.date())
    else:
        event.add("DTSTART", start)
        event.add("DTEND", end)
    rid = info.get("recurrence_id")
    if rid and not notice.details.get("series"):
        if len(rid) == 8:
            event.add("RECURRENCE-ID", datetime.strptime(rid, "%Y%m%d").date())
        else:
            event.add("RECURRENCE-ID", datetime.strptime(rid, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).astimezone(zone))
    location = ", ".join(p for p in (info.get("venue_name"), info.get("venue_address")) if p)
    if location:
        event.add("LOCATION", location)
    cal.add_component(event)
    return finish(cal, set() if info["all_day"] else {info["zone"]}), "CANCEL"


def _reason(notice: MeetingNotice) -> str:
    committee = notice.committee.name if notice.committee else ""
    if notice.person_id and committee:
        return pgettext("meeting notice", "You receive this because you sit on the %(committee)s or the board."
                        ) % {"committee": committee}
    if notice.person_id:
        return pgettext("meeting notice", "You receive this because you sit on the board.")
    if committee:
        return pgettext("meeting notice", "You receive this because you follow the meetings of the %(committee)s."
                        ) % {"committee": committee}
    return pgettext("meeting notice", "You receive this because you follow the association's meetings.")


@dataclass(frozen=True)
class RenderedNotice:
    """A notice as rendered for one language and zone, with stand-ins for
    the recipient's own links (recipients of one run share all the rest)."""

    subject: str
    html: str
    text: str


def render_notice(notice: MeetingNotice) -> RenderedNotice:
    page = notice.page
    info = (notice.details.get("new") or notice.details.get("old")) if notice.kind != Notice.REMINDER \
        else notice.details["occurrence"]
    subscriber = bool(notice.subscriber_id)
    with translation.override(notice.language), timezone.override(get_zone(notice.time_zone) or UTC):
        title = _title(page, notice.language) or info["title"]
        times = when(info, notice.time_zone)
        series_change = notice.kind == Notice.CHANGE and notice.details.get("series")
        from_date = _from_date(info, notice.time_zone) if series_change else ""
        context = {
            "notice": notice, "title": title, "when": times, "info": info, "url": _page_url(page),
            "committee": notice.committee.name if notice.committee else "",
            "days": notice.details.get("days"),
            "changes": _changes(notice.details, notice.time_zone) if notice.kind == Notice.CHANGE else [],
            "series": notice.details.get("series", False), "from_date": from_date,
            "reason": _reason(notice), "site_name": settings.WAGTAIL_SITE_NAME,
            "unsubscribe_url": UNSUBSCRIBE if subscriber or notice.person_id else "",
            "preferences_url": PREFERENCES if subscriber else "",
        }
        subject = _subject(notice.kind, title, times["local"], from_date)
        html = render_to_string(f"newsletters/email/notice_{notice.kind}.html", context)
    return RenderedNotice(subject, _inliner.inline(html), html_to_text(html))


def _render_key(notice: MeetingNotice) -> tuple:
    return (notice.kind, notice.language, notice.time_zone, bool(notice.subscriber_id), notice.person_id is None,
            json.dumps(notice.details, sort_keys=True))


def notice_message(notice: MeetingNotice, *, sender: str, message_id: str, connection=None,
                   cache: dict | None = None) -> EmailMultiAlternatives:
    """One notice as an email in the recipient's language and zone, with the
    .ics attachment and the list headers of newsletters. `cache` (one per
    chunk) keeps what recipients of a run share: rendered once, not 50 times."""
    cache = {} if cache is None else cache
    key = _render_key(notice)
    if key not in cache:
        cache[key] = render_notice(notice)
    rendered = cache[key]
    ics_key = ("ics", notice.kind, notice.page.sequence if notice.page else None, key[-1])
    if ics_key not in cache:
        cache[ics_key] = notice_ics(notice, _page_url(notice.page), sender)
    ics, method = cache[ics_key]
    html, text = rendered.html, rendered.text
    headers = {"Auto-Submitted": "auto-generated", "Content-Language": notice.language}
    if notice.subscriber_id and notice.subscriber is not None:
        links = links_for(notice.subscriber)
        html = html.replace(UNSUBSCRIBE, escape(links.unsubscribe)).replace(PREFERENCES, escape(links.preferences))
        text = text.replace(UNSUBSCRIBE, links.unsubscribe).replace(PREFERENCES, links.preferences)
        headers.update(list_headers(links, sender))
    elif notice.person_id:
        links = person_links(notice.person_id, notice.recipient)
        html = html.replace(UNSUBSCRIBE, escape(links.unsubscribe))
        text = text.replace(UNSUBSCRIBE, links.unsubscribe)
        headers.update(list_headers(links, sender))
    headers["Message-ID"] = f"<{message_id}@{mail_domain(sender)}>"
    message = EmailMultiAlternatives(rendered.subject, text, sender, [notice.recipient], headers=headers,
                                     connection=connection)
    message.attach_alternative(html, "text/html")
    part = MIMEText(ics.decode("utf-8"), "calendar", "utf-8")
    part.set_param("method", method)
    part.add_header("Content-Disposition", "attachment", filename="meeting.ics")
    message.attach(part)
    return message
