"""What every app's demo loader shares: a report of what was created, and
idempotent helpers that find a page, image or document by its natural key
(a slug under its parent, a title) and create it only when missing, so a
second run changes nothing and what editors changed stays.

The loaders themselves live with their apps (`<app>/demo.py`, data in
`<app>/demo_data.py` or `home/demo/data/`); `cms/demo.py` calls them in order.
"""

import logging
from dataclasses import dataclass, field
from datetime import date

from django.utils.html import escape
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from . import media
from .tree import child

log = logging.getLogger(__name__)


@dataclass
class Report:
    created: list = field(default_factory=list)

    def add(self, what):
        self.created.append(what)
        log.info("created %s", what)


def paragraphs(texts) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def parse_since(value):
    """"1959" -> (1959-01-01, year only); "2005-09-01" -> (that date, False)."""
    if not value:
        return None, False
    if len(value) == 4:
        return date(int(value), 1, 1), True
    return date.fromisoformat(value), False


def slug_of(text: str) -> str:
    return slugify(text)[:80] or "item"


def ensure_page(parent: Page, page: Page, report: Report) -> Page:
    existing = child(parent, page.slug)
    if existing is not None:
        return existing
    page.locale_id = parent.locale_id
    parent.add_child(instance=page)
    page.save_revision().publish()
    report.add(f"page {page.url_path}")
    return page


def ensure_image(title: str, alt: str, report: Report, credit: str = media.CREDIT, label: str = ""):
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image.objects.create(title=title, description=alt, credit=credit,
                                     file=media.image_file(label or title, slug_of(title)))
        report.add(f"image {title}")
    return image


def ensure_document(spec: dict, report: Report):
    Document = get_document_model()
    document = Document.objects.filter(title=spec["title"]).first()
    if document is None:
        document = Document.objects.create(title=spec["title"],
                                           file=media.pdf_file(spec["title"], spec["sections"], spec["filename"]))
        report.add(f"document {spec['title']}")
    return document
