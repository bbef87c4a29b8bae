"""Page URLs for long listings, resolved once per parent instead of once per page.

`Page.get_url()` looks up the site root paths (a cache round trip without a
request) and reverses a URL for every call; a directory of 200 cities and its
map would do that 400 times per render. Siblings share everything but their
slug, so the parent's URL is resolved once and the slug appended.
"""

from wagtail.models import Page


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
