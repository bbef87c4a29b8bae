"""Counters in the shared cache (Redis in production), so every web and
worker process sees the same limits."""

import time

from django.core.cache import cache


def hit(key: str, limit: int, window_seconds: int) -> bool:
    """Count one hit in the current window; False once the limit is passed."""
    bucket = int(time.time() // window_seconds)
    cache_key = f"rl:{key}:{window_seconds}:{bucket}"
    cache.add(cache_key, 0, timeout=window_seconds + 1)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.add(cache_key, 1, timeout=window_seconds + 1)
        count = 1
    return count <= limit


class SendRate:
    """A global messages-per-second limit shared by every worker process:
    one counter per second in the cache; a process that finds the current
    second full sleeps until the next one."""

    def __init__(self, per_second: float, key: str = "mail"):
        self.per_second = max(1, int(per_second))
        self.key = key

    def acquire(self) -> None:
        while True:
            now = time.time()
            second = int(now)
            cache_key = f"rate:{self.key}:{second}"
            cache.add(cache_key, 0, timeout=3)
            try:
                count = cache.incr(cache_key)
            except ValueError:
                continue
            if count <= self.per_second:
                return
            time.sleep(max(0.0, second + 1 - time.time()) + 0.001)
