from datetime import UTC, date, datetime, time

import pytest

from events import occurrences
from events.models import CalendarFeed, EventStatus, ImportedEvent
from tests.events.conftest import make_event

pytestmark = pytest.mark.django_db

NOV = datetime(2024, 11, 1, tzinfo=UTC)
FEB = datetime(2025, 2, 1, tzinfo=UTC)


def starts(occs):
    return [occ.start.replace(tzinfo=None) for occ in occs]


def test_the_seed_meeting_falls_on_the_seeds_dates(kaniv_meeting):
    occs = occurrences.between(NOV, FEB)
    assert starts(occs) == [datetime(2024, 11, 13, 18), datetime(2024, 12, 11, 18), datetime(2025, 1, 8, 18)]
    first = occs[0]
    assert first.end.replace(tzinfo=None) == datetime(2024, 11, 13, 19, 45)
    assert first.zone == "America/Los_Angeles"
    assert first.start.utcoffset().total_seconds() == -8 * 3600
    assert first.key == f"{kaniv_meeting.uid}/20241114T020000Z"
    assert first.venue_name == "Sonoma Library Meeting Room"
    assert first.committee.slug == "kaniv"


def test_an_occurrence_names_its_city_and_the_window_reads_no_city_page(index, kaniv_meeting, kaniv, board,
                                                                        django_assert_num_queries):
    """The city an occurrence is about: named on the event, else its
    committee's, read when asked. Enumerating a window joins the committee
    only: a listing never shows the city, and joining every event's city
    page (twice: its own and its committee's) was a third of its render."""
    named = make_event(index, title="Board in Kaniv", committee=board, city=kaniv, start_date=date(2024, 11, 20))
    make_event(index, title="Board", committee=board, start_date=date(2024, 11, 21))
    with django_assert_num_queries(3) as captured:  # the pages, their exceptions, the imported events
        occs = occurrences.between(NOV, datetime(2024, 12, 1, tzinfo=UTC))
    assert "cities_cityprofilepage" not in captured.captured_queries[0]["sql"]
    by_title = {occ.title: occ for occ in occs}
    assert by_title["Sonoma-Kaniv Committee Meeting"].city.pk == kaniv.pk  # its committee's
    assert by_title["Board in Kaniv"].city.pk == kaniv.pk == named.city_id  # its own
    assert by_title["Board"].city is None


def test_one_date_is_cancelled_another_moved_a_third_removed(index, kaniv_committee):
    page = make_event(index, title="Kaniv", committee=kaniv_committee, repeat="monthly_weekday", exceptions=[
        {"original_date": date(2024, 12, 11), "action": "cancelled", "note": "Holidays"},
        {"original_date": date(2025, 1, 8), "action": "moved", "new_start_date": date(2025, 1, 15),
         "new_start_time": time(17, 30), "new_end_time": time(19)},
        {"original_date": date(2025, 2, 12), "action": "removed"},
    ])
    occs = occurrences.between(NOV, datetime(2025, 3, 31, tzinfo=UTC))
    assert starts(occs) == [datetime(2024, 11, 13, 18), datetime(2024, 12, 11, 18), datetime(2025, 1, 15, 17, 30),
                            datetime(2025, 3, 12, 18)]
    assert [occ.status for occ in occs] == ["confirmed", "cancelled", "confirmed", "confirmed"]
    assert occs[1].note == "Holidays"
    moved = occs[2]
    assert moved.moved and moved.end.replace(tzinfo=None) == datetime(2025, 1, 15, 19)
    # Keyed by the original start, so calendars replace the right date.
    assert moved.recurrence_id == "20250109T020000Z"
    # The series itself is untouched: March is still 6 pm, in daylight time.
    assert occs[3].start.utcoffset().total_seconds() == -7 * 3600
    assert page.rrule == "FREQ=MONTHLY;BYDAY=2WE"


def test_a_date_moved_into_the_window_from_outside_is_found(index):
    make_event(index, title="Moved", repeat="monthly_weekday", exceptions=[
        {"original_date": date(2024, 12, 11), "action": "moved", "new_start_date": date(2025, 1, 2)}])
    occs = occurrences.between(datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 1, 5, tzinfo=UTC))
    assert starts(occs) == [datetime(2025, 1, 2, 18)]


def test_filters_by_committee_city_and_category(index, kaniv_meeting, kaniv, board):
    make_event(index, title="Board", committee=board, category="board_meeting", start_date=date(2024, 11, 11),
               repeat="monthly_weekday")
    make_event(index, title="Festival", city=kaniv, category="cultural", start_date=date(2024, 11, 20))
    titles = lambda **kw: sorted({o.title for o in occurrences.between(NOV, FEB, **kw)})  # noqa: E731
    assert titles() == ["Board", "Festival", "Sonoma-Kaniv Committee Meeting"]
    assert titles(committee="kaniv") == ["Sonoma-Kaniv Committee Meeting"]
    assert titles(committee=board) == ["Board"]
    assert titles(city="kaniv") == ["Festival", "Sonoma-Kaniv Committee Meeting"]
    assert titles(category="board_meeting") == ["Board"]
    assert titles(committee="nobody") == []


def test_drafts_and_ended_series_are_not_listed(index):
    make_event(index, title="Draft", publish=False, repeat="weekly")
    make_event(index, title="Ended", repeat="weekly", repeat_until=date(2024, 11, 20))
    assert {o.title for o in occurrences.between(NOV, FEB)} == {"Ended"}
    assert len(occurrences.between(NOV, FEB)) == 2


def test_all_day_and_multi_day_events(index):
    make_event(index, title="Fair", start_time=None, end_time=None, start_date=date(2024, 11, 22),
               end_date=date(2024, 11, 24))
    (occ,) = occurrences.between(NOV, FEB)
    assert occ.all_day and occ.start_date == date(2024, 11, 22) and occ.last_date == date(2024, 11, 24)
    assert occ.recurrence_id == ""


def test_a_cancelled_series_is_listed_as_cancelled_unless_asked_not_to(index):
    make_event(index, title="Off", status=EventStatus.CANCELLED)
    assert [o.status for o in occurrences.between(NOV, FEB)] == ["cancelled"]
    assert occurrences.between(NOV, FEB, include_cancelled=False) == []


def test_imported_events_are_merged_and_marked_with_their_source(index, kaniv_meeting, kaniv_committee):
    feed = CalendarFeed.objects.create(name="Kaniv city council", url="https://example.org/k.ics", index=index,
                                       committee=kaniv_committee)
    ImportedEvent.objects.create(feed=feed, uid="x@kaniv", title="Council",
                                 start=datetime(2024, 11, 20, 16, tzinfo=UTC),
                                 end=datetime(2024, 11, 20, 17, tzinfo=UTC), zone="Europe/Kyiv", content_hash="h")
    occs = occurrences.between(NOV, datetime(2024, 12, 1, tzinfo=UTC))
    assert [o.title for o in occs] == ["Sonoma-Kaniv Committee Meeting", "Council"]
    imported = occs[1]
    assert imported.source == "Kaniv city council" and imported.is_imported
    assert imported.start.tzinfo.key == "Europe/Kyiv" and imported.start.hour == 18
    assert [o.title for o in occurrences.between(NOV, FEB, committee="board")] == []


def test_upcoming_skips_what_has_ended(kaniv_meeting):
    now = datetime(2024, 11, 14, 4, tzinfo=UTC)  # after the 13 Nov meeting in California
    found = occurrences.upcoming(now=now, days=40)
    assert [o.start.date() for o in found] == [date(2024, 12, 11)]
