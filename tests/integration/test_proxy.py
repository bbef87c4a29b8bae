"""The one-machine stack's reverse proxy: proxy/default.conf.template run by
Debian's nginx in front of gunicorn under production settings. Media come
from the volume, static files from the collected folder, the rest from
gunicorn with the scheme and address nginx saw."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from html import unescape
from pathlib import Path

import pytest

from tests.integration.conftest import ROOT, child_env
from tests.services import IN_CI, NGINX

pytestmark = pytest.mark.integration

SECRET = "proxy-test-key-" + "x" * 40
ACCESS_FORMAT = '%(m)s %(U)s %(s)s proto=%({x-forwarded-proto}i)s for=%({x-forwarded-for}i)s host=%({host}i)s'


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(log.read_text()[-3000:]) from None
            time.sleep(0.2)


def render_template(values: dict[str, str]) -> str:
    """What the nginx image does at start (envsubst of the variables set)."""
    text = (ROOT / "proxy" / "default.conf.template").read_text()
    named = set(re.findall(r"\$\{(CMS_[A-Z_]+)\}", text))
    assert named == set(values), named ^ set(values)
    return re.sub(r"\$\{(CMS_[A-Z_]+)\}", lambda match: values[match.group(1)], text)


@pytest.fixture
def nginx_binary():
    if not os.path.exists(NGINX):
        if IN_CI:
            pytest.fail(f"nginx is required at {NGINX} (make test installs it)")
        pytest.skip(f"nginx is not installed at {NGINX}")
    return NGINX


@pytest.fixture
def stack(nginx_binary, demo_committed, tmp_path):
    """gunicorn (production settings, media in DATA_DIR/media as compose
    has it) behind nginx running the shipped config."""
    static_root = ROOT / "staticfiles"
    env = child_env(DJANGO_SETTINGS_MODULE="cms.settings.production", SECRET_KEY=SECRET, DATA_DIR=str(tmp_path),
                    ALLOWED_HOSTS="127.0.0.1,localhost", TRUSTED_PROXY_COUNT="1",
                    HTTPS_ONLY="0")  # plain HTTP on loopback, as docker-compose.yml runs it
    env.pop("DEBUG", None)
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput"], cwd=ROOT, env=env, check=True,
                   capture_output=True, timeout=300)

    web_port, proxy_port = free_port(), free_port()
    access_log = tmp_path / "gunicorn-access.log"
    web_log = tmp_path / "gunicorn.log"
    empty_config = tmp_path / "gunicorn.conf.py"
    empty_config.write_text("")
    with open(web_log, "wb") as out:
        web = subprocess.Popen([sys.executable, "-m", "gunicorn", "cms.wsgi:application", "--bind",
                                f"127.0.0.1:{web_port}", "--workers", "1", "--access-logfile", str(access_log),
                                "--access-logformat", ACCESS_FORMAT,
                                # Not gunicorn.conf.py's log set-up: this test reads its own access log.
                                "--config", str(empty_config)], cwd=ROOT, env=env, stdout=out,
                               stderr=subprocess.STDOUT)
    conf_dir = tmp_path / "nginx"
    conf_dir.mkdir()
    (conf_dir / "default.conf").write_text(render_template({
        "CMS_UPSTREAM": f"127.0.0.1:{web_port}", "CMS_LISTEN": f"127.0.0.1:{proxy_port}",
        "CMS_MEDIA_ROOT": str(tmp_path / "media"), "CMS_STATIC_ROOT": str(static_root),
    }))
    # The nginx image's own nginx.conf, in short: http {} including conf.d.
    user = "user root;\n" if os.geteuid() == 0 else ""  # its workers read the test's private folders
    (conf_dir / "nginx.conf").write_text(f"""{user}worker_processes 1;
pid {conf_dir}/nginx.pid;
error_log {conf_dir}/error.log warn;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {conf_dir}/body;
    proxy_temp_path {conf_dir}/proxy;
    fastcgi_temp_path {conf_dir}/fastcgi;
    uwsgi_temp_path {conf_dir}/uwsgi;
    scgi_temp_path {conf_dir}/scgi;
    include {conf_dir}/default.conf;
}}
""")
    nginx_log = conf_dir / "stderr.log"
    with open(nginx_log, "wb") as out:
        proxy = subprocess.Popen([nginx_binary, "-c", str(conf_dir / "nginx.conf"), "-p", str(conf_dir),
                                  "-g", "daemon off;"], stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for_port(web_port, web, web_log)
        wait_for_port(proxy_port, proxy, nginx_log)
        yield {"origin": f"http://127.0.0.1:{proxy_port}", "web": f"http://127.0.0.1:{web_port}",
               "access_log": access_log, "media": tmp_path / "media"}
    finally:
        for proc in (proxy, web):
            proc.terminate()
            proc.wait(timeout=20)


def fetch(url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def asset_paths(html: str) -> tuple[set[str], set[str]]:
    images = set(re.findall(r'<img[^>]*?\ssrc="(/media/[^"]+)"', html))
    for srcset in re.findall(r'\ssrcset="([^"]+)"', html):
        images.update(part.strip().split(" ")[0] for part in unescape(srcset).split(","))
    static = set(re.findall(r'(?:href|src)="(/static/[^"]+)"', html))
    return {unescape(path) for path in images}, {unescape(path) for path in static}


def web_log_lines(stack, until: str = "") -> list[str]:
    """gunicorn's access lines, once one contains `until` (it writes each
    just after answering)."""
    lines: list[str] = []
    for _ in range(50):
        lines = stack["access_log"].read_text().splitlines() if stack["access_log"].exists() else []
        if any(until in line for line in lines):
            return lines
        time.sleep(0.1)
    return lines


def test_proxy_serves_media_and_static_passes_pages_to_gunicorn_with_the_scheme_it_saw(stack):
    # One stack, one demo load: the checks below share them (2 cores).
    status, _, body = fetch(stack["origin"] + "/en/")
    assert status == 200
    images, static = asset_paths(body.decode())
    assert images and static, "the home page shows images and links static files"
    assert all(path.startswith("/media/") for path in images), images

    for path in sorted(images):
        status, headers, _ = fetch(stack["origin"] + path)
        assert status == 200, path
        assert headers["Content-Type"].startswith("image/"), (path, headers["Content-Type"])
        assert headers["X-Content-Type-Options"] == "nosniff"
    for path in sorted(static):
        status, headers, _ = fetch(stack["origin"] + path)
        assert status == 200, path
        assert "immutable" in headers["Cache-Control"], (path, headers["Cache-Control"])

    served_by_gunicorn = [line.split()[1] for line in web_log_lines(stack, " /en/ ")]
    assert "/en/" in served_by_gunicorn
    assert not [path for path in served_by_gunicorn if path.startswith(("/media/", "/static/"))], served_by_gunicorn

    # Without the proxy, production settings serve no media: that is its job.
    one_image = sorted(images)[0]
    assert fetch(stack["web"] + one_image)[0] == 404

    # gunicorn hears the scheme and address nginx saw, not what a client claims.
    status, _, _ = fetch(stack["origin"] + "/en/about/",
                         {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"})
    assert status == 200
    line = next(line for line in web_log_lines(stack, " /en/about/ ") if " /en/about/ " in line)
    assert "proto=http " in line, line
    # The client's claim stays on the left; the address nginx saw is appended
    # (TRUSTED_PROXY_COUNT=1 reads that one).
    assert "for=203.0.113.9, 127.0.0.1 " in line, line
    assert f"host=127.0.0.1:{stack['origin'].rsplit(':', 1)[1]}" in line, line

    # Documents go through Wagtail's view (privacy), never straight from the volume.
    private = stack["media"] / "documents" / "minutes.pdf"
    private.parent.mkdir(parents=True, exist_ok=True)
    private.write_bytes(b"%PDF-1.4 private minutes")
    status, _, body = fetch(stack["origin"] + "/media/documents/minutes.pdf")
    assert status == 404
    assert b"private minutes" not in body


def test_shipped_config_passes_nginx_own_check(nginx_binary, tmp_path):
    conf = tmp_path / "nginx.conf"
    (tmp_path / "default.conf").write_text(render_template({
        "CMS_UPSTREAM": "127.0.0.1:8000", "CMS_LISTEN": "127.0.0.1:8080",
        "CMS_MEDIA_ROOT": str(tmp_path), "CMS_STATIC_ROOT": str(tmp_path),
    }))
    conf.write_text(f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
                    f"http {{ include /etc/nginx/mime.types; include {tmp_path}/default.conf; }}\n")
    result = subprocess.run([nginx_binary, "-t", "-c", str(conf), "-p", str(tmp_path)], capture_output=True,
                            text=True, timeout=30)
    assert result.returncode == 0, result.stderr
