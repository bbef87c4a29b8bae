"""Django's Redis cache, with one Redis client per connection pool.

Django's `RedisCacheClient` builds a new `redis.Redis` for every operation,
and redis-py fills some two hundred response callbacks in each: about as
much CPU as the round trip itself, six times on every page a reader gets
(the page cache's generation and entry, the frame's, the site root paths,
storing the page). A client is safe to share between threads (its pool hands
each command a connection) and across a fork (the pool notices the new
process), so one per pool does.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class SharedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient
