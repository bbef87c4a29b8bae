"""Every log line carries time, level and logger, in every process;
LOG_FORMAT=json gives JSON lines; SENTRY_DSN sends errors to Sentry."""

import gzip
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEXT_LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (INFO|WARNING|ERROR) [\w.]+ \[\d+\] ")


def run_python(code: str, **env_vars) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"LOG_FORMAT", "SENTRY_DSN"}}
    env.update(DJANGO_SETTINGS_MODULE="cms.settings.dev", **env_vars)
    return subprocess.run([sys.executable, "-c", "import django; django.setup()\nimport logging\n" + code],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


def test_a_line_carries_time_level_and_logger():
    result = run_python("logging.getLogger('events.sync').warning('feed %s unreachable', 7)")
    assert result.returncode == 0, result.stderr
    line = result.stderr.strip().splitlines()[-1]
    assert TEXT_LINE.match(line), line
    assert line.endswith("WARNING events.sync [" + line.split("[", 1)[1].split("]")[0] + "] feed 7 unreachable")


def test_log_format_json_gives_one_object_per_line_with_the_traceback():
    result = run_python("try:\n    1 / 0\nexcept ZeroDivisionError:\n"
                        "    logging.getLogger('newsletters.sending').exception('send %s failed', 'run-3')",
                        LOG_FORMAT="json")
    assert result.returncode == 0, result.stderr
    entry = json.loads(result.stderr.strip().splitlines()[-1])
    assert entry["level"] == "ERROR" and entry["logger"] == "newsletters.sending"
    assert entry["message"] == "send run-3 failed"
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", entry["time"])
    assert "ZeroDivisionError" in entry["exception"]


def test_the_worker_logs_through_the_same_format(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"LOG_FORMAT", "SENTRY_DSN", "REDIS_URL"}}
    env.update(DJANGO_SETTINGS_MODULE="cms.settings.dev", DATA_DIR=str(tmp_path), LOG_FORMAT="json")
    proc = subprocess.Popen([sys.executable, "-m", "celery", "-A", "worker", "worker", "--loglevel=INFO",
                             "--concurrency=1", "--without-gossip", "--without-mingle"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    try:
        for line in proc.stdout:
            lines.append(line)
            if " ready." in line or len(lines) > 200:
                break
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    ready = json.loads(next(line for line in lines if " ready." in line))
    assert ready["logger"] == "celery.apps.worker" and ready["level"] == "INFO", ready


class Sink(BaseHTTPRequestHandler):
    received: list[bytes] = []

    def do_POST(self):  # noqa: N802
        body = self.rfile.read(int(self.headers["Content-Length"] or 0))
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        Sink.received.append(body)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


def test_sentry_dsn_turns_on_sentry_with_the_django_and_celery_integrations():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Sink)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Sink.received.clear()
    try:
        dsn = f"http://publickey@127.0.0.1:{server.server_address[1]}/42"
        result = run_python(
            "import sentry_sdk\n"
            "client = sentry_sdk.get_client()\n"
            "print(sorted(name for name in client.integrations if name in {'django', 'celery'}))\n"
            "sentry_sdk.capture_message('sentry-check from the settings')\n"
            "sentry_sdk.flush(timeout=10)\n",
            SENTRY_DSN=dsn)
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "['celery', 'django']"
    assert any(b"sentry-check from the settings" in body for body in Sink.received)


def test_gunicorn_lines_take_the_same_format(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k not in {"LOG_FORMAT", "SENTRY_DSN"}}
    env.update(DJANGO_SETTINGS_MODULE="cms.settings.dev", LOG_FORMAT="json")
    log = tmp_path / "gunicorn.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "gunicorn", "cms.wsgi:application", "--bind",
                                 f"127.0.0.1:{port}", "--workers", "1"], cwd=ROOT, env=env, stdout=out,
                                stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz/live", timeout=2).read()
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, log.read_text()[-2000:]
                time.sleep(0.3)
        time.sleep(0.5)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    entries = [json.loads(line) for line in log.read_text().splitlines()]  # every line is JSON
    loggers = {entry["logger"] for entry in entries}
    assert {"gunicorn.error", "gunicorn.access"} <= loggers, loggers
    assert any("/healthz/live" in entry["message"] for entry in entries if entry["logger"] == "gunicorn.access")
