import pytest
from django.conf import settings

from events.signals import feed_sync_requested
from worker.celery import app
from worker.tasks import feeds


def test_beat_syncs_every_feed_on_the_setting_interval():
    entry = app.conf.beat_schedule["sync-calendar-feeds"]
    assert entry["task"] == feeds.sync_all_feeds.name
    assert entry["schedule"] == settings.CALENDAR_FEED_SYNC_MINUTES * 60 == 15 * 60


def test_feed_tasks_go_to_the_feeds_queue_with_backoff():
    route = app.amqp.router.route({}, feeds.sync_calendar_feed.name)
    assert route["queue"].name == "feeds"
    task = feeds.sync_calendar_feed
    assert task.retry_backoff and task.retry_jitter and task.max_retries == 6 and task.acks_late


@pytest.mark.django_db
def test_a_sync_request_is_enqueued_only_on_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        feed_sync_requested.send(None, feed_id=1)
    assert len(callbacks) == 1


@pytest.mark.django_db
def test_a_deleted_feed_is_not_an_error():
    assert feeds.sync_calendar_feed.run(987654) == {"feed_id": 987654, "result": "deleted"}
