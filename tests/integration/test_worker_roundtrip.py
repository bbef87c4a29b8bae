import json

import pytest

pytestmark = pytest.mark.integration


def test_a_task_runs_in_the_worker_process_against_the_test_database(worker_process):
    from django.db import connection

    from worker.tasks.system import check_database

    result = check_database.delay().get(timeout=30)

    assert result == {"vendor": connection.vendor, "database": str(connection.settings_dict["NAME"])}


def test_healthz_reports_database_broker_cache_and_a_live_worker(worker_process, client):
    """The worker process's heartbeat reaches this process through the shared cache."""
    response = client.get("/healthz")

    body = json.loads(response.content)
    assert response.status_code == 200, body
    assert body["checks"] == {"database": "ok", "broker": "ok", "cache": "ok", "worker": "ok"}


def test_healthz_names_the_worker_when_none_runs(transactional_db, broker_purged, client, caplog):
    response = client.get("/healthz")

    body = json.loads(response.content)
    assert response.status_code == 503
    assert body["failed"] == ["worker"]
    assert "no worker heartbeat" in caplog.text
