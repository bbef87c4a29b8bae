"""Page URLs for long listings, resolved once per parent instead of once per page.

`Page.get_url()` looks up the site root paths (a cache round trip without a
request) and reverses a URL for every call; a directory of 200 cities and its
map would do that 400 times per render. Siblings share everything but their
slug, so the parent's URL is resolved once and the slug appended.
"""

from django.conf import settings
from django.utils import translation
from wagtail.models import Page

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


def in_readers_language(url: str | None) -> str | None:
    """A listing shown in the reader's language as a fallback (the pages are
    in the default language) links under the reader's prefix, where the
    same fallback serves them: never a link out of the reader's language."""
    reader = translation.get_language()
    if not url or not reader or not url.startswith("/"):
        return url
    prefix, _slash, rest = url[1:].partition("/")
    if prefix in LANGUAGE_CODES and prefix != reader and reader in LANGUAGE_CODES:
        return f"/{reader}/{rest}"
    return url


def set_listing_urls(pages, request=None) -> list:
    """Give each page a `listing_url` (the URL `{% pageurl %}` would give) and return the pages."""
    parents: dict[str, str | None] = {}
    for page in pages:
        parent_path = page.url_path[: -len(page.slug) - 1]
        if parent_path not in parents:
            parents[parent_path] = Page(url_path=parent_path).get_url(request)
        parent_url = parents[parent_path]
        page.listing_url = f"{parent_url}{page.slug}/" if parent_url else page.get_url(request)
    return pages
