"""Readers in every configured language.

- `sync_locales()`: one wagtail Locale per language in settings (no migration).
- `serve()`: Wagtail's page view plus the fallback: a page with no live
  translation in the reader's language is served in the default language with
  a notice, the interface stays in the reader's language, never a 404.
- `language_links()` / `alternate_links()`: the switcher and hreflang data.
"""

import functools
import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist
from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.models import Exists, OuterRef, Q
from django.http import Http404, HttpRequest
from django.shortcuts import redirect
from django.urls import Resolver404, reverse
from django.utils import translation
from django.utils.html import format_html
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.views import serve as wagtail_serve
from wagtail_localize.models import LocaleSynchronization

from core.cache import columns, until_changed
from core.page_urls import site_root_paths

# --- Locales -------------------------------------------------------------------


@dataclass
class LocaleSync:
    created: list[str]
    synchronised: list[str]
    unconfigured: list[str]


@transaction.atomic
def sync_locales(*, synchronise_trees: bool = True) -> LocaleSync:
    """Create a Locale for every language of WAGTAIL_CONTENT_LANGUAGES.

    With `synchronise_trees`, every new non-default locale also follows the
    default locale's page tree (wagtail-localize creates alias pages there
    that editors turn into translations). Locales no longer configured are
    reported, never deleted: they may still own pages.
    """
    configured = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    existing = set(Locale.objects.values_list("language_code", flat=True))
    created = []
    for code in configured:
        if code not in existing:
            Locale.objects.create(language_code=code)
            created.append(code)
    synchronised = []
    if synchronise_trees:
        default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        for locale in Locale.objects.filter(language_code__in=created).exclude(pk=default.pk):
            LocaleSynchronization.objects.create(locale=locale, sync_from=default)
            synchronised.append(locale.language_code)
    unconfigured = sorted(existing - set(configured))
    return LocaleSync(created=created, synchronised=synchronised, unconfigured=unconfigured)


def language_name(code: str) -> str:
    """The language named in itself, as configured in LANGUAGES."""
    return dict(settings.LANGUAGES).get(code, code)


# Languages that capitalise language names mid-sentence ("in English");
# French, Spanish, Ukrainian, Hungarian... do not ("en français").
CAPITALISED_LANGUAGE_NAMES = {"en", "de"}


def language_name_in(code: str, reader: str) -> str:
    """The name of language `code` in language `reader`, as written mid-sentence."""
    try:
        name = translation.get_language_info(code)["name"]
    except KeyError:
        return language_name(code)
    with translation.override(reader):
        name = str(translation.gettext(name))
    return name if reader.split("-")[0] in CAPITALISED_LANGUAGE_NAMES else name.lower()


def is_rtl(code: str) -> bool:
    try:
        return translation.get_language_info(code)["bidi"]
    except KeyError:
        return False


def language_attrs(code: str) -> str:
    """` lang=".." dir=".."` for text in language `code` set among text of
    another language, as HTML ready to put in a tag."""
    return format_html(' lang="{}" dir="{}"', code, "rtl" if is_rtl(code) else "ltr")


def attrs_unless_reader(code: str | None) -> str:
    """`language_attrs(code)` when `code` is not the active language, else ""."""
    return language_attrs(code) if code and code != translation.get_language() else ""


# --- Serving with a fallback -----------------------------------------------------


@dataclass(frozen=True)
class Fallback:
    """Set on request.translation_fallback when the page shown is not in the
    reader's language."""

    reader_language: str
    content_language: str

    @property
    def content_dir(self) -> str:
        return "rtl" if is_rtl(self.content_language) else "ltr"


def _active_language() -> str | None:
    """The content language of the reader's interface language, if configured."""
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return None


def _tree_root_paths(request: HttpRequest, site: Site) -> tuple[str, str]:
    """url_paths of the site's root in the reader's language and in the default
    language, from Wagtail's site root paths (cached in the shared cache)."""
    roots = {srp.language_code: srp.root_path for srp in site_root_paths(request) if srp.site_id == site.pk}
    own = site.root_page.url_path
    return roots.get(_active_language(), own), roots.get(settings.LANGUAGE_CODE, own)


def _pages_along(root_paths, components: list[str]) -> dict[str, Page]:
    """{url_path: page} of every page the path may cross in those trees and the
    tree's root: one query, with their locale, content type and whether a view
    restriction applies to the page itself (an alias: to its source)."""
    wanted = {"/"}
    for root_path in root_paths:
        for depth in range(len(components) + 1):
            wanted.add(root_path + "".join(f"{component}/" for component in components[:depth]))
    restrictions = PageViewRestriction.objects.filter(Q(page_id=OuterRef("pk")) | Q(page_id=OuterRef("alias_of_id")))
    pages = (Page.objects.filter(url_path__in=wanted).select_related("locale", "content_type")
             .annotate(restricted=Exists(restrictions)))
    return {page.url_path: page for page in pages}


def _pages_along_cached(root_paths, components: list[str]) -> dict[str, Page]:
    """`_pages_along`, kept in the shared cache until a page moves, is
    published or unpublished, or a view restriction changes (each bumps the
    generation): routing then costs only the page's own query."""
    wanted = hashlib.sha256(repr((sorted(root_paths), components)).encode()).hexdigest()
    pages = until_changed("route", lambda: _pages_along(root_paths, components),
                          columns(Page, Locale, ContentType), wanted)
    for page in pages.values():
        ContentType.objects._add_to_cache(DEFAULT_DB_ALIAS, page.content_type)  # as get_for_id would
    return pages


def _looks_for_a_child(page: Page, components: list[str]) -> bool:
    """Whether `page.route(request, components)` would look for a child by the
    first component: Wagtail's Page does; a routable page does when none of
    its own routes (which come first while it is live) matches."""
    model = page.content_type.model_class()
    if model.route is Page.route:
        return True
    if issubclass(model, RoutablePageMixin) and model.route is RoutablePageMixin.route:
        if not page.live:
            return True
        try:
            model.get_resolver().resolve("/" + "".join(f"{component}/" for component in components))
        except Resolver404:
            return True
    return False


def _specific(model, pk: int) -> Page:
    """The page as its own type, with what its template reads beside it."""
    return (model.objects.select_related("locale", *getattr(model, "serve_related", ()))
            .prefetch_related(*getattr(model, "serve_prefetch", ())).get(pk=pk))


@functools.cache
def _related_models(model) -> tuple:
    """The models `serve_related` reaches, for the key of a pickled page."""
    models = []
    for lookup in ("locale", *getattr(model, "serve_related", ())):
        current = model
        for name in lookup.split("__"):
            current = current._meta.get_field(name).related_model
            models.append(current)
    return tuple(models)


def _specific_cached(model, pk: int) -> Page:
    """`_specific`, kept in the shared cache until a page changes, or for as
    long as the page cache keeps a page (a row changed with no signal shows
    no later than there); read afresh when the page cache is off."""
    return until_changed("page", lambda: _specific(model, pk), columns(model, *_related_models(model)), pk,
                         timeout=settings.PAGE_CACHE_SECONDS)


def _walk(request: HttpRequest, root: Page, components: list[str], pages: dict[str, Page], specific_of):
    """Wagtail's `route()` from `root` with the pages on the path fetched
    already: descend while a page routes its children as Wagtail's Page does
    (a child by slug), then the page reached routes the rest itself (a
    routable page's views) or serves itself. Only the last page is fetched
    as its specific type (`specific_of`)."""
    node, depth = root, 0
    while depth < len(components) and _looks_for_a_child(node, components[depth:]):
        child = pages.get(f"{node.url_path}{components[depth]}/")
        if child is None or child.depth != node.depth + 1 or not child.path.startswith(node.path):
            raise Http404
        node, depth = child, depth + 1
    specific = specific_of(node.content_type.model_class(), node.pk)
    path_pages = [page for page in pages.values() if node.path.startswith(page.path)]
    if len(path_pages) == node.depth and not any(page.restricted for page in path_pages):
        # Every ancestor is known to have no view restriction: spare Wagtail's
        # check (on_serve_page) its two queries.
        specific.get_view_restrictions = PageViewRestriction.objects.none
    return specific.route(request, components[depth:])


def _route(request: HttpRequest, path: str):
    """Route in the reader's language tree, then in the default tree; with
    the pages along the path from the shared cache, then, when they lead
    nowhere, read afresh (a page made live without a publish, as a copy is)."""
    try:
        route = _route_along(request, path, _pages_along_cached, _specific_cached)
    except ObjectDoesNotExist:
        route = None  # a page the cached path named is gone
    return route if route is not None else _route_along(request, path, _pages_along, _specific)


def _route_along(request: HttpRequest, path: str, pages_along, specific_of):
    site_root_paths(request)  # with no cache, its query of the sites finds the request's too
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    root = site.root_page
    localized_path, default_path = _tree_root_paths(request, site)
    pages = pages_along({localized_path, root.url_path, default_path}, components)
    # Page.localized: the translation in the reader's language if live, else the root itself.
    localized_root = pages.get(localized_path)
    if localized_root is None or not localized_root.live:
        localized_root = pages.get(root.url_path)
    if localized_root is None:
        return None
    try:
        return _walk(request, localized_root, components, pages, specific_of)
    except Http404:
        pass
    default_root = pages.get(default_path) or localized_root
    if default_root.pk == localized_root.pk:
        return None
    try:
        return _walk(request, default_root, components, pages, specific_of)
    except Http404:
        return None


def _translation_in(page: Page, language: str) -> tuple[Page | None]:
    """The page's translation into `language`, live or not, if there is one;
    in a tuple, so that "none" is kept in the shared cache too."""
    return (Page.objects.filter(translation_key=page.translation_key, locale__language_code=language).first(),)


def _has_locale(request: HttpRequest, language: str) -> bool:
    """Whether a Locale of `language` exists: known without a query when a
    site has its root in that language."""
    if any(srp.language_code == language for srp in site_root_paths(request)):
        return True
    return Locale.objects.filter(language_code=language).exists()


def serve(request: HttpRequest, path: str):
    """Wagtail's `serve` with the language fallback.

    Wagtail routes /fr/... in the French tree only; a page missing there would
    be a 404. Here the default tree is tried next; if the page found has a
    live French translation the reader is sent to it (translated slugs),
    otherwise it is shown as it is with `request.translation_fallback` set.
    """
    route = _route(request, path)
    request._wagtail_route_for_request = route  # wagtail's serve reads this
    if route is None:
        raise Http404
    page = route[0]
    active = _active_language()
    if active is not None:
        if page.locale.language_code != active:
            (translated,) = until_changed("translation-in", lambda: _translation_in(page, active),
                                          page.translation_key, active)
            if translated is not None and translated.live and translated.alias_of_id is None:
                url = translated.get_url(request)
                if url:
                    query = request.META.get("QUERY_STRING")
                    return redirect(f"{url}?{query}" if query else url)
            if translated is not None or _has_locale(request, active):
                request.translation_fallback = Fallback(active, page.locale.language_code)
        elif page.alias_of_id is not None:
            # A synchronised tree's placeholder: the page of another locale.
            source_locale = Page.objects.filter(pk=page.alias_of_id).values_list(
                "locale__language_code", flat=True).first()
            if source_locale and source_locale != active:
                request.translation_fallback = Fallback(active, source_locale)
    return wagtail_serve(request, path)


# --- Switcher and alternates -----------------------------------------------------


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool
    translated: bool  # False: the link goes to that language's home

    @property
    def dir(self) -> str:
        return "rtl" if is_rtl(self.code) else "ltr"


def _live_translations(page: Page, request: HttpRequest) -> dict[str, str]:
    """{language code: URL} of the page's live, real translations (a
    synchronised tree's alias of another locale's page does not count)."""
    pages = list(
        Page.objects.filter(translation_key=page.translation_key, live=True)
        .select_related("locale")
        .only("id", "url_path", "alias_of_id", "locale__language_code", "translation_key", "depth", "path")
    )
    in_group = {p.pk for p in pages}
    urls = {}
    for candidate in pages:
        if candidate.alias_of_id in in_group:
            continue
        url = candidate.get_url(request)
        if url:
            urls[candidate.locale.language_code] = url
    return urls


def home_url(code: str) -> str:
    with translation.override(code):
        return reverse("wagtail_serve", args=[""])


def language_links(page: Page | None, request: HttpRequest) -> list[LanguageLink]:
    """One link per configured language, each named in itself, to the page's
    live translation, else to that language's home."""
    current = translation.get_language()
    urls = _translations_cached(page, request) if page is not None and page.pk else {}
    return [
        LanguageLink(code=code, name=name, url=urls.get(code) or home_url(code),
                     current=code == current, translated=code in urls)
        for code, name in settings.LANGUAGES
    ]


def alternate_links(page: Page | None, request: HttpRequest) -> list[tuple[str, str]]:
    """(hreflang, absolute URL) for every live translation, plus x-default."""
    if page is None or not page.pk:
        return []
    urls = _translations_cached(page, request)
    links = [(code, request.build_absolute_uri(urls[code])) for code, _name in settings.LANGUAGES if code in urls]
    default_url = urls.get(settings.LANGUAGE_CODE)
    if default_url:
        links.append(("x-default", request.build_absolute_uri(default_url)))
    return links


def _translations_cached(page: Page, request: HttpRequest) -> dict[str, str]:
    # The switcher and the hreflang links share one read per request, kept in
    # the shared cache until a page changes; a URL is relative on its own
    # site, so the host is part of the key.
    found = request.__dict__.setdefault("_live_translation_urls", {})
    if page.translation_key not in found:
        found[page.translation_key] = until_changed(
            "translations", lambda: _live_translations(page, request), page.translation_key, request.get_host())
    return found[page.translation_key]


# --- Links in the reader's language ---------------------------------------------


@dataclass(frozen=True)
class ReaderLink:
    page: Page  # the translation linked to, else the page itself
    url: str


def reader_links(page_ids, request: HttpRequest) -> dict[int, ReaderLink]:
    """{page id: link} for the menu and footer: each page's live translation in
    the reader's language, else the page itself under the reader's language
    prefix, where `serve()` shows it with the fallback notice. Pages not live
    in any form are left out. One query for the pages and their translations."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    page_ids = set(page_ids)
    if not page_ids:
        return {}
    rows = list(Page.objects.filter(
        Q(pk__in=page_ids)
        | Q(translation_key__in=Page.objects.filter(pk__in=page_ids).values("translation_key"),
            locale__language_code=language, live=True),
    ).select_related("locale"))
    pages = {page.pk: page for page in rows if page.pk in page_ids}
    foreign = {page.translation_key for page in pages.values() if page.locale.language_code != language}
    translations = {page.translation_key: page for page in rows
                    if page.translation_key in foreign and page.locale.language_code == language and page.live}
    links = {}
    for pk, page in pages.items():
        translated = translations.get(page.translation_key)
        if translated is not None:
            url = translated.get_url(request)
            if url:
                links[pk] = ReaderLink(translated, url)
        elif page.live:
            url = url_in_language(page, request, language)
            if url:
                links[pk] = ReaderLink(page, url)
    return links


def url_in_language(page: Page, request: HttpRequest, language: str) -> str | None:
    """The page's path from its site's root, under `language`'s prefix."""
    if page.locale.language_code == language:
        return page.get_url(request)
    roots = [root for root in site_root_paths(request) if page.url_path.startswith(root.root_path)]
    if not roots:
        return None
    site = Site.find_for_request(request)
    root = next((root for root in roots if site is not None and root.site_id == site.pk), roots[0])
    with translation.override(language):
        path = reverse("wagtail_serve", args=[page.url_path[len(root.root_path):]])
    return path if site is not None and root.site_id == site.pk else root.root_url + path


# --- Keeping Wagtail's URL cache right ------------------------------------------


def clear_root_paths_on_home_change(sender, instance, **kwargs):
    """Wagtail caches each site's root paths, one per language home, and only
    clears that cache when the site's own root page changes. A new or moved
    translation of the home page must clear it too, or its pages get the
    default language's URLs."""
    if isinstance(instance, Page) and instance.depth == 2:
        Site.clear_site_root_paths_cache()
