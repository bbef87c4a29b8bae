"""The featured-event block of an issue: event pages only, shown with the
event's next occurrence (when and where) in the HTML and plain-text email, and
skipped without error when the event is unpublished or deleted later."""

from datetime import UTC, date, datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import formats, timezone
from wagtail.models import Page

from cities.models import CityIndexPage, CityProfilePage
from events.models import EventException, EventIndexPage
from newsletters.blocks import NewsletterBodyBlock
from newsletters.messages import render_issue, rendered_variant
from tests.events.conftest import make_event
from tests.newsletters.helpers import make_issue, publish, site_root

pytestmark = pytest.mark.django_db

NOW = datetime(2025, 1, 1, 12, tzinfo=UTC)


@pytest.fixture
def frozen_now(monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: NOW)


@pytest.fixture
def meeting():
    """Second Wednesday of each month, 6:00-7:45 pm in Sonoma, since November 2024."""
    home = site_root()
    index = publish(home.add_child(instance=EventIndexPage(title="Events", slug="events")))
    return make_event(index, title="Sonoma-Kaniv Committee Meeting", repeat="monthly_weekday",
                      start_date=date(2024, 11, 13), venue_name="Sonoma Library Meeting Room",
                      venue_address="755 W Napa St, Sonoma, CA")


def issue_featuring(event, blurb="Come and meet the delegation."):
    issue = make_issue({"en": "Winter news"}, slug="winter-news")
    issue.body = [("text", "<p>Before the feature.</p>"), ("featured_event", {"event": event, "blurb": blurb}),
                  ("text", "<p>After the feature.</p>")]
    return publish(issue)


def day(d: date) -> str:
    return formats.date_format(d, "DATE_FORMAT")


def test_the_email_shows_the_next_occurrence_and_place_in_html_and_text(meeting, frozen_now):
    rendered = render_issue(issue_featuring(meeting))

    for part in (rendered.html, rendered.text):
        assert "Sonoma-Kaniv Committee Meeting" in part
        # The series began in November; on January 1st the next meeting is January 8th.
        assert f"Wednesday, {day(date(2025, 1, 8))}, 6 p.m." in part
        assert day(date(2024, 11, 13)) not in part
        assert "(America/Los Angeles)" in part
        assert "Sonoma Library Meeting Room, 755 W Napa St, Sonoma, CA" in part
        assert "Come and meet the delegation." in part
    assert 'href="http://' in rendered.html and "/events/sonoma-kaniv-committee-meeting/" in rendered.html


def test_a_cancelled_date_is_passed_over(meeting, frozen_now):
    EventException.objects.create(page=meeting, original_date=date(2025, 1, 8),
                                  action=EventException.Action.CANCELLED)
    rendered = render_issue(issue_featuring(meeting))

    assert day(date(2025, 1, 8)) not in rendered.text
    assert f"Wednesday, {day(date(2025, 2, 12))}, 6 p.m." in rendered.text


@pytest.mark.parametrize("change", ["unpublish", "delete"])
def test_an_event_unpublished_or_deleted_after_the_issue_is_skipped(meeting, frozen_now, change):
    issue = issue_featuring(meeting)
    if change == "unpublish":
        meeting.unpublish()
    else:
        meeting.delete()
    rendered_variant.cache_clear()

    # As the worker renders it: the issue's revision, as it was when sending began.
    rendered = rendered_variant(issue.pk, issue.live_revision_id)

    for part in (rendered.html, rendered.text):
        assert "Before the feature." in part and "After the feature." in part
        assert "Sonoma-Kaniv Committee Meeting" not in part
        assert "Come and meet the delegation." not in part
    assert 'class="feature' not in rendered.html


def test_only_event_pages_can_be_featured(meeting):
    home = site_root()
    cities = home.add_child(instance=CityIndexPage(title="Sister cities", slug="cities"))
    kaniv = cities.add_child(instance=CityProfilePage(title="Kaniv", slug="kaniv", country="UA",
                                                     local_city="Sonoma"))
    chooser = NewsletterBodyBlock().child_blocks["featured_event"].child_blocks["event"]

    assert chooser.clean(Page.objects.get(pk=meeting.pk)).pk == meeting.pk
    with pytest.raises(ValidationError):
        chooser.clean(Page.objects.get(pk=kaniv.pk))
    # Stored data pointing at another kind of page reads back as no event.
    assert chooser.to_python(kaniv.pk) is None


def test_a_featured_city_unpublished_after_the_issue_is_skipped():
    home = site_root()
    cities = publish(home.add_child(instance=CityIndexPage(title="Sister cities", slug="cities")))
    kaniv = publish(cities.add_child(instance=CityProfilePage(title="Kaniv", slug="kaniv", country="UA")))
    issue = make_issue({"en": "Spring news"}, slug="spring-news")
    issue.body = [("featured_city", {"city": kaniv, "blurb": "Our partners on the Dnipro."})]
    issue = publish(issue)
    rendered_variant.cache_clear()
    assert "Our partners on the Dnipro." in rendered_variant(issue.pk, issue.live_revision_id).html
    kaniv.unpublish()
    rendered_variant.cache_clear()
    rendered = rendered_variant(issue.pk, issue.live_revision_id)
    assert "Kaniv" not in rendered.html and "Our partners on the Dnipro." not in rendered.text
