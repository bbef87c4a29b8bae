"""Page URLs: for long listings, resolved once per parent instead of once per
page; the site root paths every URL starts from, in two queries.

`Page.get_url()` looks up the site root paths (a cache round trip without a
request) and reverses a URL for every call; a directory of 200 cities and its
map would do that 400 times per render. Siblings share everything but their
slug, so the parent's URL is resolved once and the slug appended.
"""

from collections import defaultdict

from django.conf import settings
from django.core.cache import cache
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION, SiteRootPath

from core.cache import generation

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
            # A content type given: an unsaved Page would look one up.
            parents[parent_path] = Page(url_path=parent_path, content_type_id=page.content_type_id).get_url(request)
        parent_url = parents[parent_path]
        page.listing_url = f"{parent_url}{page.slug}/" if parent_url else page.get_url(request)
    return pages


def _site_for_request(sites: list[Site], request) -> Site | None:
    """The site `Site.find_for_request()` finds (Wagtail's get_site_for_hostname), among `sites`."""
    hostname = split_domain_port(request._get_raw_host())[0]
    try:
        port = int(request.get_port())
    except (TypeError, ValueError):
        port = None

    def rank(site):
        if site.hostname == hostname:
            return 0 if site.port == port else 1 if site.is_default_site else 3
        return 2 if site.is_default_site else None

    ranked = sorted((site for site in sites if rank(site) is not None), key=rank)
    if not ranked:
        return None
    if len(ranked) == 1 or rank(ranked[0]) in (0, 1):
        return ranked[0]
    if rank(ranked[0]) == 2:
        return ranked[len(ranked) == 2]
    return None


def site_root_paths(request=None) -> list[SiteRootPath]:
    """Wagtail's `Site.get_site_root_paths()` in two queries whatever the number
    of sites (Wagtail's takes one more per site with i18n on), stored in the
    shared cache under Wagtail's own key, where `Page.get_url()` finds it and
    from which Wagtail deletes it when a site or a root page changes."""
    if request is not None and hasattr(request, "_wagtail_cached_site_root_paths"):
        return request._wagtail_cached_site_root_paths
    result = cache.get(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)
    if result is None:
        sites = _sites(read=False)
        if request is not None and not hasattr(request, "_wagtail_site"):
            request._wagtail_site = _site_for_request(sites, request)  # Site.find_for_request, no query
        translations = defaultdict(list)
        for root in (Page.objects.filter(translation_key__in={site.root_page.translation_key for site in sites})
                     .select_related("locale").only("url_path", "translation_key", "path", "locale__language_code")
                     .order_by("path")):
            translations[root.translation_key].append(root)
        result = [SiteRootPath(site.id, root.url_path, site.root_url, root.locale.language_code)
                  for site in sites for root in translations[site.root_page.translation_key]]
        cache.set(SITE_ROOT_PATHS_CACHE_KEY, result, 3600, version=SITE_ROOT_PATHS_CACHE_VERSION)
    if request is not None:
        request._wagtail_cached_site_root_paths = result  # as Page.get_url(request) keeps them
        if not hasattr(request, "_wagtail_site"):
            request._wagtail_site = _site_for_request(_sites(), request)  # Site.find_for_request
    return result


def _sites(read: bool = True) -> list[Site]:
    """The sites with their root pages, kept until a page or a site changes
    (the page cache's generation, core/cache.py): Wagtail's
    Site.find_for_request() would query them on every request."""
    key = f"sites:{generation()}"
    sites = cache.get(key) if read else None
    if sites is None:
        sites = list(Site.objects.select_related("root_page").order_by(
            "-root_page__url_path", "-is_default_site", "hostname"))
        cache.set(key, sites, 3600)
    return sites
