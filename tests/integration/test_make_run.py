"""`make run`'s launcher: web, worker and beat come up together, /healthz
sees the worker, one Ctrl-C stops all three, and so does the launcher's
death by SIGKILL. Their output is labelled by process."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from tests.integration.conftest import ROOT, child_env

pytestmark = pytest.mark.integration


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get_health(port: int) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())
    except OSError:
        return 0, {}


def own_processes(port: int, data_dir) -> list[str]:
    pattern = f"runserver 127.0.0.1:{port}|--schedule {data_dir}"
    return subprocess.run(["pgrep", "-f", "--", pattern], capture_output=True, text=True).stdout.split()


def test_launcher_serves_healthz_with_a_live_worker_and_stops_everything_on_ctrl_c(broker_purged, transactional_db,
                                                                                     tmp_path):
    port = free_port()
    log = open(tmp_path / "run.log", "wb")
    launcher = subprocess.Popen([sys.executable, "-m", "cms.run", "--port", str(port)], cwd=ROOT,
                                env=child_env(DATA_DIR=str(tmp_path)), stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        status, body = 0, {}
        while time.monotonic() < deadline and status != 200:
            time.sleep(1)
            status, body = get_health(port)
        assert status == 200, (body, (tmp_path / "run.log").read_text()[-2000:])
        assert body["checks"]["worker"] == "ok"

        assert len(own_processes(port, tmp_path)) >= 2, "runserver and beat are running"
    finally:
        launcher.send_signal(signal.SIGINT)
        assert launcher.wait(timeout=40) == 0
        log.close()

    assert get_health(port)[0] == 0, "the web server is gone"
    assert own_processes(port, tmp_path) == []
    assert broker_purged.control.ping(timeout=1.0) == [], "no worker answers any more"


def descendants(pid: int) -> set[int]:
    """Every process below pid, read from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = open(f"/proc/{entry}/stat").read()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def alive(pids: set[int]) -> set[int]:
    running = set()
    for pid in pids:
        try:
            state = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            running.add(pid)
    return running


def test_killing_the_launcher_takes_web_worker_and_beat_with_it_and_output_is_labelled(transactional_db, tmp_path):
    """On the embedded default (no Redis): the worker's heartbeat reaches the
    web through the cache they share under DATA_DIR."""
    port = free_port()
    env = child_env(DATA_DIR=str(tmp_path))
    env.pop("REDIS_URL", None)
    log_path = tmp_path / "run.log"
    log = open(log_path, "wb")
    launcher = subprocess.Popen([sys.executable, "-m", "cms.run", "--port", str(port)], cwd=ROOT, env=env,
                                stdout=log, stderr=subprocess.STDOUT)
    family: set[int] = set()
    try:
        deadline = time.monotonic() + 90
        status, body = 0, {}
        while time.monotonic() < deadline and status != 200:
            time.sleep(1)
            status, body = get_health(port)
        assert status == 200, (body, log_path.read_text()[-2000:])
        family = descendants(launcher.pid)
        assert len(family) >= 6, "three guards, runserver and its reloader child, worker, beat"

        launcher.kill()
        launcher.wait(timeout=10)
        deadline = time.monotonic() + 30
        while alive(family) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not alive(family), subprocess.run(["ps", "-o", "pid,args", "-p", ",".join(map(str, alive(family)))],
                                                 capture_output=True, text=True).stdout
        assert get_health(port)[0] == 0, "the web server is gone"
    finally:
        for pid in alive(family):
            os.kill(pid, signal.SIGKILL)
        log.close()

    labels = {line.split(" | ", 1)[0] for line in log_path.read_text().splitlines() if " | " in line}
    assert {"web   ", "worker", "beat  "} <= labels, labels
