"""The worker's heartbeat: each worker writes one into the shared cache
(worker/celery.py's Heartbeat step); /healthz (health.py) reads it instead of
waiting on a ping."""

import time

from django.core.cache import cache

HEARTBEAT_SECONDS = 10
HEARTBEAT_MAX_AGE = 3 * HEARTBEAT_SECONDS
HEARTBEAT_KEY = "health:worker-heartbeat"


def record_worker_heartbeat(hostname: str, *, now: float | None = None) -> None:
    """Called by each worker every HEARTBEAT_SECONDS (the last one wins: one
    live worker is what readiness asks)."""
    cache.set(HEARTBEAT_KEY, {"at": time.time() if now is None else now, "hostname": hostname},
              HEARTBEAT_MAX_AGE * 4)
