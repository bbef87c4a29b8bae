"""Search results as readers see them: the kind of page, its date and the
passage that matched, marked."""

import re
from dataclasses import dataclass
from datetime import date, datetime

from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

# By model name: home imports no content app.
KINDS = {"cityprofilepage": _("Partner city"), "eventpage": _("Event"), "newsletterpage": _("News")}
TEXT_FIELDS = ("search_description", "summary", "intro", "body")
PASSAGE = 90  # characters either side of the first match


@dataclass
class Result:
    page: Page
    kind: str
    when: date | datetime | None
    passage: SafeString

    @property
    def title(self) -> str:
        return self.page.title


def page_text(page: Page) -> str:
    parts = []
    for name in TEXT_FIELDS:
        value = getattr(page, name, None)
        if value:
            # A block's end is a word break: "…13.</p><p>Sonoma" reads as two sentences.
            parts.append(strip_tags(re.sub(r"(<br\s*/?>|</(p|h\d|li|div|td)>)", r"\1 ", str(value))))
    return re.sub(r"\s+", " ", " ".join(parts)).strip()


def passage(text: str, query: str) -> SafeString:
    """Where the first word of the query occurs, with each query word marked;
    else the opening of the text."""
    words = [w for w in re.split(r"\W+", query) if len(w) > 1]
    found = next((m for w in words if (m := re.search(re.escape(w), text, re.IGNORECASE))), None)
    start = max(0, found.start() - PASSAGE) if found else 0
    end = min(len(text), (found.end() if found else 0) + PASSAGE * (1 if found else 2))
    excerpt = escape(("…" if start else "") + text[start:end] + ("…" if end < len(text) else ""))
    if words:
        pattern = re.compile("|".join(re.escape(escape(w)) for w in words), re.IGNORECASE)
        excerpt = pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", excerpt)
    return mark_safe(excerpt)  # noqa: S308 - escaped above, only <mark> added


def results(pages, query: str) -> list[Result]:
    found = []
    for page in pages:
        kind = KINDS.get(page._meta.model_name, _("Page"))
        when = getattr(page, "start_date", None) or page.last_published_at or page.first_published_at
        found.append(Result(page, str(kind), when, passage(page_text(page), query)))
    return found
