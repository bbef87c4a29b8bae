"""`make run`'s launcher: web, worker and beat come up together, /healthz
sees the worker, and one Ctrl-C stops all three."""

import json
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
