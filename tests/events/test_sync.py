"""The import service against real-world feeds (tests/events/fixtures/) and
the cases the issue lists, each pinned by what readers would see."""

from datetime import UTC, date, datetime, timedelta

import pytest

from events.models import CalendarFeed, ImportedEvent
from events.sync import apply_body
from tests.events.conftest import fixture_bytes

pytestmark = pytest.mark.django_db

RIE = "recurring-ical-events/"
ICAL = "icalendar/"


def sync(feed, body: bytes, now: datetime):
    return apply_body(feed, body, now=now)


def rows(feed, **filters):
    return list(ImportedEvent.objects.filter(feed=feed, **filters).order_by("start", "uid"))


def at(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def vcal(*events: str, extra: str = "") -> bytes:
    body = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + extra
    for event in events:
        body += "BEGIN:VEVENT\r\n" + event.strip().replace("\n", "\r\n") + "\r\nEND:VEVENT\r\n"
    return (body + "END:VCALENDAR\r\n").encode()


def test_google_moved_occurrence_replaces_its_original_date(feed):
    result = sync(feed, fixture_bytes(RIE + "issue_62_moved_event.ics"), at(2022, 1, 1))
    assert result.result == "updated" and result.created == len(rows(feed))
    moved = ImportedEvent.objects.get(feed=feed, recurrence_id="20211231T203000Z")
    assert moved.start == at(2021, 12, 17, 20, 30) and moved.zone == "Europe/Berlin"
    assert not ImportedEvent.objects.filter(feed=feed, start=at(2021, 12, 31, 20, 30)).exists()


def test_overrides_without_their_master_are_imported(feed):
    result = sync(feed, fixture_bytes(RIE + "issue_173_only_modifications_error.ics"), at(2023, 1, 1))
    assert result.skipped == [] and result.created > 100
    assert ImportedEvent.objects.filter(feed=feed, uid="2uehf184etp8kcp1jua3lga37g@google.com",
                                        recurrence_id="20221206T080000Z", start=at(2022, 12, 6, 8)).exists()


def test_thisandfuture_shifts_every_later_occurrence_under_its_own_key(feed):
    sync(feed, fixture_bytes(RIE + "issue_75_range_parameter.ics"), at(2024, 9, 1))
    # The 17 Sep occurrence follows the 13 Sep change (09:00 instead of 12:00) but keeps its own key.
    row = ImportedEvent.objects.get(feed=feed, uid="210", recurrence_id="20240917T120000Z")
    assert row.start == at(2024, 9, 17, 9) and row.title == "MODIFIED EVENT"
    later = ImportedEvent.objects.get(feed=feed, uid="210", recurrence_id="20240923T120000Z")
    assert later.start == at(2024, 9, 24, 14, 22) and later.title == "EDITED EVENT"


def test_exdate_removes_the_date_from_the_series(feed):
    sync(feed, fixture_bytes(RIE + "each_week_but_one_deleted.ics"), at(2019, 3, 1))
    starts = [row.start for row in rows(feed)]
    assert len(starts) == 7 and at(2019, 3, 10, 23, 30) not in starts


def test_several_exdates_with_tzid(feed):
    body = vcal("""UID:weekly@x
DTSTART;TZID=Europe/Kyiv:20250106T180000
DTEND;TZID=Europe/Kyiv:20250106T190000
RRULE:FREQ=WEEKLY;COUNT=5
EXDATE;TZID=Europe/Kyiv:20250113T180000,20250120T180000
EXDATE;TZID=Europe/Kyiv:20250203T180000
SUMMARY:Weekly""")
    sync(feed, body, at(2025, 1, 1))
    assert [row.start.astimezone(UTC).day for row in rows(feed)] == [6, 27]


def test_a_cancelled_occurrence_and_a_cancelled_series(feed):
    sync(feed, fixture_bytes(RIE + "issue_18_cancel_status.ics"), at(2020, 1, 1))
    assert [row.status for row in rows(feed)] == ["confirmed", "cancelled", "confirmed"]
    body = vcal("UID:s@x\nDTSTART:20250106T180000Z\nRRULE:FREQ=DAILY;COUNT=2\nSTATUS:CANCELLED\nSUMMARY:Off")
    sync(feed, body, at(2025, 1, 1))
    assert {row.status for row in rows(feed, uid="s@x")} == {"cancelled"}


def test_rdate_with_periods_gives_each_its_own_length(feed):
    sync(feed, fixture_bytes(RIE + "issue_113_period_in_rdate.ics"), at(2023, 9, 1))
    found = rows(feed)
    assert len(found) == 9
    assert {row.end - row.start for row in found} == {timedelta(hours=2), timedelta(hours=3)}


def test_a_duplicated_rrule_does_not_duplicate_occurrences(feed):
    sync(feed, fixture_bytes(RIE + "duplicated_rrule.ics"), at(2023, 1, 1))
    found = rows(feed)
    assert len(found) == len({row.start for row in found}) == 20


def test_until_in_utc_and_until_before_dtstart(feed):
    result = sync(feed, fixture_bytes(RIE + "issue_28_rrule_with_UTC_endinginZ.ics"), at(2020, 4, 1))
    assert result.created == 24
    other = CalendarFeed.objects.create(name="Deleted series", url="https://x.example/a.ics", index=feed.index)
    assert sync(other, fixture_bytes(RIE + "issue_117_until_before_dtstart.ics"), at(2020, 1, 1)).created == 0


def test_floating_times_use_x_wr_timezone_and_are_not_flagged(feed):
    sync(feed, fixture_bytes(RIE + "issue_86_x_wr_timezone_without_time_zone_in_dt.ics"), at(2021, 9, 1))
    (row,) = rows(feed)
    assert row.start == at(2021, 9, 16, 19) and row.zone == "Europe/Brussels" and not row.zone_guessed


def test_floating_times_without_a_zone_use_the_feeds_zone_and_are_flagged(feed):
    sync(feed, vcal("UID:f@x\nDTSTART:20250301T100000\nDTEND:20250301T110000\nSUMMARY:Floating"), at(2025, 2, 1))
    (row,) = rows(feed)
    assert row.start == at(2025, 3, 1, 18) and row.zone == "America/Los_Angeles" and row.zone_guessed


def test_windows_and_unknown_tzids(feed):
    body = vcal("UID:w@x\nDTSTART;TZID=W. Europe Standard Time:20250301T100000\nDURATION:PT1H\nSUMMARY:Windows",
                "UID:u@x\nDTSTART;TZID=Mars/Olympus:20250301T100000\nDURATION:PT1H\nSUMMARY:Unknown")
    sync(feed, body, at(2025, 2, 1))
    windows, unknown = ImportedEvent.objects.get(uid="w@x"), ImportedEvent.objects.get(uid="u@x")
    assert windows.start == at(2025, 3, 1, 9) and windows.zone == "Europe/Berlin" and not windows.zone_guessed
    assert unknown.start == at(2025, 3, 1, 18) and unknown.zone == "America/Los_Angeles" and unknown.zone_guessed
    assert unknown.start.tzinfo is not None


@pytest.mark.parametrize("name, start", [
    (ICAL + "issue_218_bad_tzid.ics", at(2017, 2, 28, 12)),  # UTC+11, built from its VTIMEZONE
    (ICAL + "issue_1050_forward_timezone_reference.ics", at(2025, 1, 15, 9)),  # VTIMEZONE after the event
    (ICAL + "issue_466_convert_tzid_with_slash.ics", at(2022, 10, 21, 18)),  # "/Europe/Stockholm"
    (ICAL + "issue_313_globally_unique_tzid.ics", at(2020, 4, 26, 12)),  # Evolution's /freeassociation.../Berlin
])
def test_zones_built_from_vtimezone_or_vendor_ids_are_exact(feed, name, start):
    sync(feed, fixture_bytes(name), start - timedelta(days=30))
    found = rows(feed)
    assert found and not any(row.zone_guessed for row in found)
    assert found[0].start == start


def test_daylight_saving_keeps_local_time_of_a_weekly_meeting(feed):
    sync(feed, fixture_bytes(RIE + "issue_48_daylight_aware_repeats.ics"), at(2020, 9, 1))
    from zoneinfo import ZoneInfo

    lisbon = {row.start.astimezone(ZoneInfo("Europe/Lisbon")).time().isoformat() for row in rows(feed)}
    assert lisbon == {"11:30:00"}
    assert {row.start.astimezone(UTC).hour for row in rows(feed)} == {10, 11}


def test_dst_gap_and_fold(feed):
    body = vcal("UID:gap@x\nDTSTART;TZID=America/Los_Angeles:20250309T023000\nDURATION:PT30M\nSUMMARY:Gap",
                "UID:fold@x\nDTSTART;TZID=America/Los_Angeles:20251102T013000\nDURATION:PT30M\nSUMMARY:Fold")
    sync(feed, body, at(2025, 3, 1))
    # 02:30 does not exist: read with the offset before the gap, i.e. 03:30 PDT.
    assert ImportedEvent.objects.get(uid="gap@x").start == at(2025, 3, 9, 10, 30)
    # 01:30 happens twice: the first (daylight) one.
    assert ImportedEvent.objects.get(uid="fold@x").start == at(2025, 11, 2, 8, 30)


def test_all_day_dates_are_kept_as_dates_end_exclusive(feed):
    feed.default_time_zone = "Pacific/Auckland"
    feed.save()
    body = vcal("UID:d@x\nDTSTART;VALUE=DATE:20250301\nDTEND;VALUE=DATE:20250303\nSUMMARY:Festival",
                "UID:e@x\nDTSTART;VALUE=DATE:20250310\nSUMMARY:No end")
    sync(feed, body, at(2025, 2, 1))
    festival, no_end = ImportedEvent.objects.get(uid="d@x"), ImportedEvent.objects.get(uid="e@x")
    assert festival.all_day and (festival.start_date, festival.end_date) == (date(2025, 3, 1), date(2025, 3, 3))
    assert (no_end.start_date, no_end.end_date) == (date(2025, 3, 10), date(2025, 3, 11))


def test_missing_dtend_and_duration(feed):
    sync(feed, fixture_bytes(RIE + "discourse_no_dtend.ics"), at(2019, 1, 1))
    first = rows(feed)[0]
    assert first.end == first.start


def test_removed_events_are_cancelled_only_after_a_complete_parse(feed):
    both = vcal("UID:a@x\nDTSTART:20250301T100000Z\nSUMMARY:A", "UID:b@x\nDTSTART:20250302T100000Z\nSUMMARY:B")
    sync(feed, both, at(2025, 2, 1))
    broken = sync(feed, b"<html>Service temporarily down</html>", at(2025, 2, 2))
    assert broken.result == "failed" and "not an iCalendar" in broken.error
    assert {row.status for row in rows(feed)} == {"confirmed"}
    feed.refresh_from_db()
    assert feed.last_result == "failed" and feed.last_error and feed.failure_count == 1
    result = sync(feed, vcal("UID:a@x\nDTSTART:20250301T100000Z\nSUMMARY:A"), at(2025, 2, 3))
    assert result.cancelled == 1
    b = ImportedEvent.objects.get(uid="b@x")
    assert b.status == "cancelled" and b.removed_from_feed
    # It comes back: listed again.
    sync(feed, both, at(2025, 2, 4))
    b.refresh_from_db()
    assert b.status == "confirmed" and not b.removed_from_feed


def test_never_apply_older_data(feed):
    newer = vcal("UID:m@x\nDTSTART:20250301T100000Z\nSEQUENCE:2\nSUMMARY:Moved to the hall")
    older = vcal("UID:m@x\nDTSTART:20250301T100000Z\nSEQUENCE:1\nSUMMARY:In the library")
    sync(feed, newer, at(2025, 2, 1))
    result = sync(feed, older, at(2025, 2, 2))
    assert result.stale == 1 and ImportedEvent.objects.get(uid="m@x").title == "Moved to the hall"
    same_seq_older = vcal("UID:m@x\nDTSTART:20250301T100000Z\nSEQUENCE:2\nLAST-MODIFIED:20200101T000000Z\n"
                          "SUMMARY:Stale")
    ImportedEvent.objects.filter(uid="m@x").update(source_modified=at(2025, 1, 1))
    assert sync(feed, same_seq_older, at(2025, 2, 3)).stale == 1


def test_duplicate_uids_keep_the_newest_copy(feed):
    body = vcal("UID:dup@x\nDTSTART:20250301T100000Z\nSEQUENCE:3\nSUMMARY:Third",
                "UID:dup@x\nDTSTART:20250301T100000Z\nSEQUENCE:1\nSUMMARY:First")
    result = sync(feed, body, at(2025, 2, 1))
    assert [row.title for row in rows(feed)] == ["Third"]
    assert any("dup@x" in warning for warning in result.warnings)


def test_line_folding_with_utf8_split_across_the_fold(feed):
    summary = "Зустріч комітету Канів".encode()
    cut = summary.index("і".encode()) + 1  # inside a two-byte character
    body = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:fold@x\r\nDTSTART:20250301T100000Z\r\n"
            b"SUMMARY:" + summary[:cut] + b"\r\n " + summary[cut:] + b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    result = sync(feed, body, at(2025, 2, 1))
    assert result.warnings == [] and rows(feed)[0].title == "Зустріч комітету Канів"


def test_bytes_that_are_not_utf8_are_read_and_reported(feed):
    body = vcal("UID:c@x\nDTSTART:20250301T100000Z\nSUMMARY:Caf\xe9 des amis").replace(b"\xc3\xa9", b"\xe9")
    result = sync(feed, body, at(2025, 2, 1))
    assert rows(feed)[0].title == "Café des amis"
    assert any("UTF-8" in warning for warning in result.warnings)


def test_bom_and_unicode_calendars(feed):
    assert sync(feed, fixture_bytes(ICAL + "bom_calendar.ics"), at(2025, 1, 1)).result == "updated"
    assert sync(feed, fixture_bytes(ICAL + "calendar_with_unicode.ics"), at(2025, 1, 1)).result == "updated"


def test_several_vcalendars_in_one_stream(feed):
    body = vcal("UID:one@x\nDTSTART:20250301T100000Z\nSUMMARY:One") + vcal(
        "UID:two@x\nDTSTART:20250302T100000Z\nSUMMARY:Two")
    assert sync(feed, body, at(2025, 2, 1)).created == 2
    result = sync(feed, fixture_bytes(ICAL + "issue_1050_multiple_calendars.ics"), at(2025, 2, 1))
    assert result.result == "updated" and len(result.skipped) == 2  # those two have no DTSTART


def test_one_broken_event_is_skipped_and_the_rest_kept(feed):
    body = vcal("UID:good@x\nDTSTART:20250301T100000Z\nSUMMARY:Good",
                "UID:bad@x\nDTSTART:20250302T100000Z\nRRULE:FREQ=SOMETIMES\nSUMMARY:Bad",
                "UID:nostart@x\nSUMMARY:No start")
    result = sync(feed, body, at(2025, 2, 1))
    assert [row.uid for row in rows(feed)] == ["good@x"]
    assert sorted(entry.split(":")[0] for entry in result.skipped) == ["bad@x", "nostart@x"]
    feed.refresh_from_db()
    assert feed.skipped_count == 2 and "bad@x" in feed.last_skipped and "bad@x" not in feed.last_warnings
    assert sync(feed, fixture_bytes(ICAL + "broken_ical.ics"), at(2025, 2, 1)).result == "updated"


@pytest.mark.parametrize("name", ["big_bad_calendar.ics", "small_bad_calendar.ics"])
def test_unreadable_calendars_fail_and_keep_every_event(feed, name):
    sync(feed, vcal("UID:keep@x\nDTSTART:20250301T100000Z\nSUMMARY:Keep"), at(2025, 2, 1))
    result = sync(feed, fixture_bytes(ICAL + name), at(2025, 2, 2))
    assert result.result == "failed" and result.error
    assert [(row.uid, row.status) for row in rows(feed)] == [("keep@x", "confirmed")]


def test_a_whole_community_calendar_and_resync_writes_nothing(feed, django_assert_max_num_queries):
    body = fixture_bytes(RIE + "machbar_16_feb_2019.ics")
    first = sync(feed, body, at(2019, 2, 16))
    assert first.created > 500
    with django_assert_max_num_queries(12):
        again = sync(feed, body, at(2019, 2, 16))
    assert (again.created, again.updated, again.cancelled) == (0, 0, 0) and again.unchanged == first.created


def test_escaped_text_arrives_unescaped_and_is_escaped_on_the_page(feed, client):
    body = vcal("UID:t@x\nDTSTART:20990301T100000Z\nSUMMARY:Board\\, budget\\; <b>bold</b>")
    sync(feed, body, at(2099, 2, 1))
    assert rows(feed)[0].title == "Board, budget; <b>bold</b>"
    html = client.get(feed.index.url + "month/2099/3/").content.decode()
    assert "Board, budget; &lt;b&gt;bold&lt;/b&gt;" in html and "<b>bold</b>" not in html
