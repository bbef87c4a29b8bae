"""The embedded default (no REDIS_URL) runs web, worker and beat as separate
processes: what one caches, purges or counts, the others see."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def in_a_process(code: str, data_dir: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "REDIS_CACHE_URL", "DATABASE_URL"}}
    env.update(DJANGO_SETTINGS_MODULE="cms.settings.dev", DATA_DIR=str(data_dir))
    script = "import django; django.setup()\nfrom django.core.cache import cache\n" + code
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_two_processes_share_one_cache_without_redis(tmp_path):
    # The worker syncs a feed and bumps the feed generation; the web reads it.
    # One process caches a page and counts a request against a rate limit.
    count = "cache.add('rate:198.51.100.7', 0, 60); cache.incr('rate:198.51.100.7')\n"
    in_a_process("cache.set('feeds:generation', 1, None); cache.set('page:/en/events/', 'old list', None)\n"
                 + count, tmp_path)
    # Another (the worker syncing a feed) bumps the generation, purges the
    # page, and the same client's next request is counted there.
    in_a_process("cache.incr('feeds:generation'); cache.delete('page:/en/events/')\n" + count, tmp_path)
    assert in_a_process("print(cache.get('feeds:generation'), cache.get('page:/en/events/'), "
                        "cache.get('rate:198.51.100.7'))", tmp_path) == "2 None 2"
    assert (tmp_path / "cache").is_dir(), "the cache lives under DATA_DIR"
