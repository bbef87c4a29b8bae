from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from django.utils import translation
from hypothesis import example, given, settings
from hypothesis import strategies as st

from events import recurrence
from events.recurrence import Repeat, build_rrule, describe, expand, plain_starts, schedule_errors
from events.zones import UTC, localize

LA = ZoneInfo("America/Los_Angeles")


def test_second_wednesday_is_stored_as_an_rrule():
    rule = build_rrule(date(2024, 11, 13), time(18), LA, Repeat.MONTHLY_WEEKDAY)
    assert rule == "FREQ=MONTHLY;BYDAY=2WE"


def test_until_is_the_end_of_the_day_in_utc_and_count_is_kept():
    assert build_rrule(date(2024, 11, 13), time(18), LA, Repeat.WEEKLY, until=date(2024, 12, 31)) == \
        "FREQ=WEEKLY;BYDAY=WE;UNTIL=20250101T075959Z"
    assert build_rrule(date(2024, 11, 13), None, LA, Repeat.MONTHLY_DAY, count=3, interval=2) == \
        "FREQ=MONTHLY;BYMONTHDAY=13;INTERVAL=2;COUNT=3"
    assert build_rrule(date(2024, 11, 13), None, LA, Repeat.WEEKLY, until=date(2024, 12, 31)) == \
        "FREQ=WEEKLY;BYDAY=WE;UNTIL=20241231"


def test_six_pm_stays_six_pm_across_daylight_saving():
    start = localize(datetime(2024, 11, 13, 18), LA)
    starts = expand("FREQ=MONTHLY;BYDAY=2WE", start, start, start + timedelta(days=200))
    assert [s.date() for s in starts[:6]] == [date(2024, 11, 13), date(2024, 12, 11), date(2025, 1, 8),
                                              date(2025, 2, 12), date(2025, 3, 12), date(2025, 4, 9)]
    assert {s.time() for s in starts} == {time(18)}
    assert {s.utcoffset() for s in starts} == {timedelta(hours=-8), timedelta(hours=-7)}


def test_a_start_in_the_spring_gap_moves_to_the_instant_it_names():
    start = localize(datetime(2025, 3, 2, 2, 30), LA)
    starts = expand("FREQ=WEEKLY;BYDAY=SU;COUNT=3", start, start, start + timedelta(days=30))
    assert [s.replace(tzinfo=None) for s in starts] == [
        datetime(2025, 3, 2, 2, 30), datetime(2025, 3, 9, 3, 30), datetime(2025, 3, 16, 2, 30)]


def test_all_day_series_expand_as_dates():
    starts = expand("FREQ=MONTHLY;BYMONTHDAY=1;COUNT=3", date(2025, 1, 1), date(2024, 12, 1), date(2026, 1, 1))
    assert starts == [date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1)]


def test_schedule_errors_speak_the_editors_terms():
    assert "repeat_ordinal" in schedule_errors(date(2024, 11, 13), Repeat.MONTHLY_WEEKDAY, 1, None, None)
    assert "repeat_ordinal" in schedule_errors(date(2024, 11, 13), Repeat.MONTHLY_WEEKDAY, -1, None, None)
    assert schedule_errors(date(2024, 11, 27), Repeat.MONTHLY_WEEKDAY, -1, None, None) == {}
    assert "repeat_ordinal" in schedule_errors(date(2024, 10, 30), Repeat.MONTHLY_WEEKDAY, None, None, None)
    assert "repeat_count" in schedule_errors(date(2024, 11, 13), Repeat.WEEKLY, None, date(2025, 1, 1), 3)
    assert "repeat_until" in schedule_errors(date(2024, 11, 13), Repeat.WEEKLY, None, date(2024, 1, 1), None)
    assert schedule_errors(date(2024, 11, 13), Repeat.NONE, 1, None, None) == {}


def test_describe():
    assert describe(Repeat.MONTHLY_WEEKDAY, date(2024, 11, 13)) == "Monthly on the second Wednesday"
    assert describe(Repeat.WEEKLY, date(2024, 11, 13), interval=2) == "Every 2 weeks on Wednesday"


def test_describe_in_the_readers_language():
    wednesday, fifteenth = date(2024, 11, 13), date(2024, 11, 15)
    with translation.override("fr"):
        assert describe(Repeat.MONTHLY_WEEKDAY, wednesday) == "Chaque mois le deuxième mercredi"
        assert describe(Repeat.WEEKLY, wednesday) == "Chaque semaine le mercredi"
        assert describe(Repeat.WEEKLY, wednesday, interval=3) == "Toutes les 3 semaines le mercredi"
        assert describe(Repeat.MONTHLY_DAY, fifteenth) == "Chaque mois le 15"
    with translation.override("ja"):
        assert describe(Repeat.MONTHLY_WEEKDAY, wednesday, ordinal=-1) == "毎月最終水曜日"
    with translation.override("it"):
        # Django's Italian weekday names are capitalised; mid-sentence they are not.
        assert describe(Repeat.WEEKLY, wednesday) == "Ogni settimana, di mercoledì"
    with translation.override("uk"):
        assert describe(Repeat.WEEKLY, wednesday, interval=2) == "Кожні 2 тижні: середа"
        assert describe(Repeat.WEEKLY, wednesday, interval=5) == "Кожні 5 тижнів: середа"


def test_the_ordinal_agrees_with_the_weekday():
    sunday, wednesday = date(2024, 11, 3), date(2024, 11, 13)
    with translation.override("it"):
        assert describe(Repeat.MONTHLY_WEEKDAY, sunday) == "Ogni mese, la prima domenica"
        assert describe(Repeat.MONTHLY_WEEKDAY, sunday, ordinal=-1) == "Ogni mese, l'ultima domenica"
        assert describe(Repeat.MONTHLY_WEEKDAY, wednesday) == "Ogni mese, il secondo mercoledì"
        assert describe(Repeat.MONTHLY_WEEKDAY, wednesday, ordinal=-1) == "Ogni mese, l'ultimo mercoledì"
    with translation.override("es"):
        assert describe(Repeat.MONTHLY_WEEKDAY, sunday) == "Cada mes, el primer domingo"
    assert describe(Repeat.MONTHLY_WEEKDAY, sunday, ordinal=-1) == "Monthly on the last Sunday"


def test_the_same_rule_from_the_same_instant_in_two_zones_keeps_each_zones_wall_clock():
    """Parsed rules are remembered per process: two series with one rule text
    starting at one instant (6:30 pm in Sonoma is 4:30 am in Kaniv) must not
    share a parse, or Kaniv's would repeat at 6:30 pm."""
    sonoma, kaniv = ZoneInfo("America/Los_Angeles"), ZoneInfo("Europe/Kyiv")
    in_sonoma = localize(datetime(2027, 1, 12, 18, 30), sonoma)
    in_kaniv = in_sonoma.astimezone(kaniv)
    assert in_kaniv == in_sonoma and in_kaniv.hour == 4
    window = (in_sonoma - timedelta(days=1), in_sonoma + timedelta(days=20))
    assert [v.hour for v in expand("FREQ=WEEKLY;COUNT=3", in_sonoma, *window)] == [18, 18, 18]
    assert [v.hour for v in expand("FREQ=WEEKLY;COUNT=3", in_kaniv, *window)] == [4, 4, 4]


def test_a_series_held_for_years_is_not_walked_from_its_first_date(monkeypatch):
    """dateutil walks a rule from its start: a weekly meeting since 2010 took
    800 steps on every render to reach this month. The rules the event form
    writes are computed from the window, without dateutil."""
    start = localize(datetime(2010, 1, 6, 18, 30), LA)
    window = localize(datetime(2026, 12, 6), LA)
    walked_from = []
    parse = recurrence._parsed

    def recording(rule, wall_start, zone):
        walked_from.append(wall_start)
        return parse(rule, wall_start, zone)

    monkeypatch.setattr(recurrence, "_parsed", recording)
    starts = expand("FREQ=WEEKLY;BYDAY=WE", start, window, window + timedelta(days=28))
    assert [s.date() for s in starts] == [date(2026, 12, 9), date(2026, 12, 16), date(2026, 12, 23),
                                          date(2026, 12, 30)]
    assert {s.time() for s in starts} == {time(18, 30)}
    assert walked_from == []


# dateutil, the reference, walks from a start up to decades before the
# window: milliseconds an example, which a busy machine must not fail.
UNHURRIED = settings(deadline=None)
ZONES = st.sampled_from([LA, ZoneInfo("Europe/Kyiv"), ZoneInfo("Australia/Sydney"), ZoneInfo("UTC")])
BUILT_RULES = st.builds(
    lambda repeat, interval, ordinal, until, count: (repeat, interval, ordinal, until, count),
    st.sampled_from([Repeat.WEEKLY, Repeat.MONTHLY_WEEKDAY, Repeat.MONTHLY_DAY]), st.integers(1, 3),
    st.sampled_from([None, -1]), st.one_of(st.none(), st.integers(0, 3000)), st.one_of(st.none(), st.integers(1, 60)))


@UNHURRIED
@given(built=BUILT_RULES, zone=ZONES, first=st.datetimes(datetime(1990, 1, 1), datetime(2030, 1, 1)),
       all_day=st.booleans(), offset=st.integers(-400, 8000), days=st.integers(0, 800))
@example(built=(Repeat.MONTHLY_DAY, 1, None, None, None), zone=LA, first=datetime(2024, 1, 31, 18),
         all_day=False, offset=0, days=400)
@example(built=(Repeat.WEEKLY, 1, None, None, None), zone=LA, first=datetime(2025, 3, 2, 2, 30),
         all_day=False, offset=-10, days=60)
@example(built=(Repeat.MONTHLY_WEEKDAY, 2, -1, 300, None), zone=ZoneInfo("Australia/Sydney"),
         first=datetime(2024, 10, 27, 2, 30), all_day=False, offset=20, days=500)
def test_the_rules_the_editor_writes_expand_as_dateutil_expands_them(built, zone, first, all_day, offset, days):
    """plain_starts() computes the dates of every rule build_rrule writes
    (weekly, monthly on the Nth or last weekday or on a day; every N; until a
    date or N times) exactly as dateutil's rrule.between() gives them, across
    daylight-saving changes, short months and windows before the start."""
    repeat, interval, ordinal, until, count = built
    if until is not None and count is not None:
        count = None
    start_date = first.date()
    if ordinal == -1 and (repeat != Repeat.MONTHLY_WEEKDAY or start_date.day + 7 <= 28):
        ordinal = None
    if repeat == Repeat.MONTHLY_WEEKDAY and ordinal is None and (start_date.day - 1) // 7 == 4:
        ordinal = -1
    start_time = None if all_day else first.time().replace(second=0, microsecond=0)
    rule = build_rrule(start_date, start_time, zone, repeat, interval=interval, ordinal=ordinal,
                       until=start_date + timedelta(days=until) if until is not None else None, count=count)
    start = datetime.combine(start_date, start_time) if start_time else datetime.combine(start_date, time.min)
    if not all_day:
        start = start.replace(tzinfo=zone)
    after = start + timedelta(days=offset)
    before = after + timedelta(days=days)
    if not all_day:
        after, before = after.astimezone(UTC), before.astimezone(UTC)
    assert plain_starts(rule, start, after, before) == rrulestr(rule, dtstart=start).between(after, before, inc=True)


def test_rules_written_elsewhere_are_left_to_dateutil():
    start = localize(datetime(2024, 11, 13, 18), LA)
    later = start + timedelta(days=100)
    for rule in ("FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO,WE", "FREQ=WEEKLY;BYDAY=TH", "FREQ=MONTHLY;BYDAY=5WE",
                 "FREQ=MONTHLY;BYSETPOS=1;BYDAY=MO,TU", "FREQ=WEEKLY;BYDAY=WE;UNTIL=20250101",
                 "FREQ=MONTHLY;BYMONTHDAY=-1", "FREQ=YEARLY"):
        assert plain_starts(rule, start, start, later) is None, rule
    assert expand("FREQ=WEEKLY;BYDAY=MO,WE", start, start, start + timedelta(days=7)) == [
        start, localize(datetime(2024, 11, 18, 18), LA)]
