"""The rendered .ics feeds, cached until something they show changes.

A version number in the cache is part of every key: bumping it (on publish,
unpublish, a sync that wrote rows) purges every feed at once, in every
process sharing the cache.
"""

from django.core.cache import cache

VERSION_KEY = "events:feeds:version"
TIMEOUT = 15 * 60  # imported rows age out of the window; never serve older than this


def version() -> int:
    value = cache.get(VERSION_KEY)
    if value is None:
        cache.add(VERSION_KEY, 1, None)
        value = cache.get(VERSION_KEY, 1)
    return value


def purge() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def key(*parts) -> str:
    return "events:feed:" + ":".join(str(part) for part in parts) + f":v{version()}"


def get(key_: str):
    return cache.get(key_)


def put(key_: str, value) -> None:
    cache.set(key_, value, TIMEOUT)
