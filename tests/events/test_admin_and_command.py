from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from events.models import CalendarFeed, ImportedEvent
from tests.events.test_fetch import ICS

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return user


def test_feeds_are_listed_with_their_last_sync_and_a_sync_now_button(client, editor, feed):
    CalendarFeed.objects.filter(pk=feed.pk).update(last_result="failed", last_error="The server answered 503.")
    response = client.get(reverse("wagtailsnippets_events_calendarfeed:list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Partner calendar" in html and "Failed" in html
    assert reverse("wagtailsnippets_events_calendarfeed:sync", args=[feed.pk]) in html


def test_sync_now_only_enqueues_after_commit(client, editor, feed, django_capture_on_commit_callbacks):
    url = reverse("wagtailsnippets_events_calendarfeed:sync", args=[feed.pk])
    assert client.get(url).status_code == 200  # a confirmation, nothing happens on GET
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(url)
    assert response.status_code == 302
    assert len(callbacks) == 1  # the worker's listener: enqueue the sync
    feed.refresh_from_db()
    assert feed.last_synced_at is None  # the request itself synced nothing


def test_sync_now_needs_permission(client, django_user_model, feed, django_capture_on_commit_callbacks):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("reader", "r@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(reverse("wagtailsnippets_events_calendarfeed:sync", args=[feed.pk]))
    # Wagtail answers a denied admin view with a redirect to the dashboard and a message.
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert callbacks == []


def test_command_syncs_in_the_foreground_and_prints_what_it_did(settings, index, calendar_host):
    settings.CALENDAR_FEEDS_ALLOW_PRIVATE = True
    calendar_host.serve_ics("/feed.ics", ICS)
    feed = CalendarFeed.objects.create(name="Kaniv council", url=calendar_host.url("/feed.ics"), index=index)
    out = StringIO()
    call_command("sync_calendar_feeds", "--feed", str(feed.pk), stdout=out)
    assert f"#{feed.pk} Kaniv council: updated: 1 new, 0 changed" in out.getvalue()
    assert ImportedEvent.objects.filter(feed=feed).count() == 1
    out = StringIO()
    call_command("sync_calendar_feeds", stdout=out)
    assert "unchanged" in out.getvalue()


def test_command_reports_failures_and_unknown_ids(index):
    feed = CalendarFeed.objects.create(name="Local", url="http://127.0.0.1:9/feed.ics", index=index)
    err = StringIO()
    with pytest.raises(CommandError, match="1 of 1 feeds failed"):
        call_command("sync_calendar_feeds", "--feed", str(feed.pk), stderr=err, stdout=StringIO())
    assert "private or local" in err.getvalue()
    with pytest.raises(CommandError, match="No calendar feed with id 999"):
        call_command("sync_calendar_feeds", "--feed", "999")
