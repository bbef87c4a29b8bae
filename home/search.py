"""Search results as readers see them: the kind of page, its date and the
passage that matched, marked."""

import json
import re
from dataclasses import dataclass
from datetime import date, datetime

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.blocks import StreamValue
from wagtail.models import Page
from wagtail.search import index

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
    url: str = ""
    attrs: str = ""  # lang and dir of a result in another language than the reader's

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


# Scripts written without spaces between words: Han, kana, Hangul. Neither
# PostgreSQL's text search nor SQLite's FTS splits them into words, so a
# query in them is looked for as a substring of the pages' text.
UNSEGMENTED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]")


def is_unsegmented(query: str) -> bool:
    return bool(UNSEGMENTED.search(query))


def searchable_text(page: Page) -> str:
    """The text of the page's own search fields (title, intro, body, ...)."""
    parts = []
    for field in page.get_search_fields():
        if not isinstance(field, index.SearchField):
            continue
        value = getattr(page, field.field_name, None)
        if isinstance(value, StreamValue):
            value = json.dumps(list(value.raw_data), ensure_ascii=False, cls=DjangoJSONEncoder)
        if isinstance(value, str) and value:
            parts.append(strip_tags(value))
    return " ".join(parts)


def containing(pages, query: str, limit: int) -> list[Page]:
    """The pages whose text holds every word of `query`, those with it in
    their title first. Reads each page: for the queries the database's
    search cannot answer, on a site of a few hundred pages."""
    words = [word.casefold() for word in query.split()]
    in_title, in_text = [], []
    for page in pages.iterator(chunk_size=200):
        title = page.title.casefold()
        if all(word in title for word in words):
            in_title.append(page)
        elif all(word in f"{title} {searchable_text(page).casefold()}" for word in words):
            in_text.append(page)
    return (in_title + in_text)[:limit]


def passage(text: str, query: str) -> SafeString:
    """Where the first word of the query occurs, with each query word marked;
    else the opening of the text."""
    words = [w for w in re.split(r"\W+", query) if len(w) > 1 or is_unsegmented(w)]
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
