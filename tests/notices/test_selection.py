"""Meeting-notice selection: reminder times, what counts as a change, and
which occurrences are meetings (notices/selection.py; no mail, no Celery)."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError

from events.models import EventException, EventStatus
from events.occurrences import page_occurrences
from events.reminders import parse_reminder_days
from notices import selection
from notices.keys import NoticeKey
from tests.events.conftest import make_event

LA = ZoneInfo("America/Los_Angeles")
KYIV = ZoneInfo("Europe/Kyiv")


def test_reminder_days_parse_and_reject_bad_input():
    assert parse_reminder_days("6, 1") == (6, 1)
    assert parse_reminder_days("1;6;6") == (6, 1)
    assert parse_reminder_days("-") == ()
    assert parse_reminder_days("0") == (0,)
    for bad in ("six", "-1", "1.5", "90"):
        with pytest.raises(ValidationError):
            parse_reminder_days(bad)


def test_reminders_stay_at_eight_local_across_daylight_saving():
    # 12 March 2025, 6 pm in Sonoma: clocks sprang forward on 9 March.
    start = datetime(2025, 3, 12, 18, tzinfo=LA)
    six_days = selection.reminder_due(start, 6, LA, time(8))
    one_day = selection.reminder_due(start, 1, LA, time(8))
    assert six_days.astimezone(UTC) == datetime(2025, 3, 6, 16, tzinfo=UTC)  # 08:00 PST
    assert one_day.astimezone(UTC) == datetime(2025, 3, 11, 15, tzinfo=UTC)  # 08:00 PDT
    # Someone in Kyiv: the meeting is at 03:00 on the 13th there, so "a day
    # before" is the 12th at 08:00 Kyiv time.
    assert selection.reminder_due(start, 1, KYIV, time(8)) == datetime(2025, 3, 12, 8, tzinfo=KYIV)


def test_meetings_are_committee_or_board_events(index, kaniv_committee):
    assert selection.is_meeting(make_event(index, title="Kaniv", committee=kaniv_committee, category="cultural"))
    assert selection.is_meeting(make_event(index, title="Board", category="board_meeting"))
    assert not selection.is_meeting(make_event(index, title="Gala", category="fundraiser"))


def test_notice_key_is_the_date_in_the_series_and_survives_a_new_time_of_day(kaniv_meeting):
    window = (datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 2, 1, tzinfo=UTC))
    before = page_occurrences(kaniv_meeting, *window)[0]
    kaniv_meeting.start_time = time(19)
    kaniv_meeting.save()
    after = page_occurrences(kaniv_meeting, *window)[0]
    assert before.key != after.key  # the recurrence id follows the time of day
    assert NoticeKey.of(before) == NoticeKey.of(after) == NoticeKey(kaniv_meeting.uid, "20250108")


def revise(page, **changes):
    """A new version of `page` (as a revision object would be), unsaved."""
    copy = page.with_content_json(page.serializable_data())
    for name, value in changes.items():
        setattr(copy, name, value)
    if "start_time" in changes or "repeat" in changes:
        copy.rrule = page.rrule if "repeat" not in changes else copy.rrule
    return copy


NOW = datetime(2025, 1, 2, 12, tzinfo=UTC)


def test_a_body_or_title_edit_is_not_a_change(kaniv_meeting):
    edited = revise(kaniv_meeting, title="Sonoma–Kaniv Committee meeting", summary="Typo fixed")
    assert selection.compare(kaniv_meeting, edited, now=NOW) == []


def test_a_new_place_or_link_for_the_series_is_one_change_from_the_next_meeting(kaniv_meeting):
    moved = revise(kaniv_meeting, venue_name="Sonoma Community Center", virtual_url="https://meet.example.org/k")
    changes = selection.compare(kaniv_meeting, moved, now=NOW)
    assert len(changes) == 1
    (change,) = changes
    assert (change.kind, change.key, change.series) == ("change", NoticeKey.series(kaniv_meeting.uid), True)
    assert change.fields == ("venue_name", "virtual_url")
    assert change.old.start == change.new.start == datetime(2025, 1, 8, 18, tzinfo=LA)  # the next meeting
    assert change.new.venue_name == "Sonoma Community Center"


def test_a_new_time_for_the_series_is_one_change_and_a_date_moved_with_it_is_another(kaniv_meeting):
    later = revise(kaniv_meeting, start_time=time(19), end_time=time(20, 45))
    later.exceptions.add(EventException(original_date=date(2025, 6, 11), action="moved",
                                        new_start_date=date(2025, 6, 12)))
    changes = selection.compare(kaniv_meeting, later, now=NOW)
    assert [(c.kind, c.key.part, c.series) for c in changes] == [
        ("change", "series", True), ("change", "20250611", False)]
    series, moved = changes
    assert series.fields == ("start_time", "end_time")
    assert (series.old.start, series.new.start) == (datetime(2025, 1, 8, 18, tzinfo=LA),
                                                    datetime(2025, 1, 8, 19, tzinfo=LA))
    assert moved.new.start == datetime(2025, 6, 12, 19, tzinfo=LA)


def test_changes_far_ahead_are_noticed_and_nothing_is_expanded_forever(index, kaniv_committee, kaniv_meeting):
    # 120 days ahead: well past any reminder offset, still a meeting followers go to.
    day = date(2025, 5, 14)
    assert (datetime.combine(day, time(18), tzinfo=LA) - NOW).days >= 120
    moved = revise(kaniv_meeting)
    moved.exceptions.add(EventException(original_date=day, action="moved", new_start_time=time(17)))
    assert [(c.kind, c.key.part) for c in selection.compare(kaniv_meeting, moved, now=NOW)] == [
        ("change", "20250514")]
    cancelled = revise(kaniv_meeting)
    cancelled.exceptions.add(EventException(original_date=date(2027, 3, 10), action="cancelled"))
    assert [(c.kind, c.key.part) for c in selection.compare(kaniv_meeting, cancelled, now=NOW)] == [
        ("cancellation", "20270310")]
    one_off = make_event(index, title="Kaniv annual meeting", committee=kaniv_committee, start_date=day)
    assert [(c.kind, c.fields) for c in selection.compare(one_off, revise(one_off, start_time=time(17)), now=NOW)] \
        == [("change", ("start",))]
    assert [c.kind for c in selection.compare(one_off, None, now=NOW)] == ["cancellation"]


def test_one_date_moved_is_one_change_with_old_and_new_times(index, kaniv_committee):
    page = make_event(index, title="Kaniv", committee=kaniv_committee, repeat="monthly_weekday",
                      start_date=date(2024, 11, 13))
    moved = revise(page)
    moved.exceptions.add(EventException(original_date=date(2025, 1, 8), action="moved",
                                        new_start_date=date(2025, 1, 15), new_start_time=time(17, 30)))
    changes = selection.compare(page, moved, now=NOW)
    assert len(changes) == 1
    change = changes[0]
    assert change.kind == "change" and change.key.part == "20250108"
    assert change.old.start == datetime(2025, 1, 8, 18, tzinfo=LA)
    assert change.new.start == datetime(2025, 1, 15, 17, 30, tzinfo=LA)
    assert change.fields == ("start", "end")


def test_a_date_cancelled_or_removed_is_one_cancellation(kaniv_meeting):
    for action in ("cancelled", "removed"):
        changed = revise(kaniv_meeting)
        changed.exceptions.add(EventException(original_date=date(2025, 2, 12), action=action))
        changes = selection.compare(kaniv_meeting, changed, now=NOW)
        assert [(c.kind, c.key.part) for c in changes] == [("cancellation", "20250212")], action


def test_a_cancelled_series_or_an_unpublished_page_is_one_cancellation_of_the_series(kaniv_meeting):
    cancelled = revise(kaniv_meeting, status=EventStatus.CANCELLED)
    for new in (cancelled, None):
        changes = selection.compare(kaniv_meeting, new, now=NOW)
        assert [(c.kind, c.key.part, c.series) for c in changes] == [("cancellation", "series", True)]
        assert changes[0].old.start == datetime(2025, 1, 8, 18, tzinfo=LA)
    # Reinstating a cancelled series is a change ("status"), not silence.
    changes = selection.compare(cancelled, kaniv_meeting, now=NOW)
    assert [(c.kind, c.fields, c.series) for c in changes] == [("change", ("status",), True)]


def test_past_occurrences_and_first_publication_give_no_notice(kaniv_meeting):
    later = NOW + timedelta(days=7)  # the 8 January meeting has been held
    moved = revise(kaniv_meeting, venue_name="Elsewhere")
    assert [c.old.start.date() for c in selection.compare(kaniv_meeting, moved, now=later)] == [date(2025, 2, 12)]
    assert selection.compare(None, kaniv_meeting, now=NOW) == []


def test_upcoming_meetings_skip_cancelled_dates_other_events_and_translations(index, kaniv_committee):
    make_event(index, title="Kaniv", committee=kaniv_committee, repeat="monthly_weekday",
               start_date=date(2024, 11, 13),
               exceptions=[{"original_date": date(2025, 1, 8), "action": "cancelled"}])
    make_event(index, title="Gala", category="fundraiser", start_date=date(2025, 1, 20))
    found = selection.upcoming_meetings(NOW, NOW + timedelta(days=45))
    assert [(o.title, o.start.date()) for o in found] == [("Kaniv", date(2025, 2, 12))]
