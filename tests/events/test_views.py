from datetime import date, time, timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from events import views
from events.models import EventPage
from tests.events.conftest import make_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def soon(index, kaniv_committee):
    """A monthly meeting that started a few weeks ago, so it has past and coming dates."""
    today = timezone.localdate()
    first = today - timedelta(days=60)
    return make_event(index, title="Sonoma-Kaniv Committee Meeting", committee=kaniv_committee, repeat="monthly_day",
                      start_date=first, venue_name="Sonoma Library Meeting Room")


def test_index_lists_upcoming_occurrences_with_calendar_links(client, index, soon):
    response = client.get(index.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="event-card') == len(response.context["occurrences"]) >= 3
    assert "Sonoma Library Meeting Room" in html
    assert 'href="webcal://testserver/en/events/feed.ics"' in html
    assert f'href="{soon.url}event.ics"' in html
    assert "Add to calendar" in html


def test_filters_narrow_the_listing_and_the_subscribe_link(client, index, soon, board):
    make_event(index, title="Board meeting", committee=board, start_date=timezone.localdate() + timedelta(days=3))
    all_titles = {o.title for o in client.get(index.url).context["occurrences"]}
    assert all_titles == {"Sonoma-Kaniv Committee Meeting", "Board meeting"}
    response = client.get(index.url + "?committee=board")
    assert {o.title for o in response.context["occurrences"]} == {"Board meeting"}
    assert 'href="webcal://testserver/en/events/feed.ics?committee=board"' in response.content.decode()
    unknown = client.get(index.url + "?committee=nobody")
    assert b"were not recognised" in unknown.content


def test_month_view_places_each_occurrence_on_its_day(client, index):
    make_event(index, title="Kaniv", repeat="monthly_weekday", start_date=date(2024, 11, 13))
    response = client.get(index.url + "month/2025/1/")
    assert response.status_code == 200
    weeks = response.context["weeks"]
    days = {day["date"]: [o.title for o in day["occurrences"]] for week in weeks for day in week}
    assert days[date(2025, 1, 8)] == ["Kaniv"]
    assert sum(len(titles) for titles in days.values()) == 1
    grid = response.content.decode().split('class="month-grid"')[1].split("</table>")[0]
    assert ">6 p.m. Kaniv</a>" in grid  # the event's own 6 pm in Sonoma, not 2 a.m. UTC
    assert b'href="/en/events/month/2025/2/"' in response.content
    assert client.get(index.url + "month/2025/13/").status_code == 404


def test_month_view_places_each_occurrence_on_the_readers_day_in_their_zone(client, index):
    make_event(index, title="Kaniv", repeat="monthly_weekday", start_date=date(2024, 11, 13))
    response = client.get(index.url + "month/2025/1/", {"tz": "Asia/Tokyo"})
    days = {day["date"]: [o.title for o in day["occurrences"]] for week in response.context["weeks"] for day in week}
    # 6 p.m. on Wednesday 8 January in Sonoma is 11 a.m. on Thursday 9 January in Tokyo.
    assert days[date(2025, 1, 9)] == ["Kaniv"] and days[date(2025, 1, 8)] == []
    html = response.content.decode()
    grid = html.split('class="month-grid"')[1].split("</table>")[0]
    assert ">11 a.m. Kaniv</a>" in grid
    assert "Times in the calendar are in Asia/Tokyo." in html
    # The list under the grid follows the reader's days too: 31 January in
    # Sonoma is 1 February in Tokyo.
    make_event(index, title="Tokaj", start_date=date(2025, 1, 31))
    listed = client.get(index.url + "month/2025/2/", {"tz": "Asia/Tokyo"}).context["month_occurrences"]
    assert [o.title for o in listed if o.title == "Tokaj"] == ["Tokaj"]


def test_past_view_lists_what_has_ended_newest_first(client, index, soon):
    response = client.get(index.url + "past/")
    past = response.context["occurrences"]
    assert past and all(o.end <= timezone.now() for o in past)
    assert past == sorted(past, key=lambda o: o.start, reverse=True)


def test_event_page_shows_schedule_next_date_and_changes(client, index):
    page = make_event(index, title="Kaniv", repeat="monthly_weekday", start_date=date(2024, 11, 13),
                      start_time=time(18), end_time=time(19, 45))
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Monthly on the second Wednesday" in html
    assert "6 p.m." in html and ("PST" in html or "PDT" in html)
    assert f'href="http://testserver{page.url}event.ics"' in html


def test_reader_zone_shows_the_time_in_the_readers_zone_too(client, index):
    page = make_event(index, title="Kaniv", repeat="monthly_weekday", start_date=date(2024, 11, 13))
    html = client.get(page.url + "?tz=Europe/Kyiv").content.decode()
    assert "your time" in html
    assert "your time" not in client.get(page.url + "?tz=America/Los_Angeles").content.decode()
    assert "your time" not in client.get(page.url + "?tz=Not/AZone").content.decode()


def test_the_readers_zone_is_remembered(client, index):
    page = make_event(index, title="Kaniv", repeat="monthly_weekday", start_date=date(2024, 11, 13))
    response = client.get(index.url + "?tz=Asia/Tokyo")
    assert response.cookies["reader_tz"].value == "Asia/Tokyo"
    assert "your time" in client.get(page.url).content.decode()  # the cookie, no parameter
    assert "reader_tz" not in client.get(index.url + "?tz=Not/AZone").cookies


def test_a_chosen_zone_can_be_cleared(client, index):
    page = make_event(index, title="Kaniv", repeat="monthly_weekday", start_date=date(2024, 11, 13))
    client.get(index.url + "?tz=Asia/Tokyo")
    html = client.get(page.url).content.decode()
    assert 'name="tz" value=""' in html  # the picker offers a way back to the event's own times

    cleared = client.get(page.url + "?tz=")

    assert cleared.cookies["reader_tz"].value == "" and cleared.cookies["reader_tz"]["max-age"] == 0
    assert "your time" not in cleared.content.decode()
    assert "your time" not in client.get(page.url).content.decode()


def test_an_invalid_zone_is_named_not_silently_dropped(client, index):
    html = client.get(index.url + "?tz=Europe/Atlantis").content.decode()
    assert 'class="zone-error"' in html
    assert "Europe/Atlantis" in html


def test_imported_text_is_escaped(client, index):
    from events.models import CalendarFeed, ImportedEvent

    feed = CalendarFeed.objects.create(name="Partner", url="https://example.org/p.ics", index=index)
    now = timezone.now()
    ImportedEvent.objects.create(feed=feed, uid="x", title="<script>alert(1)</script>", start=now + timedelta(days=1),
                                 end=now + timedelta(days=1, hours=1), zone="UTC", content_hash="h")
    html = client.get(index.url).content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_long_listings_come_in_pages_that_keep_the_filters(client, index, soon, monkeypatch):
    monkeypatch.setattr(views, "LISTING_PAGE_SIZE", 2)
    everything = views.occurrences.upcoming(days=index.upcoming_days, index=index)
    assert len(everything) >= 3
    first = client.get(index.url, {"committee": "kaniv"})
    assert [o.start for o in first.context["occurrences"]] == [o.start for o in everything[:2]]
    html = first.content.decode()
    assert 'href="?committee=kaniv&amp;page=2" rel="next"' in html and 'rel="prev"' not in html
    second = client.get(index.url, {"committee": "kaniv", "page": "2"})
    assert [o.start for o in second.context["occurrences"]] == [o.start for o in everything[2:4]]
    assert 'href="?committee=kaniv&amp;page=1" rel="prev"' in second.content.decode()
    assert client.get(index.url, {"page": "not-a-number"}).context["listing"].number == 1
    assert client.get(index.url, {"page": "999"}).status_code == 200  # the last page, not an error


def test_a_listing_makes_no_page_objects(client, index, monkeypatch):
    """A listing reads a few hundred events' rows to sort their dates and
    shows fifty: making a page object costs ten times its row, and the links
    are made from the rows (once per parent), so no event becomes a page."""
    monkeypatch.setattr(views, "LISTING_PAGE_SIZE", 2)
    today = timezone.localdate()
    pages = [make_event(index, title=f"Open day {number}", start_date=today + timedelta(days=number + 1))
             for number in range(6)]
    made = []

    def count(sender, instance, **kwargs):
        made.append(instance)

    post_init.connect(count, sender=EventPage)
    try:
        cache.clear()
        response = client.get(index.url)
    finally:
        post_init.disconnect(count, sender=EventPage)
    shown = response.context["occurrences"]
    assert [o.title for o in shown] == ["Open day 0", "Open day 1"]
    assert response.context["listing"].paginator.count == 6
    assert made == []
    assert [(o.extra["url"], o.extra["ics_url"]) for o in shown] == [
        (page.url, page.url + "event.ics") for page in pages[:2]]


def test_the_page_cache_keeps_each_readers_zone_to_themselves(index):
    from django.test import Client

    from core.cache import HEADER

    page = make_event(index, title="Kaniv", repeat="monthly_weekday", start_date=date(2024, 11, 13))
    tokyo, anyone = Client(), Client()
    tokyo.cookies["reader_tz"] = "Asia/Tokyo"
    assert "your time" in tokyo.get(page.url).content.decode()
    response = anyone.get(page.url)
    assert "your time" not in response.content.decode()
    assert response[HEADER] == "miss"  # not the Tokyo reader's copy
    assert anyone.get(page.url)[HEADER] == "hit"
    again = tokyo.get(page.url)
    assert again[HEADER] == "hit" and "your time" in again.content.decode()


def test_the_city_filter_offers_each_partner_city_of_this_site_once_in_the_readers_language(client, index, kaniv,
                                                                                          kaniv_committee):
    from wagtail.models import Locale, Page, Site

    from cities.models import CityIndexPage, CityProfilePage
    from home.models import HomePage

    for code, title in (("fr", "Kaniv (Ukraine)"), ("ar", "كانيف")):
        translated = kaniv.copy_for_translation(Locale.objects.get_or_create(language_code=code)[0],
                                                copy_parents=True)
        translated.title = title
        translated.save_revision().publish()
    chapter_home = Page.get_first_root_node().add_child(instance=HomePage(title="Chapter", slug="chapter"))
    Site.objects.create(hostname="chapter.example.org", root_page=chapter_home)
    chapter_cities = chapter_home.add_child(instance=CityIndexPage(title="Cities", slug="cities"))
    chapter_cities.add_child(instance=CityProfilePage(title="Tijuana", slug="tijuana", country="MX",
                                                      local_city="San Diego"))
    make_event(index, title="Sonoma-Kaniv Committee Meeting", committee=kaniv_committee,
               start_date=timezone.localdate() + timedelta(days=5))

    html = client.get("/fr/events/").content.decode()
    city_select = html.split('name="city"')[1].split("</select>")[0]
    assert city_select.count("<option") == 2  # "All" and Kaniv, once
    assert "Kaniv (Ukraine)" in city_select
    assert "كانيف" not in city_select and "Tijuana" not in city_select

    filtered = client.get("/fr/events/?city=kaniv")
    assert [o.title for o in filtered.context["occurrences"]][:1] == ["Sonoma-Kaniv Committee Meeting"]
    assert 'value="kaniv" selected' in filtered.content.decode()


def test_month_view_is_a_calendar_of_the_readers_week_with_today_marked(client, index):
    today = timezone.localdate()
    html = client.get(index.url + f"month/{today.year}/{today.month}/").content.decode()
    grid = html.split('class="month-grid"')[1].split("</table>")[0]
    assert grid.count('aria-current="date"') == 1
    assert '<span class="day-number">' in grid
    head = client.get(f"/fr/events/month/{today.year}/{today.month}/").content.decode()
    assert head.split('class="month-grid"')[1].split("</th>")[0].endswith(">lun")  # a French week starts on Monday


def test_the_events_filter_and_an_event_name_the_committee_in_the_readers_language_at_no_query_more(
        client, index, kaniv_committee, board):
    meeting = make_event(index, title="Sonoma-Kaniv Committee Meeting", committee=kaniv_committee,
                         start_date=timezone.localdate() + timedelta(days=5))
    cache.clear()
    with CaptureQueriesContext(connection) as unnamed:
        assert client.get("/fr/events/").status_code == 200

    kaniv_committee.translations = {"fr": {"name": "Comité Sonoma-Kaniv"}, "uk": {"name": "Комітет «Сонома — Канів»"}}
    kaniv_committee.save()
    board.translations = {"fr": {"name": "Conseil d’administration"}}
    board.save()
    cache.clear()
    with CaptureQueriesContext(connection) as named:
        html = client.get("/fr/events/").content.decode()
    assert len(named) == len(unnamed) == 16  # the names come with the committees' one query
    select = html.split('name="committee"', 1)[1].split("</select>", 1)[0]
    assert select.index(">Conseil d’administration<") < select.index(">Comité Sonoma-Kaniv<")
    assert "Committee" not in select and "Board of Directors" not in select

    page = client.get("/uk" + meeting.url.removeprefix("/en")).content.decode()
    assert "· Комітет «Сонома — Канів»" in page
    assert "Board of Directors" in client.get("/uk/events/").content.decode()  # no Ukrainian name given


def test_an_event_made_private_leaves_the_listing_and_the_feed_at_once(client, index):
    """Privacy is set apart from a publish: the cached listing and feed
    must hear of it too, or a members-only event stays shown to anyone."""
    private = make_event(index, title="Members only", start_date=timezone.localdate() + timedelta(days=3))
    feed_url = index.url + "feed.ics"
    assert b"Members only" in client.get(index.url).content  # cached now
    assert b"Members only" in client.get(feed_url).content
    restriction = PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD,
                                                     password="x")
    assert b"Members only" not in client.get(index.url).content
    assert b"Members only" not in client.get(feed_url).content
    restriction.delete()
    assert b"Members only" in client.get(index.url).content
    assert b"Members only" in client.get(feed_url).content


def test_the_next_reader_of_the_listing_runs_no_query_until_a_committee_changes(client, index, soon,
                                                                                 kaniv_committee,
                                                                                 django_assert_num_queries):
    client.get(index.url, {"first": "reader"})
    client.get(index.url, {"frame": "warm"})
    with django_assert_num_queries(0):
        response = client.get(index.url, {"next": "reader"})
    assert "Sonoma-Kaniv Committee Meeting" in response.content.decode()
    kaniv_committee.name = "Kaniv Friendship Committee"
    kaniv_committee.save()  # a committee is watched: the filter names it at once
    assert "Kaniv Friendship Committee" in client.get(index.url, {"after": "the change"}).content.decode()


def test_the_filter_form_is_rendered_once_for_the_same_choices(client, index, soon, kaniv_committee, renders):
    filters = "events/includes/filters.html"
    client.get(index.url, {"first": "reader"})
    assert len(renders.of(filters, "filter")) == 1
    renders.clear()
    html = client.get(index.url, {"next": "reader"}).content.decode()
    assert renders.of(filters, "filter") == []
    assert f'<option value="{kaniv_committee.slug}">' in html
    html = client.get(index.url, {"committee": kaniv_committee.slug}).content.decode()
    assert len(renders.of(filters, "filter")) == 1  # another choice made: its own form
    assert f'<option value="{kaniv_committee.slug}" selected>' in html
