"""/healthz/live answers at once; /healthz (readiness) checks the database,
broker, shared cache and a recent worker heartbeat in well under 300 ms, and
tells anonymous callers states only."""

import json
import logging
import time

import pytest

from worker import health, heartbeat

pytestmark = pytest.mark.django_db


def timed_get(client, path: str) -> tuple[float, object]:
    started = time.perf_counter()
    response = client.get(path)
    return time.perf_counter() - started, response


def test_liveness_answers_fast_and_touches_no_service(client, django_assert_num_queries, monkeypatch):
    def no_service():
        raise AssertionError("liveness touched a service")

    for name in health.CHECKS:
        monkeypatch.setitem(health.CHECKS, name, no_service)
    client.get("/healthz/live")  # first request imports the views
    with django_assert_num_queries(0):
        times = [timed_get(client, "/healthz/live") for _ in range(5)]
    assert all(response.status_code == 200 and json.loads(response.content) == {"status": "ok"}
               for _, response in times)
    assert sorted(elapsed for elapsed, _ in times)[2] < 0.05


def test_readiness_with_a_recent_heartbeat_is_ok_well_under_300_ms(client):
    heartbeat.record_worker_heartbeat("celery@web-1")
    client.get("/healthz")  # connections opened once, as in a running server
    heartbeat.record_worker_heartbeat("celery@web-1")

    elapsed, response = timed_get(client, "/healthz")

    body = json.loads(response.content)
    assert response.status_code == 200, body
    assert body == {"status": "ok", "failed": [],
                    "checks": {"database": "ok", "broker": "ok", "cache": "ok", "worker": "ok"}}
    assert elapsed < 0.3, f"/healthz took {elapsed * 1000:.0f} ms"


def test_readiness_fails_on_the_worker_without_a_recent_heartbeat(client):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["failed"] == ["worker"]

    heartbeat.record_worker_heartbeat("celery@old", now=time.time() - heartbeat.HEARTBEAT_MAX_AGE - 5)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["checks"]["worker"] == "fail"


def test_readiness_checks_the_cache(client, monkeypatch):
    from django.core.cache import cache

    heartbeat.record_worker_heartbeat("celery@web-1")
    real_get = cache.get
    monkeypatch.setattr(cache, "get", lambda key, *a, **kw: None if key.startswith("health:probe") else
                        real_get(key, *a, **kw))
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["failed"] == ["cache"]


def broken_broker():
    raise ConnectionError("Error 111 connecting to redis-internal.example:6379. Connection refused.")


def test_anonymous_callers_get_states_and_the_log_gets_the_reason(client, monkeypatch, caplog):
    monkeypatch.setitem(health.CHECKS, "broker", broken_broker)
    heartbeat.record_worker_heartbeat("celery@web-1")

    with caplog.at_level(logging.WARNING, logger="worker.health"):
        response = client.get("/healthz")

    assert response.status_code == 503
    body = json.loads(response.content)
    assert body["checks"]["broker"] == "fail" and body["failed"] == ["broker"]
    assert b"redis-internal" not in response.content and b"celery@" not in response.content
    assert b"Connection refused" not in response.content
    assert "redis-internal.example:6379" in caplog.text


def test_a_superuser_gets_the_details(client, monkeypatch, django_user_model):
    monkeypatch.setitem(health.CHECKS, "broker", broken_broker)
    heartbeat.record_worker_heartbeat("celery@web-1")
    client.force_login(django_user_model.objects.create_superuser("root", "root@example.org", "pw"))

    body = json.loads(client.get("/healthz").content)

    assert "redis-internal.example:6379" in body["details"]["broker"]
    assert body["details"]["worker"].startswith("celery@web-1")


def test_an_editor_who_is_not_superuser_gets_states_only(client, monkeypatch, django_user_model):
    monkeypatch.setitem(health.CHECKS, "broker", broken_broker)
    client.force_login(django_user_model.objects.create_user("ed", "ed@example.org", "pw", is_staff=True))

    response = client.get("/healthz")

    assert "details" not in json.loads(response.content)
    assert b"redis-internal" not in response.content
