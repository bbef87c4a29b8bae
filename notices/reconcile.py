"""Changes and cancellations: after an editor publishes or unpublishes an
event, compare it as its followers last heard of it with the event as it is
now, and write the notices that calls for."""

from datetime import date, datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Revision

from events.models import EventPage
from events.occurrences import snapshot

from . import selection
from .audience import audience, with_registrants
from .issue import Batch, Notice, NoticeResult, drop_pending, issue
from .keys import SERIES, NoticeKey
from .models import NoticedVersion


def schedule_of(page: EventPage | None) -> dict | None:
    """A series' schedule, to be described in each reader's language."""
    if page is None or not page.rrule:
        return None
    return {"repeat": page.repeat, "start_date": page.start_date.isoformat(), "interval": page.repeat_interval or 1,
            "ordinal": page.repeat_ordinal}


def _original_date(key: NoticeKey) -> date | None:
    """The series date a key names; None for a one-off event or the whole series."""
    if not key.part or key.part == SERIES:
        return None
    return datetime.strptime(key.part, "%Y%m%d").date()


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
        meeting = selection.is_meeting(page) or (old is not None and selection.is_meeting(old))
        recipients = audience(page.committee_id) if changes and meeting else []
        for change in changes:
            if change.kind == "cancellation":
                result.dropped += drop_pending(change.key, whole_series=change.series)
            elif not change.series:
                result.dropped += drop_pending(change.key, keep_variant=f"d:{selection.reminder_day(change.new)}")
            details = {"old": snapshot(change.old), "new": snapshot(change.new), "fields": list(change.fields),
                       "series": change.series}
            if change.series and {"rrule", "start_date"} & set(change.fields):
                details["schedule"] = {"old": schedule_of(old), "new": schedule_of(new)}
            kind = Notice.CANCELLATION if change.kind == "cancellation" else Notice.CHANGE
            day = _original_date(change.key)
            told = with_registrants(recipients, page.pk, day, whole_series=change.series or day is None)
            issue(Batch(kind, change.key, variant, page, change.current, details, [(r, now) for r in told]), result)
    return result
