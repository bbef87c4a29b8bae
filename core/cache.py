"""Whole-page cache for anonymous readers.

A rendered Wagtail page is stored per host, path (which carries the language
prefix), query string and PAGE_CACHE_VARY_COOKIES (the reader's time zone) in
Django's cache (Redis in production, local memory by default). Publishing,
unpublishing, moving or deleting a page, or saving a snippet or setting
readers see, bumps a generation number that is part of every key: one write
purges every cached page in every process at once.
"""

import functools
import hashlib
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control
from wagtail.models import Page, ReferenceIndex

GENERATION_KEY = "pagecache:generation"
CHROME_GENERATION_KEY = "pagecache:chrome-generation"
RENDITIONS_KEY = "pagecache:renditions"
GENERATIONS = (GENERATION_KEY, CHROME_GENERATION_KEY, RENDITIONS_KEY)
HEADER = "X-Page-Cache"
# The generations as a request first read them: each shared value a render
# reads has one in its key, and each read was a round trip to Redis.
_seen: ContextVar[dict | None] = ContextVar("page_cache_generations", default=None)


def _generation(key) -> int:
    seen = _seen.get()
    if seen is None:
        return _read_generations([key])[key]
    if key not in seen:
        # Most renders need every generation: one round trip for all.
        seen.update(_read_generations(GENERATIONS))
    return seen[key]


def _read_generations(keys) -> dict:
    found = cache.get_many(keys)
    for key in keys:
        if found.get(key) is None:
            cache.add(key, 1, None)
            found[key] = cache.get(key) or 1
    return found


def _bump(key) -> None:
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 2, None)
    seen = _seen.get()
    if seen is not None:
        seen.pop(key, None)  # what this request reads next is the new generation's


def generation() -> int:
    return _generation(GENERATION_KEY)


def chrome_generation() -> int:
    """The menu, footer and organisation details are cached apart from pages:
    they change only when those snippets change or a page they link to does."""
    return _generation(CHROME_GENERATION_KEY)


@functools.cache
def columns(*models) -> str:
    """A short hash of the models' columns, for the key of pickled instances:
    a release that changes them never reads what an earlier one stored."""
    names = [[field.attname for field in model._meta.concrete_fields] for model in models]
    return hashlib.sha256(repr(names).encode()).hexdigest()[:8]


def changed_key(name: str, *parts) -> str:
    """The key of a value kept until a page or a watched row changes: the
    generation is in it, so every process reads the new value at once."""
    return ":".join(str(part) for part in (name, generation(), *parts))


def until_changed(name: str, compute, *parts, timeout: int = 3600):
    """`compute()`, kept in the shared cache under `name` and `parts` until a
    page or a watched row changes (the generation is part of the key, so
    every process reads the new value at once) or `timeout` seconds pass.
    `parts` name everything else the value depends on."""
    key = changed_key(name, *parts)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value


def renditions_generation() -> int:
    """Part of the key of a value holding images with their renditions read:
    bumped when a rendition is made or deleted. An image shown in a size it
    had none of has it made during the render, after the value was read; the
    next reader reads it with the new rendition instead of making its file
    again on every render (Wagtail makes the file before it looks it up)."""
    return _generation(RENDITIONS_KEY)


def purge(**_kwargs) -> None:
    """Forget every cached page (keys of the old generation expire unused)."""
    _bump(GENERATION_KEY)


def purge_renditions(**_kwargs) -> None:
    _bump(RENDITIONS_KEY)


def purge_chrome(**_kwargs) -> None:
    _bump(CHROME_GENERATION_KEY)
    purge()


def purge_for_page(instance=None, **_kwargs) -> None:
    """A page changed: every page goes; the menu and footer only if they link
    to it or to one of its translations (they show the reader's translation)."""
    purge()
    if instance is not None and instance.pk:
        # The instance itself too: a deleted page has no row left to find.
        group = [instance]
        if getattr(instance, "translation_key", None):
            group += Page.objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk)
        sources = ReferenceIndex.get_references_to_in_bulk(group).values_list(
            "content_type__app_label", "content_type__model")
        if any(app == "home" and model in ("navigationmenu", "footer") for app, model in sources):
            purge_chrome()


def _key(request) -> str:
    # No page reads more than 64 characters of these cookies (zone names are shorter).
    cookies = "|".join(request.COOKIES.get(name, "")[:64] for name in settings.PAGE_CACHE_VARY_COOKIES)
    raw = f"{request.get_host()}|{request.path}|{request.META.get('QUERY_STRING', '')}|{cookies}"
    return f"pagecache:{generation()}:{hashlib.sha256(raw.encode()).hexdigest()}"


def _is_wagtail_page(request) -> bool:
    match = request.resolver_match
    return match is not None and match.url_name == "wagtail_serve"


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seen = _seen.set({})
        try:
            response = self.get_response(request)
        finally:
            _seen.reset(seen)
        key = getattr(request, "_page_cache_key", None)
        if key and not getattr(request, "_page_cache_hit", False) and self._storable(request, response):
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
            response[HEADER] = "miss"
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not settings.PAGE_CACHE_SECONDS or request.method not in ("GET", "HEAD"):
            return None
        if not _is_wagtail_page(request) or request.user.is_authenticated:
            return None
        if settings.SESSION_COOKIE_NAME in request.COOKIES or len(request.META.get("QUERY_STRING", "")) > 200:
            return None
        request._page_cache_key = _key(request)
        cached = cache.get(request._page_cache_key)
        if cached is not None:
            request._page_cache_hit = True
            cached[HEADER] = "hit"
            return cached
        return None

    @staticmethod
    def _storable(request, response):
        if response.status_code != 200 or response.cookies or getattr(request, "is_preview", False):
            return False
        if response.has_header("Vary") and "cookie" in response["Vary"].lower():
            return False  # the page used the session: it is someone's own
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            # A form's CSRF token (CsrfViewMiddleware, outside this one, adds
            # its cookie and Vary only later): another reader's POST with it
            # would be refused.
            return False
        if "private" in response.get("Cache-Control", "") or "no-store" in response.get("Cache-Control", ""):
            return False
        patch_cache_control(response, public=True)
        return True
