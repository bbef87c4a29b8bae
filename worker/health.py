"""/healthz: the database, the broker and a live worker, each with a short
timeout. 200 when all are ok, 503 naming what failed."""

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from .celery import app

WORKER_PING_TIMEOUT = 2.0


def check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def check_broker() -> str:
    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)
    return "ok"


def check_worker() -> str:
    replies = app.control.ping(timeout=WORKER_PING_TIMEOUT)
    if not replies:
        raise RuntimeError(f"no worker answered within {WORKER_PING_TIMEOUT:g}s")
    return f"ok ({len(replies)} answering)"


CHECKS = {"database": check_database, "broker": check_broker, "worker": check_worker}


def run_checks() -> dict[str, dict]:
    results = {}
    for name, check in CHECKS.items():
        try:
            results[name] = {"ok": True, "detail": check()}
        except Exception as exc:  # a health check reports every failure, whatever it is
            results[name] = {"ok": False, "detail": f"{type(exc).__name__}: {exc}"}
    return results


@never_cache
def healthz(request):
    results = run_checks()
    failed = [name for name, result in results.items() if not result["ok"]]
    body = {"status": "ok" if not failed else "fail", "failed": failed, "checks": results}
    return JsonResponse(body, status=200 if not failed else 503)
