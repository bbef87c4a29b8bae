"""PostgreSQL plans a query a connection runs often once (cms/settings/base.py):
server-side binding, prepared after 5 runs. CI runs on PostgreSQL, so these
never skip there."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="prepared statements are PostgreSQL's")


def prepared(fragment: str) -> list[tuple[int, int]]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT generic_plans, custom_plans, statement FROM pg_prepared_statements")
        return [(generic, custom) for generic, custom, statement in cursor.fetchall() if fragment in statement]


def run(times: int) -> None:
    with connection.cursor() as cursor:
        for number in range(times):
            cursor.execute("SELECT %s::int AS planned_once", [number])


@pytest.mark.django_db
def test_a_query_run_often_is_planned_once():
    run(5)
    assert prepared("planned_once") == []  # a query run a few times is not kept
    run(10)
    (generic, custom), = prepared("planned_once")
    assert custom == 5  # PostgreSQL's first five plans are made for each run's values
    assert generic >= 4  # then it keeps one plan for all


def connection_options(**env_vars) -> str:
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="cms.settings.dev", **env_vars)
    code = "from django.conf import settings; print(sorted(settings.DATABASES['default'].get('OPTIONS', {}).items()))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=60, check=True)
    return result.stdout.strip()


def test_a_pooler_in_transaction_mode_turns_them_off():
    assert "prepare_threshold" in connection_options()
    assert connection_options(DATABASE_PREPARED_STATEMENTS="0") == "[]"
