"""Moderating announcements and mailing their senders (called by the admin
and by the worker, testable without either).

Approving publishes the announcement: an event becomes an event page in the
chapter's events index (so the member calendar, its feeds and editors' usual
tools see it), a newsletter joins the association's archive (a PDF goes to
the document library). Rejecting keeps the row with its reason. Either way
the decision is stored first and announced (`announcement_decided`); the
worker mails it, and retries until it has left.
"""

import smtplib
from email.headerregistry import Address

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from core.mail_sweep import due_again
from core.smtp_errors import describe, is_permanent
from events.models import EventCategory, EventPage
from home.contact import organisation

from .models import Announcement, MemberNewsletter
from .signals import announcement_decided


class MailUnavailable(Exception):
    """The mail server is down or deferred the message: try again later."""


class NotPending(Exception):
    """The announcement was decided already (by another editor, perhaps)."""


class NoEventsIndex(Exception):
    """The members page names no events index to publish an event in."""


def _locked(announcement_id: int) -> Announcement:
    announcement = (Announcement.objects.select_for_update(of=("self",))
                    .select_related("association", "members_page").get(pk=announcement_id))
    if announcement.status != Announcement.Status.PENDING:
        raise NotPending(announcement.get_status_display())
    return announcement


def _decided(announcement: Announcement, status: str, user) -> None:
    announcement.status = status
    announcement.decided_at = timezone.now()
    announcement.decided_by = user if user is not None and user.is_authenticated else None
    announcement.mail_state = Announcement.MailState.WAITING  # the decision's mail is due
    announcement.save()
    # The worker's listener enqueues the mail once this transaction commits.
    announcement_decided.send(Announcement, announcement_id=announcement.pk)


def event_page(announcement: Announcement) -> EventPage:
    body = []
    if announcement.description:
        body.append(("paragraph", RichText("".join(f"<p>{line}</p>" for line in _escaped_lines(
            announcement.description)))))
    if announcement.link:
        body.append(("link", {"label": gettext("More information"), "url": announcement.link}))
    return EventPage(
        title=announcement.title, category=EventCategory.CULTURAL, start_date=announcement.start_date,
        start_time=announcement.start_time, end_time=announcement.end_time if announcement.start_time else None,
        venue_name=announcement.place, summary=announcement.description.split("\n")[0][:300], body=body,
    )


def _escaped_lines(text: str) -> list[str]:
    return [escape(line) for line in text.splitlines() if line.strip()]


@transaction.atomic
def approve(announcement_id: int, user=None) -> Announcement:
    """Publish it as an event page or a newsletter of the association."""
    announcement = _locked(announcement_id)
    if announcement.kind == Announcement.Kind.EVENT:
        index = announcement.members_page.events_index if announcement.members_page else None
        if index is None:
            raise NoEventsIndex(announcement.title)
        page = event_page(announcement)
        index.add_child(instance=page)
        page.save_revision(user=user if user is not None and user.is_authenticated else None).publish()
        announcement.event_page = page
    else:
        document = None
        if announcement.newsletter_file:
            document = get_document_model()(title=announcement.title, file=announcement.newsletter_file.name)
            document.file_size = announcement.newsletter_file.size
            document.save()
        announcement.newsletter = MemberNewsletter.objects.create(
            association=announcement.association, title=announcement.title, url=announcement.link,
            document=document, issued=timezone.localdate(announcement.received_at))
    _decided(announcement, Announcement.Status.APPROVED, user)
    return announcement


@transaction.atomic
def reject(announcement_id: int, reason: str, user=None) -> Announcement:
    announcement = _locked(announcement_id)
    announcement.reason = reason.strip()[:2000]
    _decided(announcement, Announcement.Status.REJECTED, user)
    return announcement


# --- mail ---------------------------------------------------------------------

def _address(name: str, email: str) -> str:
    return str(Address(display_name=name, addr_spec=email))


def confirmation_mail(announcement: Announcement, chapter: str, email: str) -> EmailMessage:
    with translation.override(announcement.language or settings.LANGUAGE_CODE):
        subject = gettext("We received your announcement: %(title)s") % {"title": announcement.title}
        body = render_to_string("chapter/email/received.txt", {"announcement": announcement, "chapter": chapter})
    return EmailMessage(subject, body, _address(chapter, email), [announcement.email],
                        headers={"Auto-Submitted": "auto-replied"})


def decision_mail(announcement: Announcement, chapter: str, email: str) -> EmailMessage:
    with translation.override(announcement.language or settings.LANGUAGE_CODE):
        if announcement.status == Announcement.Status.APPROVED:
            subject = gettext("Published: %(title)s") % {"title": announcement.title}
        else:
            subject = gettext("Not published: %(title)s") % {"title": announcement.title}
        page_url = announcement.event_page.full_url if announcement.event_page else ""
        body = render_to_string("chapter/email/decided.txt", {
            "announcement": announcement, "chapter": chapter, "page_url": page_url})
    return EmailMessage(subject, body, _address(chapter, email), [announcement.email], reply_to=[email],
                        headers={"Auto-Submitted": "auto-replied"})


def deliver(announcement_id: int, *, last_attempt: bool = False) -> bool:
    """Send what is due and not yet sent (the confirmation, then the
    decision). True once all has left. A transient fault is recorded and
    raised as MailUnavailable for the worker to retry; a refusal (5xx) or
    the last attempt leaves the row FAILED for the sweep. A row another
    process is sending is left to it."""
    fault = None
    with transaction.atomic():
        announcement = (Announcement.objects.select_for_update(skip_locked=True, of=("self",))
                        .select_related("site", "event_page").filter(pk=announcement_id).first())
        if announcement is None or announcement.mail_done:
            return False
        chapter, email = organisation(announcement.site)
        try:
            if announcement.confirmation_sent_at is None:
                confirmation_mail(announcement, chapter, email).send()
                announcement.confirmation_sent_at = timezone.now()
            if announcement.decided and announcement.decision_sent_at is None:
                decision_mail(announcement, chapter, email).send()
                announcement.decision_sent_at = timezone.now()
        except (smtplib.SMTPException, OSError) as error:
            fault = error
        announcement.attempts += 1
        announcement.last_attempt_at = timezone.now()
        if fault is None:
            announcement.mail_state = Announcement.MailState.SENT
        else:
            announcement.last_error = describe(fault)
            announcement.mail_state = (Announcement.MailState.FAILED if is_permanent(fault) or last_attempt
                                       else Announcement.MailState.RETRYING)
        announcement.save(update_fields=["confirmation_sent_at", "decision_sent_at", "attempts", "last_attempt_at",
                                         "last_error", "mail_state"])
    if fault is not None and announcement.mail_state == Announcement.MailState.RETRYING:
        raise MailUnavailable(announcement.last_error) from fault
    return fault is None


def unsent(*, now=None) -> list[int]:
    """Announcements whose mail is due, quiet for CONTACT_SWEEP_MINUTES and
    received in the last CONTACT_KEEP_TRYING_DAYS."""
    return due_again(Announcement.objects.exclude(mail_state=Announcement.MailState.SENT), now=now)
