"""Calendar feeds as editors see them: the list says why a sync failed, when
the feed last worked, when it syncs next and how many events it holds; a
feed's page lists its warnings and skipped events; "Sync now" shows the sync
running, then its result."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from events import sync
from events.models import CalendarFeed
from tests.events.test_sync import vcal

pytestmark = pytest.mark.django_db
LIST = "wagtailsnippets_events_calendarfeed:list"


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return user


def inspect_url(feed):
    return reverse("wagtailsnippets_events_calendarfeed:inspect", args=[feed.pk])


def test_the_list_gives_the_reason_last_success_next_sync_and_events(client, editor, feed):
    worked = timezone.now() - timedelta(days=2)
    CalendarFeed.objects.filter(pk=feed.pk).update(
        last_result="failed", last_error="The server answered 503 Service Unavailable.",
        last_synced_at=timezone.now() - timedelta(minutes=4, seconds=30), last_success_at=worked, event_count=17)
    html = client.get(reverse(LIST)).content.decode()
    assert "Failed" in html and "The server answered 503 Service Unavailable." in html
    assert f'datetime="{worked.isoformat()}"' in html and "2\xa0days ago" in html  # the last success
    assert "in 10\xa0minutes" in html  # beat syncs every 15 minutes; the last try was 4½ minutes ago
    assert re.search(r'<td class="feed-col-secondary">\s*17\s*</td>', html)  # the events it holds
    assert "https://calendar.example.org/feed.ics" not in html  # the address no longer crowds the name


def test_the_list_costs_the_same_queries_for_one_feed_or_many(client, editor, feed, index,
                                                             django_assert_num_queries):
    client.get(reverse(LIST))  # warm Wagtail's own caches (site, locales, permissions)
    with django_assert_num_queries(8) as one:
        client.get(reverse(LIST))
    CalendarFeed.objects.bulk_create([
        CalendarFeed(name=f"Feed {i}", url=f"https://example.org/{i}.ics", index=index, last_result="failed",
                     last_error="Timed out", sync_requested_at=timezone.now() if i % 2 else None)
        for i in range(12)])
    with django_assert_num_queries(len(one.captured_queries)):
        response = client.get(reverse(LIST))
    html = response.content.decode()
    assert html.count('title="Timed out"') == 6 and html.count("Syncing now…") == 6


def test_a_feeds_page_lists_its_warnings_and_its_skipped_events(client, editor, feed):
    body = vcal("UID:good@x\nDTSTART:20250301T100000Z\nSUMMARY:Good",
                "UID:bad@x\nDTSTART:20250302T100000Z\nRRULE:FREQ=SOMETIMES\nSUMMARY:Bad",
                "UID:nostart@x\nSUMMARY:No start")
    sync.apply_body(feed, body, now=datetime(2025, 2, 1, tzinfo=UTC))
    html = client.get(inspect_url(feed)).content.decode()
    skipped = html[html.index('id="feed-skipped"'):]
    assert "bad@x" in skipped and "nostart@x" in skipped
    assert "Updated" in html and "1 new" in html and "2 skipped" in html


def test_sync_now_shows_the_sync_running_then_its_result(client, editor, feed, django_capture_on_commit_callbacks,
                                                         monkeypatch):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(reverse("wagtailsnippets_events_calendarfeed:sync", args=[feed.pk]))
    assert response["Location"] == inspect_url(feed) and len(callbacks) == 1
    page = client.get(inspect_url(feed)).content.decode()
    assert "Syncing now…" in page and 'http-equiv="refresh"' in page
    assert "Syncing now…" in client.get(reverse(LIST)).content.decode()

    # The worker runs the sync: it fails, and says why.
    def not_a_calendar(*args, **kwargs):
        raise sync.FeedError("Not a calendar: the server sent HTML.")

    monkeypatch.setattr(sync.fetch, "fetch", not_a_calendar)
    assert sync.sync_feed(feed.pk).result == "failed"
    page = client.get(inspect_url(feed)).content.decode()
    assert "Syncing now…" not in page and 'http-equiv="refresh"' not in page
    assert "Failed" in page and "Not a calendar: the server sent HTML." in page


def test_a_sync_no_worker_takes_says_so(client, editor, feed):
    CalendarFeed.objects.filter(pk=feed.pk).update(sync_requested_at=timezone.now() - timedelta(minutes=20))
    assert "Waiting for the worker" in client.get(inspect_url(feed)).content.decode()


def test_sync_now_on_a_disabled_feed_says_to_enable_it(client, editor, feed, django_capture_on_commit_callbacks):
    CalendarFeed.objects.filter(pk=feed.pk).update(enabled=False)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(reverse("wagtailsnippets_events_calendarfeed:sync", args=[feed.pk]), follow=True)
    assert callbacks == [] and "is disabled: enable it to sync it" in response.content.decode()
    assert CalendarFeed.objects.get(pk=feed.pk).sync_requested_at is None


def test_a_disabled_feed_answers_a_pending_request(feed):
    CalendarFeed.objects.filter(pk=feed.pk).update(enabled=False, sync_requested_at=timezone.now())
    assert sync.sync_feed(feed.pk).result == "disabled"
    assert CalendarFeed.objects.get(pk=feed.pk).sync_requested_at is None


def test_a_retry_the_server_asked_for_is_the_next_sync(client, editor, feed, monkeypatch):
    def busy(*args, **kwargs):
        raise sync.FeedUnavailable("The server answered 503 Service Unavailable.", retry_after=120)

    monkeypatch.setattr(sync.fetch, "fetch", busy)
    with pytest.raises(sync.FeedUnavailable):
        sync.sync_feed(feed.pk)
    html = client.get(reverse(LIST)).content.decode()
    assert "503 Service Unavailable" in html and "in 1\xa0minute" in html  # not in 15 minutes: Retry-After said 2

    monkeypatch.setattr(sync.fetch, "fetch", lambda *a, **k: (_ for _ in ()).throw(sync.FeedError("Not a calendar.")))
    sync.sync_feed(feed.pk)
    assert CalendarFeed.objects.get(pk=feed.pk).next_attempt_after is None  # any later outcome clears it
