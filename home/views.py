import re

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from . import search as search_results

MAX_RESULTS = 50
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def search(request):
    """Full-text search over the live pages of this site in the reader's
    language (PostgreSQL full-text search when the database is PostgreSQL)."""
    # Control characters mean nothing in a search (and NUL stops PostgreSQL).
    query = CONTROL.sub("", request.GET.get("q") or "").strip()[:200]
    results = []
    if query:
        site = Site.find_for_request(request)
        pages = Page.objects.live().public()
        if site is not None:
            pages = pages.descendant_of(site.root_page.localized, inclusive=True)
        locale = Locale.objects.filter(language_code=get_language() or settings.LANGUAGE_CODE).first()
        if locale is not None:
            pages = pages.filter(locale=locale)
        results = search_results.results(pages.specific().search(query)[:MAX_RESULTS], query)
    return render(request, "home/search.html", {"search_query": query, "results": results})
