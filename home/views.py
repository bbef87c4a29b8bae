import re

from django.conf import settings
from django.db.models import Q
from django.shortcuts import render
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from core.i18n import attrs_unless_reader
from core.page_urls import in_readers_language

from . import search as search_results

MAX_RESULTS = 50
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def readers_pages(request):
    """The live public pages of this site a reader of the active language
    reads: those of their language, and those of the default language not
    translated into it yet (served to them with the fallback notice)."""
    pages = Page.objects.live().public()
    site = Site.find_for_request(request)
    roots = [site.root_page, site.root_page.localized] if site is not None else []
    if roots:
        pages = pages.filter(Q(path__startswith=roots[0].path) | Q(path__startswith=roots[1].path))
    language = get_language() or settings.LANGUAGE_CODE
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return pages
    if language == settings.LANGUAGE_CODE:
        return pages.filter(locale=locale)
    translated = Page.objects.live().filter(locale=locale, alias_of__isnull=True).values("translation_key")
    return pages.filter(Q(locale=locale, alias_of__isnull=True)
                        | Q(locale__language_code=settings.LANGUAGE_CODE) & ~Q(translation_key__in=translated))


def search(request):
    """Full-text search over the pages a reader of this language reads
    (PostgreSQL full-text search when the database is PostgreSQL); a query in
    Chinese or Japanese, which neither database splits into words, is looked
    for as it is written (home/search.py)."""
    # Control characters mean nothing in a search (and NUL stops PostgreSQL).
    query = CONTROL.sub("", request.GET.get("q") or "").strip()[:200]
    results = []
    if query:
        pages = Page.objects.filter(pk__in=readers_pages(request).values("pk"))
        if search_results.is_unsegmented(query):
            found = search_results.containing(pages.specific(), query, MAX_RESULTS)
        else:
            found = pages.specific().search(query)[:MAX_RESULTS]
        results = search_results.results(found, query)
        languages = dict(Locale.objects.values_list("pk", "language_code")) if results else {}
        for result in results:
            # A page shown as a fallback: under the reader's prefix, marked as English.
            result.url = in_readers_language(result.page.get_url(request))
            result.attrs = attrs_unless_reader(languages.get(result.page.locale_id))
    return render(request, "home/search.html", {"search_query": query, "results": results})
