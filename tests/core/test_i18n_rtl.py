"""Right-to-left readers on pages shown in English: the English content is
marked lang="en" dir="ltr", the interface text set inside it (headings,
dates, links) keeps the reader's language and direction, and names, times
and zone abbreviations are isolated so that they do not reorder their
neighbours."""

import re
from datetime import date, time, timedelta

import pytest
from django.utils import timezone, translation
from wagtail.models import Locale

from cities.choices import Programme
from events.models import EventIndexPage
from home.models import StandardPage
from people.models import BoardPosition, Person
from tests import content
from tests.content import add_page
from tests.core.i18n_support import all_locales, english_home, translate
from tests.events.conftest import make_event

pytestmark = pytest.mark.django_db

READER = ' lang="ar" dir="rtl"'


@pytest.fixture
def arabic_home():
    all_locales()
    home = english_home()
    return home, translate(home, "ar", title="الرئيسية")


def main_of(html: str) -> str:
    return re.search(r"<main\b[^>]*>(.*)</main>", html, re.S).group(0)


def test_an_english_event_shown_to_an_arabic_reader(client, arabic_home):
    index = add_page(arabic_home[0], EventIndexPage(title="Events", slug="events"))
    day = timezone.localdate() + timedelta(days=10)
    make_event(index, title="Board meeting", start_date=day, start_time=time(18), end_time=time(19, 30),
               category="board_meeting", venue_name="City Hall")

    html = client.get("/ar/events/board-meeting/").content.decode()

    main = main_of(html)
    assert main.startswith('<main id="main" lang="en" dir="ltr">')
    # "Next:", its date and the zone read right to left, the zone isolated.
    next_line = re.search(r'<p class="event-next"([^>]*)>(.*?)</p>', main, re.S)
    assert next_line.group(1) == READER
    assert next_line.group(2).startswith("التالي:")
    assert re.search(r'<bdi><abbr class="event-zone" title="America/Los_Angeles">P[SD]T</abbr></bdi>',
                     next_line.group(2))
    # "Subscribe (webcal)" stays one right-to-left run.
    assert re.search(rf'<p class="calendar-links"{READER}>', main)

    listing = client.get("/ar/events/").content.decode()
    assert f'<span class="event-when"{READER}>' in listing
    assert f'<h2{READER}>الفعاليات القادمة</h2>' in listing
    assert re.search(rf'<h3 class="event-month"{READER}>[^<]+ {day.year}</h3>', listing)
    assert f'<form method="get" class="event-filters"{READER}>' in listing
    assert f'<p class="event-actions"{READER}>' in listing


def test_an_english_city_shown_to_an_arabic_reader(client, arabic_home):
    cities = content.directory(arabic_home[0])
    content.city(cities, "Kaniv", country="UA", region="Cherkasy Oblast", population=23000,
                 started=date(1987, 10, 9), programmes=["youth_education", "humanitarian"])

    main = main_of(client.get("/ar/cities/kaniv/").content.decode())

    assert main.startswith('<main id="main" lang="en" dir="ltr">')
    facts = re.search(r'<dl class="facts"([^>]*)>(.*?)</dl>', main, re.S)
    assert facts.group(1) == READER
    assert "<bdi>Cherkasy Oblast</bdi>، أوكرانيا" in facts.group(2)
    assert "<dd>23,000</dd>" in facts.group(2)
    with translation.override("ar"):
        programmes = "، ".join(str(label) for code, label in Programme.choices
                               if code in ("youth_education", "humanitarian"))
    assert f"<dd>{programmes}</dd>" in facts.group(2)  # joined the Arabic way
    assert ", " not in re.sub(r"<bdi>.*?</bdi>", "", facts.group(2))


def test_a_page_in_the_readers_language_carries_no_extra_marks(client, arabic_home):
    index = add_page(arabic_home[0], EventIndexPage(title="Events", slug="events"))
    make_event(index, title="Board meeting", start_date=timezone.localdate() + timedelta(days=10),
               category="board_meeting")

    html = client.get("/en/events/board-meeting/").content.decode()

    assert ' lang="ar"' not in main_of(html) and ' lang="en"' not in main_of(html)


def test_board_positions_not_translated_are_marked_english(client, arabic_home):
    board = add_page(arabic_home[0], StandardPage(title="Board", slug="board",
                                                  body=[("board", {"year": 2024, "title": ""})]))
    english = Locale.objects.get(language_code="en")
    BoardPosition.objects.create(year=2024, kind="officer", title="President", locale=english,
                                 person=Person.objects.create(name="Stephanie Fine"))
    translate(board, "ar", title="مجلس الإدارة")

    html = client.get("/ar/board/").content.decode()

    assert '<dt lang="en" dir="ltr">President</dt><dd><bdi>Stephanie Fine</bdi></dd>' in html
