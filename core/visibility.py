"""Which pages anonymous readers may see, as SQL.

Wagtail's `PageQuerySet.public()` first reads every view restriction (a query
of its own on every listing) and then excludes their subtrees; `public()`
here is the same filter as one subquery of the listing's query.
"""

from django.db.models import Exists, F, OuterRef
from django.db.models.lookups import StartsWith
from wagtail.models import PageViewRestriction


def public(pages):
    """`pages` without those under (or at) a page with a view restriction."""
    restricting = PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path")))
    return pages.exclude(Exists(restricting))
