"""Requests per second for the home page, the partner-city directory, a city
page, the events and an event, and pages in French, as ratios against a
static file served by the same server in the same run.

    DATABASE_URL=postgres://... REDIS_URL=redis://... .venv/bin/python bench/pages.py [--seconds 8] [--clients 8]
        [--page events --page event]

Production settings (cms.settings.production: PostgreSQL, Redis cache,
whitenoise) under gunicorn; the demo content is loaded with --scale 200.
"cached" is what a reader gets (the page cache); "render" adds a unique
query string to every request so each one is a miss of the page cache and
renders the page, reading the values kept under the page cache's generation
(routes, listings, fragments) as a reader after the first since the last
publish does; "published" also bumps that generation before every request,
as a publish does, so each render makes every such value afresh: the first
reader's cost after an editor publishes.
"""

import argparse
import http.client
import multiprocessing
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import redis

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from cms.settings.env import redis_cache_url  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PAGES = {
    "home": "/en/",
    "directory": "/en/sister-cities/",
    "city": "/en/sister-cities/kaniv/",
    "events": "/en/events/",
    "event": "/en/events/sonoma-kaniv-committee-meeting/",
    "fr home": "/fr/",
    "fr city": "/fr/sister-cities/kaniv/",  # shown in English with the notice
}
STATIC = "/static/css/site.css"
# core.cache's generation as Django's Redis cache stores it (KEY_PREFIX "cms", version 1).
GENERATION_KEY = "cms:1:pagecache:generation"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(data_dir: str) -> dict:
    env = dict(os.environ)
    for name in ("DATABASE_URL", "REDIS_URL"):
        if not env.get(name):
            sys.exit(f"bench/pages.py needs {name} (PostgreSQL and Redis, as in production)")
    env.update({
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(48),
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # Plain HTTP on loopback, as docker-compose's localhost stack: with
        # HTTPS_ONLY on, every request would be a redirect to https://.
        "HTTPS_ONLY": "0",
        "DATA_DIR": data_dir,
        "PYTHONUNBUFFERED": "1",
    })
    return env


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def client_loop(port, paths, deadline, unique, results, purge_url=None):
    count, errors, number = 0, 0, 0
    generation = redis.Redis.from_url(purge_url) if purge_url else None
    while time.monotonic() < deadline:
        path = paths[number % len(paths)]
        number += 1
        if unique:
            path = f"{path}?bench={os.getpid()}-{number}"
        if generation is not None:
            generation.incr(GENERATION_KEY)  # as core.cache.purge(), which a publish calls
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            connection.request("GET", path, headers={"Host": "localhost"})
            response = connection.getresponse()
            response.read()
            if response.status == 200:
                count += 1
            else:
                errors += 1
        except OSError:
            errors += 1
        finally:
            connection.close()
    results.put((count, errors))


def measure(port, path, seconds, clients, unique=False, purge_url=None) -> float:
    results = multiprocessing.Queue()
    deadline = time.monotonic() + seconds
    workers = [multiprocessing.Process(target=client_loop, args=(port, [path], deadline, unique, results, purge_url))
               for _ in range(clients)]
    started = time.monotonic()
    for worker in workers:
        worker.start()
    totals = [results.get() for _ in workers]
    for worker in workers:
        worker.join()
    elapsed = time.monotonic() - started
    ok, errors = sum(t[0] for t in totals), sum(t[1] for t in totals)
    if errors:
        raise SystemExit(f"{path}: {errors} failed requests")
    return ok / elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scale", type=int, default=200)
    parser.add_argument("--page", action="append", choices=PAGES, help="only these pages (repeatable); all by default")
    options = parser.parse_args()

    # The media stay with the database they belong to: a second run finds
    # the demo loaded, and with its images' files gone every rendition would
    # fail (no row made), so nothing showing an image would ever be kept.
    database = os.environ.get("DATABASE_URL", "").rsplit("/", 1)[-1]
    data_dir = Path(tempfile.gettempdir()) / f"bench-pages-{database}"
    env = production_env(str(data_dir))
    cache_url = redis_cache_url(env["REDIS_URL"], env.get("REDIS_CACHE_URL"))
    print("preparing: migrate, demo content with --scale", options.scale, "(first run takes a while)")
    manage(env, "migrate", "--noinput")
    manage(env, "sync_locales", "--no-sync")  # every language, as readers get it
    manage(env, "load_demo_content", "--scale", str(options.scale))
    # The planner's statistics, as autovacuum gathers them on a production
    # server soon after a load: without them (autovacuum off, as on test
    # machines) PostgreSQL guesses one row per table and the events
    # listing's public-pages filter alone took 200 ms a render.
    manage(env, "shell", "-c", "from django.db import connection; connection.cursor().execute('ANALYZE')")
    manage(env, "collectstatic", "--noinput")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "cms.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", str(options.workers), "--log-level", "warning"],
        cwd=ROOT, env=env)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        for path in [STATIC, *PAGES.values()]:  # warm up: imports, renditions, caches
            measure(port, path, 1, 2)
        print(f"baseline: the static file {STATIC}, measured again before each page (a shared")
        print("machine's speed drifts over a run; each ratio is against the baseline beside it)")
        print(f"{'page':<10} {'static req/s':>13} {'cached req/s':>13} {'ratio':>7} {'render req/s':>13} "
              f"{'ratio':>7} {'published req/s':>16} {'ratio':>7}")
        for name, path in PAGES.items():
            if options.page and name not in options.page:
                continue
            static = measure(port, STATIC, options.seconds, options.clients)
            cached = measure(port, path, options.seconds, options.clients)
            rendered = measure(port, path, options.seconds, options.clients, unique=True)
            published = measure(port, path, options.seconds, options.clients, unique=True, purge_url=cache_url)
            print(f"{name:<10} {static:>13.0f} {cached:>13.0f} {cached / static:>7.2f} {rendered:>13.0f} "
                  f"{rendered / static:>7.3f} {published:>16.0f} {published / static:>7.3f}")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
