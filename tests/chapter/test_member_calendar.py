"""The member calendar on the chapter site: every member's events, each
saying who runs it, filterable by association and city, with .ics feeds for
all and per association, in a fixed number of queries."""

import icalendar
import pytest

from chapter.models import MemberAssociation
from events.models import CalendarFeed, ImportedEvent

from .conftest import CHAPTER, DIRECTORY, DIRECTORY_QUERIES

CALENDAR = "/en/members/calendar/"
# The calendar's own: associations, approved announcements, event pages and
# their changed dates, feed rows (5), with Sonoma's events and a feed's; the
# page, the pages along its path, its translations for the language links
# and the site come from the shared cache.
QUERIES = 5


def runners(response) -> list[str]:
    return [occ.extra["association"].name for occ in response.context["calendar"].entries]


def test_the_calendar_lists_feed_events_and_events_of_sites_on_this_install_with_who_runs_them(client, los_angeles):
    response = client.get(CALENDAR, **CHAPTER)
    assert response.status_code == 200
    html = response.content.decode()
    # Sister Cities of Los Angeles: from its (demo) calendar feed, synced into rows.
    assert "Nagoya friendship evening" in html
    assert "Run by Sister Cities of Los Angeles (Los Angeles)" in html
    # Sonoma's association runs its site here: its meetings are read directly.
    assert "SSCA Monthly Board of Directors Meeting" in html
    assert "Run by Sonoma Sister Cities Association (Sonoma)" in html
    assert set(runners(response)) == {"Sister Cities of Los Angeles", "Sonoma Sister Cities Association"}
    starts = [occ.start for occ in response.context["calendar"].entries]
    assert starts == sorted(starts)


def test_the_calendar_filters_by_association_and_by_city(client, los_angeles):
    by_association = client.get(CALENDAR, {"association": los_angeles.slug}, **CHAPTER)
    assert set(runners(by_association)) == {"Sister Cities of Los Angeles"}
    assert len(runners(by_association)) == 3
    assert "Calendar of Sister Cities of Los Angeles (.ics)" in by_association.content.decode()
    by_city = client.get(CALENDAR, {"city": "Sonoma"}, **CHAPTER)
    assert set(runners(by_city)) == {"Sonoma Sister Cities Association"}
    nowhere = client.get(CALENDAR, {"city": "Atlantis"}, **CHAPTER)
    assert nowhere.status_code == 200 and runners(nowhere) == []
    assert "No upcoming events." in nowhere.content.decode()


def test_a_cancelled_feed_event_says_so_and_a_removed_association_takes_its_events_away(client, los_angeles):
    row = ImportedEvent.objects.filter(feed=los_angeles.feed, title="Nagoya friendship evening").get()
    row.status = ImportedEvent.Status.CANCELLED
    row.save()
    html = client.get(CALENDAR, {"association": los_angeles.slug}, **CHAPTER).content.decode()
    assert '<span class="event-status">Cancelled:</span>' in html
    los_angeles.delete()
    html = client.get(CALENDAR, **CHAPTER).content.decode()
    assert "Nagoya friendship evening" not in html
    assert CalendarFeed.objects.filter(pk=row.feed_id).exists()  # the feed itself is the events app's


def test_ics_of_all_members_and_of_one(client, los_angeles, sonoma):
    response = client.get("/en/members/calendar.ics", **CHAPTER)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    everything = icalendar.Calendar.from_ical(response.content)
    titles = {str(event["SUMMARY"]) for event in everything.walk("VEVENT")}
    assert {"Nagoya friendship evening", "SSCA Monthly Board of Directors Meeting"} <= titles
    one = icalendar.Calendar.from_ical(client.get(f"/en/members/{los_angeles.slug}/calendar.ics", **CHAPTER).content)
    assert str(one["X-WR-CALNAME"]) == "Sister Cities of Los Angeles"
    assert {str(event["SUMMARY"]) for event in one.walk("VEVENT")} == {
        "Nagoya friendship evening", "Busan exchange students' welcome", "Guangzhou trade delegation reception"}
    sonoma_ics = icalendar.Calendar.from_ical(client.get(f"/en/members/{sonoma.slug}/calendar.ics", **CHAPTER).content)
    assert "Nagoya friendship evening" not in {str(e["SUMMARY"]) for e in sonoma_ics.walk("VEVENT")}
    assert client.get("/en/members/nobody/calendar.ics", **CHAPTER).status_code == 404


def test_the_calendar_costs_the_same_queries_with_ten_more_associations_and_feeds(client, members, los_angeles,
                                                                                django_assert_num_queries):
    client.get(CALENDAR, {"frame": "warm"}, **CHAPTER)  # the menu and footer, cached apart (tests/frame.py)
    # (Each query string its own, so the page cache holds no copy of it.)
    with django_assert_num_queries(QUERIES):
        first = client.get(CALENDAR, {"measure": 1}, **CHAPTER)
    for number in range(10):
        feed = CalendarFeed.objects.create(name=f"Feed {number}", url=f"https://example.org/{number}.ics",
                                           index=members.events_index, enabled=False)
        ImportedEvent.objects.bulk_create([ImportedEvent(
            feed=feed, uid=f"{number}-{day}@example.org", title=f"Event {number}-{day}",
            start=entry.start, end=entry.end, content_hash="x")
            for day, entry in enumerate(first.context["calendar"].entries[:3])])
        MemberAssociation.objects.create(members_page=members, name=f"Association {number}", slug=f"a-{number}",
                                         local_city=f"City {number}", feed=feed)
    client.get(CALENDAR, {"frame": "again"}, **CHAPTER)  # a change: the sites are read again once
    with django_assert_num_queries(QUERIES):
        response = client.get(CALENDAR, {"measure": 2}, **CHAPTER)
    assert len(response.context["calendar"].entries) == len(first.context["calendar"].entries) + 30


@pytest.mark.parametrize("path", ["/en/members/", "/en/members/announce/", "/fr/members/calendar/"])
def test_the_members_pages_answer(client, demo, path):
    assert client.get(path, **CHAPTER).status_code == 200


def test_the_directory_of_the_shared_demo_costs_what_it_costs_at_full_size(client, demo,
                                                                         django_assert_num_queries):
    assert client.get(DIRECTORY, {"frame": "warm"}, **CHAPTER).status_code == 200
    # The first reader made the cards' renditions: a running site's next reader keeps the cities with them.
    assert client.get(DIRECTORY, {"frame": "renditions made"}, **CHAPTER).status_code == 200
    with django_assert_num_queries(DIRECTORY_QUERIES):
        response = client.get(DIRECTORY, {"measure": 1}, **CHAPTER)
    assert len(response.context["directory"].cities) == 11  # Norman's four, Sonoma's seven
