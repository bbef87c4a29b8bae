"""Property-based tests of what outsiders feed the events pages: any filter
or `tz` in the query answers without a fault, and any calendar body a
partner's server returns is either applied or recorded as a failed sync,
never an exception out of the sync nor a stored row outside the window."""

from datetime import UTC, datetime
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from events.models import ImportedEvent
from events.sync import apply_body, window

pytestmark = pytest.mark.django_db
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
texts = st.text(st.characters(codec="utf-8"), max_size=200)
NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


@FUZZ
@example(path="/en/events/feed.ics", params={"committee": "kaniv\x00"})
@given(path=st.sampled_from(["/en/events/", "/en/events/feed.ics"]),
       params=st.dictionaries(st.sampled_from(["committee", "city", "category", "tz", "page", "past"]), texts,
                              max_size=4))
def test_any_filter_or_zone_in_the_query_is_answered(client, index, kaniv_committee, path, params):
    response = client.get(f"{path}?{urlencode(params)}")
    assert response.status_code in (200, 404), (params, response.status_code)
    cookie = response.cookies.get("reader_tz")
    if cookie is not None and cookie.value:
        from zoneinfo import available_timezones

        assert cookie.value in available_timezones()


def _event(uid: str, start: str, summary: str) -> bytes:
    return (f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:{start}\r\n"
            f"SUMMARY:{summary}\r\nEND:VEVENT\r\n").encode("utf-8", "surrogatepass")


bodies = st.one_of(
    st.binary(max_size=2000),
    st.builds(lambda events: b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + b"".join(events) + b"END:VCALENDAR\r\n",
              st.lists(st.builds(_event, st.text(st.characters(codec="utf-8", exclude_characters="\r\n"),
                                                 max_size=40),
                                 st.from_regex(r"20[0-9]{2}[01][0-9][0-3][0-9](T[0-2][0-9][0-5][0-9]00Z?)?",
                                               fullmatch=True),
                                 st.text(st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=80)),
                       max_size=5)),
)


@FUZZ
@example(body=_event("a@x", "20261215T180000Z", "Board").join([b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",
                                                                b"END:VCALENDAR\r\n"]))
# Found by this test: a NUL in a UID stopped the sync on PostgreSQL.
@example(body=b"BEGIN:VCALENDAR\nV:\nBEGIN:VEVENT\nUID:\x00\nEND:\nEND:")
@given(body=bodies)
def test_any_calendar_body_is_applied_or_recorded_as_failed(feed, body):
    result = apply_body(feed, body, now=NOW)
    feed.refresh_from_db()
    assert result.result in ("updated", "failed")
    assert feed.last_result == result.result
    start, end = window(NOW)
    for row in ImportedEvent.objects.filter(feed=feed):
        assert row.uid and row.start <= end and row.end >= start, (row.uid, row.start, row.end)
