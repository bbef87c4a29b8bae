"""Health endpoints.

/healthz/live: liveness, the process answers (no service touched), for the
compose healthcheck and a load balancer's "is it up".

/healthz: readiness, the database, the broker, the shared cache and a live
worker, each checked in a few milliseconds: the worker proves it lives by a
heartbeat it writes into the shared cache (worker/celery.py), so no request
waits for a ping. 200 when all are ok, 503 otherwise. Anonymous callers get
each check's state only; what failed and why (host names, driver messages)
goes to the log, and to signed-in superusers in the answer.
"""

import logging
import time
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from .celery import app
from .heartbeat import HEARTBEAT_KEY, HEARTBEAT_MAX_AGE, HEARTBEAT_SECONDS

logger = logging.getLogger(__name__)

# A worker writes its heartbeat this often; readiness accepts one this old.
BROKER_TIMEOUT = 1.0


def check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "SELECT 1 answered"


def check_broker() -> str:
    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=BROKER_TIMEOUT)
    return "connected"


def check_cache() -> str:
    key, value = f"health:probe:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, 10)
    read = cache.get(key)
    cache.delete(key)
    if read != value:
        raise RuntimeError("a value written to the cache did not read back")
    return "write and read back"


def check_worker() -> str:
    beat = cache.get(HEARTBEAT_KEY)
    if not beat:
        raise RuntimeError(f"no worker heartbeat in the cache (a worker writes one every {HEARTBEAT_SECONDS}s)")
    age = time.time() - beat["at"]
    if age > HEARTBEAT_MAX_AGE:
        raise RuntimeError(f"the last worker heartbeat ({beat['hostname']}) is {age:.0f}s old")
    return f"{beat['hostname']} {age:.0f}s ago"


CHECKS = {"database": check_database, "broker": check_broker, "cache": check_cache, "worker": check_worker}


def run_checks() -> dict[str, dict]:
    results = {}
    for name, check in CHECKS.items():
        try:
            results[name] = {"ok": True, "detail": check()}
        except Exception as exc:  # a health check reports every failure, whatever it is
            detail = f"{type(exc).__name__}: {exc}"
            logger.warning("health check %s failed: %s", name, detail)
            results[name] = {"ok": False, "detail": detail}
    return results


@never_cache
def healthz(request):
    results = run_checks()
    failed = [name for name, result in results.items() if not result["ok"]]
    body = {
        "status": "fail" if failed else "ok",
        "failed": failed,
        "checks": {name: "ok" if result["ok"] else "fail" for name, result in results.items()},
    }
    user = getattr(request, "user", None)
    if user is not None and user.is_superuser:
        body["details"] = {name: result["detail"] for name, result in results.items()}
    return JsonResponse(body, status=503 if failed else 200)


@never_cache
def live(request):
    return JsonResponse({"status": "ok"})
