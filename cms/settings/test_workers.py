"""The suite runs in several processes (pytest-xdist, `make test`): each
must have what no other may touch, or one process's flush empties another's
queue. PostgreSQL databases pytest-django names per process itself; this
gives each its own Redis pair and its own DATA_DIR (the embedded broker,
cache and SQLite file), before the settings read the environment. Worker and
web processes a test starts inherit the result."""

import os

from .env import redis_db_url

# Broker and cache: two Redis databases per process.
REDIS_DATABASES_PER_PROCESS = 2


def process_number() -> int | None:
    """0 for pytest-xdist's gw0, 1 for gw1...; None when the suite runs alone."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    return int(worker.removeprefix("gw")) if worker.startswith("gw") else None


def separate_test_process() -> None:
    number = process_number()
    if number is None:
        return
    # The values the run started with, kept so a child process (which
    # inherits the changed ones) works out the same, not a shifted shift.
    redis_url = os.environ.setdefault("TEST_RUN_REDIS_URL", os.environ.get("REDIS_URL", ""))
    data_dir = os.environ.setdefault("TEST_RUN_DATA_DIR", os.environ.get("DATA_DIR", ""))
    if redis_url:
        os.environ["REDIS_URL"] = redis_db_url(redis_url, REDIS_DATABASES_PER_PROCESS * number)
    base = data_dir or os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "var")
    os.environ["DATA_DIR"] = os.path.join(base, f"test-process-{number}")
