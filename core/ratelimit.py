"""Counters in the shared cache (Redis in production), so every web and
worker process sees the same limits on the public forms."""

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
