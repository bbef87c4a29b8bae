"""The occurrences a listing shows, kept in the shared cache (events/listed.py):
the same answer as `occurrences.between` for any window and filter, no
query for a second reader of the same days, and nothing shown as it no
longer is after a publish, a sync or the time passing."""

import pickle
import warnings
from datetime import UTC, date, datetime, time, timedelta

import pytest
from django.core.cache import cache
from django.core.cache.backends.base import CacheKeyWarning

from cities.partners import PartnerCity
from events import listed, occurrences
from events.models import CalendarFeed, ImportedEvent
from events.sync import apply_body
from tests.cachespy import CacheSpy
from tests.events.conftest import make_event

pytestmark = pytest.mark.django_db

NOV = datetime(2024, 11, 1, tzinfo=UTC)


@pytest.fixture
def calendar(index, kaniv, kaniv_committee, board):
    """A series with a cancelled and a moved date, an all-day festival, a
    board meeting about Kaniv and a feed's event."""
    make_event(index, title="Kaniv committee", committee=kaniv_committee, repeat="monthly_weekday", exceptions=[
        {"original_date": date(2024, 12, 11), "action": "cancelled", "note": "Holidays"},
        {"original_date": date(2025, 1, 8), "action": "moved", "new_start_date": date(2025, 1, 15),
         "new_start_time": time(17, 30)},
    ])
    make_event(index, title="Harvest festival", category="cultural", start_date=date(2024, 11, 30), start_time=None,
               end_time=None, end_date=date(2024, 12, 1))
    make_event(index, title="Board in Kaniv", committee=board, city=kaniv, start_date=date(2024, 12, 2),
               time_zone="Europe/Kyiv")
    feed = CalendarFeed.objects.create(name="Kaniv City Council", url="https://example.org/k.ics", index=index,
                                       committee=kaniv_committee)
    start = datetime(2024, 11, 20, 16, tzinfo=UTC)
    ImportedEvent.objects.create(feed=feed, uid="fair", title="Folk fair", start=start, end=start + timedelta(hours=3),
                                 zone="Europe/Kyiv", content_hash="a")
    return feed


def described(occs) -> list[tuple]:
    return [(occ.key, occ.title, occ.start, occ.end, occ.status, occ.moved, occ.note) for occ in occs]


WINDOWS = [
    (NOV, datetime(2025, 2, 1, tzinfo=UTC)),
    (datetime(2024, 11, 13, 2, 30, tzinfo=UTC), datetime(2024, 12, 2, 7, tzinfo=UTC)),  # within an event
    (date(2024, 11, 30), date(2024, 12, 1)),
    (datetime(2024, 11, 20, 17, tzinfo=UTC), datetime(2024, 11, 20, 18, 59, tzinfo=UTC)),
]


@pytest.mark.parametrize(("start", "end"), WINDOWS)
@pytest.mark.parametrize("filters", [{}, {"committee": "kaniv"}, {"category": "cultural"}, {"city": "kaniv"},
                                     {"include_imported": False, "include_cancelled": False},
                                     {"category": ("board_meeting", "committee_meeting")}])
def test_a_listing_shows_what_between_gives_for_any_window_and_filter(calendar, index, start, end, filters):
    expected = described(occurrences.between(start, end, index=index, **filters))
    assert described(listed.between(start, end, index=index, **filters)) == expected
    assert described(listed.between(start, end, index=index, **filters)) == expected  # as read back


def test_several_categories_and_a_partner_city_make_a_key_any_cache_takes(calendar, index, kaniv):
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheKeyWarning)
        meetings = listed.between(NOV, date(2025, 2, 1), index=index, category=("board_meeting", "committee_meeting"))
        # The events filter's choice of a city: a row (a named tuple), named by its translation key as its page is.
        chosen = PartnerCity(kaniv.pk, "Kaniv (Ukraine)", kaniv.slug, kaniv.translation_key)
        in_kaniv = listed.between(NOV, date(2025, 2, 1), index=index, city=chosen)
    assert {occ.title for occ in meetings} == {"Kaniv committee", "Board in Kaniv"}
    assert described(in_kaniv) == described(listed.between(NOV, date(2025, 2, 1), index=index, city=kaniv))


def test_a_city_filter_is_the_same_in_any_language_of_the_city(calendar, index, kaniv):
    by_page = described(listed.between(NOV, date(2025, 2, 1), index=index, city=kaniv))
    assert by_page == described(occurrences.between(NOV, date(2025, 2, 1), index=index, city=kaniv))
    assert {title for _key, title, *_rest in by_page} == {"Kaniv committee", "Board in Kaniv", "Folk fair"}


def test_another_reader_of_the_same_days_runs_no_query(calendar, index, django_assert_num_queries):
    listed.between(datetime(2024, 11, 13, 9, tzinfo=UTC), datetime(2024, 12, 31, 9, tzinfo=UTC), index=index)
    window = (datetime(2024, 11, 13, 20, tzinfo=UTC), datetime(2024, 12, 31, 8, tzinfo=UTC))
    with django_assert_num_queries(0):
        later = listed.between(*window, index=index)
    assert [occ.title for occ in later] == ["Kaniv committee", "Folk fair", "Harvest festival", "Board in Kaniv",
                                            "Kaniv committee"]
    assert described(later) == described(occurrences.between(*window, index=index))


def test_what_is_over_is_dropped_as_time_passes_without_a_purge(calendar, index, django_assert_num_queries):
    before = datetime(2024, 11, 20, 17, tzinfo=UTC)
    assert "Folk fair" in [occ.title for occ in listed.upcoming(days=30, now=before, index=index)]
    with django_assert_num_queries(0):
        after = listed.upcoming(days=30, now=before + timedelta(hours=3), index=index)
    assert "Folk fair" not in [occ.title for occ in after]
    assert [occ.title for occ in after] == [occ.title for occ in occurrences.upcoming(
        now=before + timedelta(hours=3), days=30, index=index)]


def test_a_published_event_and_a_published_change_show_at_once(calendar, index):
    window = (NOV, date(2025, 2, 1))
    listed.between(*window, index=index)
    make_event(index, title="Sister Cities Picnic", start_date=date(2024, 11, 16))
    festival = index.get_children().get(title="Harvest festival").specific
    festival.start_date = date(2024, 11, 29)
    festival.save_revision().publish()
    shown = {occ.title: occ for occ in listed.between(*window, index=index)}
    assert "Sister Cities Picnic" in shown
    assert shown["Harvest festival"].start.date() == date(2024, 11, 29)
    festival.unpublish()
    assert "Harvest festival" not in [occ.title for occ in listed.between(*window, index=index)]


def test_a_sync_that_wrote_rows_shows_them_at_once(calendar, index, django_capture_on_commit_callbacks):
    window = (NOV, date(2025, 2, 1))
    assert "Kaniv concert" not in [occ.title for occ in listed.between(*window, index=index)]
    body = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:concert\r\n"
            b"DTSTART:20241125T170000Z\r\nDTEND:20241125T190000Z\r\nSUMMARY:Kaniv concert\r\n"
            b"END:VEVENT\r\nEND:VCALENDAR\r\n")
    with django_capture_on_commit_callbacks(execute=True):
        apply_body(calendar, body, now=NOV)
    assert "Kaniv concert" in [occ.title for occ in listed.between(*window, index=index)]


def test_a_listing_kept_in_the_cache_is_its_values_not_their_names(calendar, index):
    """Hundreds of occurrences are loaded per listing: each as its values in
    order (no field's name), each event's row once, as it was read."""
    occs = occurrences.between(NOV, date(2025, 2, 1), index=index, include_imported=False)
    stored = pickle.dumps(occs, pickle.HIGHEST_PROTOCOL)
    assert b"recurrence_id" not in stored and b"zone_guessed" not in stored
    loaded = pickle.loads(stored)
    assert described(loaded) == described(occs)
    series = [occ for occ in loaded if occ.title == "Kaniv committee"]
    assert series[0].origin is series[1].origin
    assert series[0].origin._values == occs[0].origin._values
    assert series[0].page.title == "Kaniv committee" and series[0].committee.slug == "kaniv"


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of two occurrences, so the calendar's few make several."""
    monkeypatch.setattr(listed, "CHUNK", 2)


def test_a_page_of_a_listing_loads_only_the_chunks_it_shows(calendar, index, small_chunks, monkeypatch,
                                                              django_assert_num_queries):
    window = (NOV, date(2025, 2, 1))
    expected = described(occurrences.between(*window, index=index))
    listed.between(*window, index=index)
    spy = CacheSpy(cache)
    monkeypatch.setattr(listed, "cache", spy)
    with django_assert_num_queries(0):
        read = listed.between(*window, index=index)
        assert len(read) == len(expected) == 6
        assert spy.many == []  # the bounds alone give the length
        assert described(read[3:5]) == expected[3:5]
        assert described([read[5]]) == expected[5:6]
    assert [[key.rsplit(":", 1)[1] for key in keys] for keys in spy.many] == [["1", "2"]]  # what is shown
    assert described(read) == expected


def test_an_evicted_chunk_has_the_listing_made_again(calendar, index, small_chunks, monkeypatch):
    window = (NOV, date(2025, 2, 1))
    expected = described(occurrences.between(*window, index=index))
    listed.between(*window, index=index)
    spy = CacheSpy(cache)
    monkeypatch.setattr(listed, "cache", spy)
    listed.between(*window, index=index)[:]
    chunk = spy.many[0][1]
    cache.delete(chunk)
    assert described(listed.between(*window, index=index)) == expected
    assert described(listed.between(*window, index=index)[2:4]) == expected[2:4]  # kept anew


def test_a_listing_kept_in_another_value_is_the_list_it_reads_as(calendar, index):
    read = listed.between(NOV, date(2025, 2, 1), index=index)
    loaded = pickle.loads(pickle.dumps(read, pickle.HIGHEST_PROTOCOL))
    assert type(loaded) is list and described(loaded) == described(read)
