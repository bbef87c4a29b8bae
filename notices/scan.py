"""Reminders: the scan (beat, every few minutes; the send_meeting_notices
command) creates the reminders due by `now` for meetings not yet started."""

from collections import defaultdict
from datetime import datetime, timedelta

from django.utils import timezone
from wagtail.models import Site

from events.models import EventPage
from events.occurrences import snapshot
from events.zones import get_zone
from registrations.places import original_date

from . import selection
from .audience import GOING, NoticeRecipient, audience, with_registrants
from .issue import Batch, Notice, NoticeResult, issue
from .keys import NoticeKey
from .models import MeetingNotice, NoticeScan

SCAN_NAME = "reminders"


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
        # An event that is no meeting (a dinner) is reminded to its registrants only.
        recipients = audiences[page.committee_id] if selection.is_meeting(page) else []
        if page.takes_registrations:
            recipients = with_registrants(recipients, page.pk, original_date(occ), statuses=GOING)
        for batch in _due_reminders(occ, page, schedule, recipients, now, since):
            issue(batch, result)
    _advance(clock, now)
    return result


def _due_reminders(occ, page, schedule, recipients, now, since) -> list[Batch]:
    key = NoticeKey.of(occ)
    sent: dict[str, set[int]] = defaultdict(set)  # recipient -> days already reminded for this date
    day = selection.reminder_day(occ)
    for recipient, variant in MeetingNotice.objects.filter(occurrence_key=str(key), kind=Notice.REMINDER
                                                           ).values_list("recipient", "variant"):
        days, reminded_day = selection.read_reminder_variant(variant)
        if reminded_day == day and days is not None:
            sent[recipient].add(days)
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
