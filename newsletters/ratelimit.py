"""The newsletter's sending rate, shared by every worker process (the
per-form counters are core.ratelimit's)."""

import functools
import time

import redis
from django.conf import settings
from django.core.cache import cache


@functools.cache
def _redis():
    """The cache's Redis server, spoken to directly: INCRBY and EXPIRE in one
    round trip (Django's cache.incr costs two). None without Redis."""
    location = settings.CACHES["default"].get("LOCATION", "")
    if "RedisCache" not in settings.CACHES["default"]["BACKEND"] or not str(location).startswith("redis"):
        return None
    return redis.Redis.from_url(location)


class SendRate:
    """A global messages-per-second limit shared by every worker process: one
    counter per second; a process takes a few tokens per round trip and sleeps
    to the next second when the current one is spent."""

    def __init__(self, per_second: float, key: str = "mail"):
        self.per_second = max(1, int(per_second))
        self.key = key

    def _count(self, second: int, n: int) -> int:
        key = f"rate:{self.key}:{second}"
        client = _redis()
        if client is not None:
            pipe = client.pipeline(transaction=False)
            pipe.incrby(key, n)
            pipe.expire(key, 3)
            return pipe.execute()[0]
        cache.add(key, 0, timeout=3)
        try:
            return cache.incr(key, n)
        except ValueError:  # expired between add and incr
            return self._count(second, n)

    def acquire(self, n: int = 1) -> int:
        """Wait for up to n tokens; returns how many were granted (at least 1).
        Across all processes no second grants more than per_second."""
        while True:
            second = int(time.time())
            count = self._count(second, n)
            granted = min(n, self.per_second - (count - n))
            if granted > 0:
                return granted
            time.sleep(max(0.0, second + 1 - time.time()) + 0.001)
