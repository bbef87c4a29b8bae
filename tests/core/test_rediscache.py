"""The Redis cache keeps one client per connection pool (Django's builds a
new one, with its two hundred response callbacks, for every operation)."""

import os

import pytest
import redis
from django.core.cache import cache

from tests.services import IN_CI

# Under CI=true Redis is there (tests/conftest.py fails the run otherwise): never skipped.
pytestmark = pytest.mark.skipif(not IN_CI and not os.environ.get("REDIS_URL"),
                                reason="the embedded default has no Redis")


def test_every_operation_goes_through_one_client(monkeypatch):
    built = []
    original = redis.Redis.__init__

    def counting(self, *args, **kwargs):
        built.append(self)
        original(self, *args, **kwargs)

    cache._cache.get_client()  # the client of this process, once
    monkeypatch.setattr(redis.Redis, "__init__", counting)
    cache.set("rediscache:test", {"value": 1}, 30)
    assert cache.get("rediscache:test") == {"value": 1}
    assert cache.get_many(["rediscache:test", "rediscache:none"]) == {"rediscache:test": {"value": 1}}
    cache.delete("rediscache:test")
    assert cache.get("rediscache:test") is None
    assert built == []
    assert cache._cache.get_client() is cache._cache.get_client(write=True)
