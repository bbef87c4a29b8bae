"""Event dates and times in the reader's language, on the event page, the
month view and the home page's next meetings."""

import re
from datetime import date, time, timedelta

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone, translation

from events import dates
from tests.core.i18n_support import all_locales
from tests.events.conftest import make_event

pytestmark = pytest.mark.django_db

FRENCH_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"]


def next_thursday() -> date:
    # Far enough ahead to be upcoming, near enough for the event page's window.
    day = timezone.localdate() + timedelta(days=30)
    return day + timedelta(days=(3 - day.weekday()) % 7)


@pytest.fixture
def board_meeting(index):
    all_locales()
    return make_event(index, title="Board", start_date=next_thursday(), start_time=time(18), end_time=time(19, 30))


def in_language(url: str, code: str) -> str:
    return url.replace("/en/", f"/{code}/", 1)


def test_the_formats_follow_the_active_language():
    start = timezone.make_aware(timezone.datetime(2026, 11, 26, 18, 0))
    with translation.override("fr"):
        assert dates.day(start.date()) == "jeudi 26 novembre 2026"
        assert dates.day_time(start) == "jeudi 26 novembre 2026 à 18:00"
        assert dates.month(start) == "novembre 2026"
    with translation.override("ja"):
        assert dates.day(start.date()) == "2026年11月26日（木曜日）"
        assert dates.month(start) == "2026年11月"
    with translation.override("en"):
        assert dates.day_time(start) == "Thursday, Nov. 26, 2026, 6 p.m."


# Where the day comes before the month, the month takes the form a date
# needs: the Ukrainian genitive ("5 грудня", never "05 Грудень").
DAY_BEFORE_MONTH = {
    "uk": ("5 грудня, 18:00", "Субота, 5 грудня 2026 р."),
    "fr": ("5 décembre à 18:00", "samedi 5 décembre 2026"),
    "es": ("5 de diciembre, 18:00", "sábado, 5 de diciembre de 2026"),
    "ar": ("5 ديسمبر، 6:00 م", "السبت، 5 ديسمبر، 2026"),
    "it": ("5 dicembre, ore 18:00", "sabato 5 dicembre 2026"),  # lower case, as Italian writes them
}


@pytest.mark.parametrize("code", DAY_BEFORE_MONTH)
def test_a_day_before_the_month_takes_the_month_in_its_case(code):
    start = timezone.make_aware(timezone.datetime(2026, 12, 5, 18, 0))
    month_day, day = DAY_BEFORE_MONTH[code]
    with translation.override(code):
        assert dates.month_day_time(start) == month_day
        assert dates.day(start.date()) == day


def test_ukrainian_dates_on_pages_use_the_genitive():
    with translation.override("uk"):
        html = Template('{{ day|date:"DATE_FORMAT" }} · {{ day|date:"MONTH_DAY_FORMAT" }}').render(
            Context({"day": date(1987, 10, 9)}))
    assert html == "9 жовтня 1987 р. · 9 жовтня"


def test_event_page_dates_are_in_the_readers_language(client, board_meeting):
    day = board_meeting.start_date
    expected = {
        "fr": f"jeudi {day.day} {FRENCH_MONTHS[day.month - 1]} {day.year} à 18:00</time>–<time",
        "ja": f"{day.year}年{day.month}月{day.day}日（木曜日） 18:00</time>–<time",
        "en": ", 6 p.m.</time>–<time",
    }
    for code, text in expected.items():
        response = client.get(in_language(board_meeting.url, code))
        assert response.status_code == 200
        html = response.content.decode()
        assert text in html, code
        assert ("7:30 p.m." if code == "en" else "19:30") in html, code


def test_month_view_heading_and_times_are_in_the_readers_language(client, index, board_meeting):
    day = board_meeting.start_date
    month = f"month/{day.year}/{day.month}/"
    headings = {"fr": f"<h2>{FRENCH_MONTHS[day.month - 1]} {day.year}</h2>",
                "ja": f"<h2>{day.year}年{day.month}月</h2>"}
    for code, heading in headings.items():
        html = client.get(in_language(index.url, code) + month).content.decode()
        assert heading in html, code
        # The grid's times on the 24-hour clock both languages use, not "6 p.m.".
        assert re.search(r'class="month-event" href="[^"]+">[0-2]?\d:\d\d Board</a>', html), code
        assert "p.m." not in html and "a.m." not in html, code


def test_next_meetings_on_the_home_page_in_french(home, index):
    soon = timezone.localdate() + timedelta(days=3)
    make_event(index, title="Board", category="board_meeting", start_date=soon)

    with translation.override("fr"):
        html = Template("{% load events_tags %}{% next_meetings %}").render(
            Context({"page": home, "request": RequestFactory().get("/fr/")}))

    assert f"{soon.day} {FRENCH_MONTHS[soon.month - 1]} {soon.year} à 18:00" in html
