"""Meeting notices as a kind of message of the newsletters pipeline
(newsletters/sending.py): how a chunk is prepared, how one message is built,
and whether a notice is still wanted as it leaves."""

from django.utils import timezone

from events.models import EventPage, EventStatus
from events.occurrences import Occurrence, snapshot
from newsletters import sending
from newsletters.messages import sender_of_page
from newsletters.models import Delivery

from . import selection
from .audience import still_follows
from .issue import KIND, Notice
from .keys import NoticeKey
from .models import MeetingNotice
from .render import notice_message

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
        occ = selection.current_occurrence(page, NoticeKey.parse(notice.occurrence_key), notice.occurrence_start)
        _CURRENT[key] = occ if occ is not None and occ.status == EventStatus.CONFIRMED else None
    return _CURRENT[key]


def _reminder_still_valid(notice: MeetingNotice) -> bool:
    """A reminder leaves only if its meeting is still on, that day, and live."""
    occ = _current_occurrence(notice)
    if occ is None:
        return False
    if selection.reminder_day(occ) != selection.read_reminder_variant(notice.variant)[1]:
        return False  # moved to another day: that day has reminders of its own
    fresh = snapshot(occ)
    if notice.details.get("occurrence") != fresh:
        # Same day, new time or place: remind with what holds now.
        notice.details = {**notice.details, "occurrence": fresh}
        MeetingNotice.objects.filter(pk=notice.pk).update(details=notice.details, occurrence_start=occ.start)
    return True


def _still_wanted(delivery: Delivery) -> bool:
    notice = MeetingNotice.objects.filter(delivery_id=delivery.pk).first()
    if notice is None or notice.dropped_at is not None or not still_follows(notice):
        return False
    if notice.kind == Notice.REMINDER and not _reminder_still_valid(notice):
        MeetingNotice.objects.filter(pk=notice.pk).update(dropped_at=timezone.now())
        return False
    return True


def _prepare(run) -> dict:
    # The meeting's own site: its organisation sends, its address is in every link.
    sender = sender_of_page(run.page)
    return {"sender": sender.address, "root": sender.root_url, "cache": {}}


def _build(delivery: Delivery, prepared: dict, connection):
    notice = (MeetingNotice.objects.select_related("page", "committee", "subscriber", "registration")
              .get(delivery_id=delivery.pk))
    return notice_message(notice, sender=prepared["sender"], root=prepared["root"],
                          message_id=f"notice.{delivery.run_id}.{delivery.pk}", connection=connection,
                          cache=prepared["cache"])


def register() -> None:
    sending.register_kind(KIND, sending.MessageKind(prepare=_prepare, build=_build, still_wanted=_still_wanted))
