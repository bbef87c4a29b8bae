from datetime import timedelta

import pytest
from django.core.cache import cache
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone

from core.cache import generation
from tests.events.conftest import make_event

pytestmark = pytest.mark.django_db


def render(home):
    request = RequestFactory().get("/en/")
    return Template("{% load events_tags %}{% next_meetings limit=2 %}").render(
        Context({"page": home, "request": request}))


def test_home_page_shows_the_next_meetings_only(home, index, django_assert_max_num_queries):
    soon = timezone.localdate() + timedelta(days=3)
    make_event(index, title="Kaniv committee", category="committee_meeting", start_date=soon)
    make_event(index, title="Board", category="board_meeting", start_date=soon + timedelta(days=1),
               virtual_url="https://meet.example.org/board", venue_name="City Hall")
    make_event(index, title="Wine festival", category="cultural", start_date=soon)
    make_event(index, title="Later board", category="board_meeting", start_date=soon + timedelta(days=5))
    with django_assert_max_num_queries(8):
        html = render(home)
    assert "Next meetings" in html and "Kaniv committee" in html and "Board" in html
    assert "Wine festival" not in html and "Later board" not in html  # not a meeting; past the limit
    assert "<bdi>City Hall</bdi> + online" in html
    assert 'href="/en/events/"' in html


def test_nothing_without_an_events_index(home):
    assert render(home).strip() == ""


def test_the_home_page_lists_the_seeds_next_meetings(client, home):
    from events import demo

    demo.load(home)
    html = client.get(home.url).content.decode()
    assert "Next meetings" in html
    assert html.count("Committee Meeting") + html.count("Board of Directors Meeting") >= 2


def test_meetings_cached_by_an_earlier_release_are_not_read_as_this_ones(home, index):
    """The next meetings are kept in the shared cache as objects: after a
    deploy, web processes of the new release must not read what the old
    one stored (its occurrences had another shape: a 500 on the home page
    until the entry expired). The key names the shape it holds."""
    make_event(index, title="Kaniv committee", category="committee_meeting",
               start_date=timezone.localdate() + timedelta(days=3))
    earlier_release_key = f"next-meetings:{generation()}:{index.pk}:2:62"
    cache.set(earlier_release_key, [object()], 60)  # what an earlier release left there
    assert "Kaniv committee" in render(home)
