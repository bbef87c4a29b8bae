"""The chapter's monthly digest: the member events approved for a month and
the member newsletters of that month, gathered into a draft newsletter issue
in the chapter's newsletter archive. An editor edits and sends it as any
issue (the newsletters app's pipeline); nothing here sends.

Idempotent: one draft per month (slug `digest-YYYY-MM`); once it exists,
preparing the month again returns it untouched, with the editor's changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.rich_text import RichText

from newsletters.models import NewsletterIndexPage, NewsletterPage

from .models import Announcement, MemberNewsletter, MembersPage


class NoArchive(Exception):
    """The chapter's site has no newsletter archive to hold the digest."""


@dataclass
class Digest:
    page: NewsletterPage
    created: bool
    events: int
    newsletters: int


def month_span(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    return first, date(year + month // 12, month % 12 + 1, 1)


def contents(members_page: MembersPage, year: int, month: int) -> tuple[list, list]:
    """(approved event announcements taking place that month, member
    newsletters issued that month), in date order."""
    first, after = month_span(year, month)
    events = list(members_page.announcements.filter(
        status=Announcement.Status.APPROVED, kind=Announcement.Kind.EVENT, event_page__live=True,
        start_date__gte=first, start_date__lt=after).select_related("association", "event_page")
        .order_by("start_date", "start_time", "title"))
    newsletters = list(MemberNewsletter.objects.filter(
        association__members_page=members_page, issued__gte=first, issued__lt=after)
        .select_related("association", "document").order_by("issued", "title"))
    return events, newsletters


def _items(lines: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"


def body(events: list, newsletters: list, site=None) -> list:
    blocks = [("text", RichText("<p>" + escape(_(
        "The events and newsletters our member associations sent us this month.")) + "</p>"))]
    if events:
        blocks.append(("text", RichText(f"<h2>{escape(_('Member events'))}</h2>")))
        for announcement in events:
            blocks.append(("featured_event", {
                "event": announcement.event_page,
                "blurb": _("Run by %(name)s (%(city)s)") % {"name": announcement.association.name,
                                                           "city": announcement.association.local_city}}))
    if newsletters:
        lines = []
        for newsletter in newsletters:
            link = newsletter.document.get_url() if newsletter.document_id else newsletter.url
            title = escape(newsletter.title)
            lines.append((f'<a href="{escape(link)}">{title}</a>' if link else title)
                         + f" ({escape(newsletter.association.name)})")
        blocks.append(("text", RichText(f"<h2>{escape(_('Member newsletters'))}</h2>" + _items(lines))))
    return blocks


def prepare(members_page_id: int, year: int, month: int, *, user=None) -> Digest:
    """The month's draft issue, created once in the archive next to the
    members page."""
    members_page = MembersPage.objects.get(pk=members_page_id)
    archive = NewsletterIndexPage.objects.sibling_of(members_page).first()
    if archive is None:
        raise NoArchive(members_page.title)
    slug = f"digest-{year:04d}-{month:02d}"
    existing = NewsletterPage.objects.child_of(archive).filter(slug=slug).first()
    events, newsletters = contents(members_page, year, month)
    if existing is not None:
        return Digest(existing, False, len(events), len(newsletters))
    title = _("Member news, %(month)s") % {"month": date_format(date(year, month, 1), "YEAR_MONTH_FORMAT")}
    page = NewsletterPage(title=title, slug=slug, live=False, issue_date=date(year, month, 1),
                          preheader=_("Events and newsletters of the chapter's member associations."),
                          body=body(events, newsletters))
    archive.add_child(instance=page)
    page.save_revision(user=user if user is not None and user.is_authenticated else None)
    return Digest(page, True, len(events), len(newsletters))


def prepare_all(year: int, month: int) -> list[Digest]:
    """Every chapter's draft for the month (the worker's monthly run); a
    chapter with no newsletter archive is skipped."""
    digests = []
    for members_page_id in MembersPage.objects.order_by("pk").values_list("pk", flat=True):
        try:
            digests.append(prepare(members_page_id, year, month))
        except NoArchive:
            continue
    return digests
