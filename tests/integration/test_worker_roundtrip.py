import json

import pytest

pytestmark = pytest.mark.integration


def test_a_task_runs_in_the_worker_process_against_the_test_database(worker_process):
    from django.db import connection

    from worker.tasks.system import check_database

    result = check_database.delay().get(timeout=30)

    assert result == {"vendor": connection.vendor, "database": str(connection.settings_dict["NAME"])}


def test_healthz_reports_database_broker_and_a_live_worker(worker_process, client):
    response = client.get("/healthz")

    body = json.loads(response.content)
    assert response.status_code == 200, body
    assert body["status"] == "ok"
    assert {name for name, check in body["checks"].items() if check["ok"]} == {"database", "broker", "worker"}


def test_healthz_names_the_worker_when_none_answers(transactional_db, broker_purged, client):
    response = client.get("/healthz")

    body = json.loads(response.content)
    assert response.status_code == 503
    assert body["failed"] == ["worker"]
    assert "no worker answered" in body["checks"]["worker"]["detail"]
