"""Real parts for integration tests: a `celery -A worker worker` process on
the run's broker and test database, and an SMTP server on loopback."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest

ROOT = Path(__file__).resolve().parents[2]


def database_url_for_tests() -> str:
    """DATABASE_URL that points a child process at the test database."""
    from django.db import connection

    s = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{s['NAME']}"
    auth = quote(s["USER"] or "")
    if s.get("PASSWORD"):
        auth += ":" + quote(s["PASSWORD"])
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.test",
        DATABASE_URL=database_url_for_tests(),
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


class WorkerProcess:
    """One Celery worker process; start() waits until it answers a ping."""

    def __init__(self, log_path: Path, env: dict[str, str], concurrency: int = 2, extra_args: tuple[str, ...] = ()):
        self.log_path = log_path
        self.env = env
        self.concurrency = concurrency
        self.extra_args = tuple(extra_args)
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 60.0) -> "WorkerProcess":
        from worker import app

        self.log = open(self.log_path, "ab")
        name = f"test-{os.getpid()}-{time.monotonic_ns()}"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "worker", "worker", "--loglevel=INFO",
             f"--concurrency={self.concurrency}", "--without-gossip", "--without-mingle",
             f"--hostname={name}@%h", *self.extra_args],
            cwd=ROOT, env=self.env, stdout=self.log, stderr=subprocess.STDOUT,
            # Its own process group, so kill() takes the pool children with it.
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"worker exited with {self.proc.returncode}:\n{self.log_path.read_text()[-3000:]}")
            # This worker, not one started before it.
            if any(host.startswith(f"{name}@") for reply in app.control.ping(timeout=0.5) for host in reply):
                return self
        self.stop()
        raise RuntimeError(f"worker did not answer a ping within {timeout}s:\n{self.log_path.read_text()[-3000:]}")

    def kill(self) -> None:
        """SIGKILL to the worker and its pool processes, as an out-of-memory
        killer or a pulled plug would."""
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        self.log.close()


@pytest.fixture(scope="session")
def broker_purged(django_db_setup):
    from worker import app

    app.control.purge()
    return app


@pytest.fixture
def worker_process(broker_purged, transactional_db, tmp_path):
    """A live Celery worker sharing this test's database (committed data:
    tests using it run with transactional_db)."""
    worker = WorkerProcess(tmp_path / "worker.log", child_env()).start()
    yield worker
    worker.stop()


@pytest.fixture
def start_worker(broker_purged, transactional_db, tmp_path):
    """Start (and later stop) any number of workers: start_worker(EMAIL_URL=...,
    beat=True) gives a worker with its own beat (the sweeper) embedded."""
    workers: list[WorkerProcess] = []

    def start(*, concurrency: int = 2, beat: bool = False, **env: str) -> WorkerProcess:
        n = len(workers)
        extra = ("--beat", f"--schedule={tmp_path / f'beat-{n}'}") if beat else ()
        worker = WorkerProcess(tmp_path / f"worker-{n}.log", child_env(**env), concurrency, extra).start()
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        worker.stop()
