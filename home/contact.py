"""Delivering contact messages (called by the worker, testable without it).

A message reaches the board at the organisation's public email (Settings >
Organisation of the site it was written on): the shared address a real
association publishes and reads, not board members' own addresses, which
change with every election and are nobody's to hand out. Without one, it
goes to the address the site's mail comes from (DEFAULT_FROM_EMAIL). The
board's mail is in the site's default language with Reply-To the sender; the
sender's copy is in the language of the page they wrote from.
"""

import smtplib
from email.headerregistry import Address
from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Site

from core.mail_sweep import due_again
from core.smtp_errors import describe, is_permanent

from .models import ContactMessage, OrganisationSettings


class MailUnavailable(Exception):
    """The mail server is down or deferred the message: try again later."""


def _address(name: str, email: str) -> str:
    return str(Address(display_name=name, addr_spec=email))


def organisation(site: Site | None) -> tuple[str, str]:
    """The name and email the site's mail comes from, the board's address."""
    org = OrganisationSettings.objects.filter(site=site).first() if site else None
    name = (org.name if org else "") or (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME
    email = (org.email if org else "") or parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    return name, email


def board_mail(message: ContactMessage, org_name: str, org_email: str) -> EmailMessage:
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext("Contact form: a message from %(name)s") % {"name": message.name}
        body = render_to_string("home/email/contact_board.txt", {
            "message": message, "organisation": org_name,
            "page_url": message.page.full_url if message.page else "",
        })
    return EmailMessage(subject, body, _address(org_name, org_email), [org_email],
                        reply_to=[_address(message.name, message.email)])


def copy_mail(message: ContactMessage, org_name: str, org_email: str) -> EmailMessage:
    with translation.override(message.language or settings.LANGUAGE_CODE):
        subject = gettext("Your message to %(organisation)s") % {"organisation": org_name}
        body = render_to_string("home/email/contact_copy.txt", {"message": message, "organisation": org_name})
    return EmailMessage(subject, body, _address(org_name, org_email), [message.email],
                        headers={"Auto-Submitted": "auto-replied"})


def deliver(message_id: int, *, last_attempt: bool = False) -> bool:
    """Send what is left of one message (the board's mail, then the copy).

    True once both have left. A transient fault is recorded on the row and
    raised as MailUnavailable for the worker to retry; a refusal (5xx) or the
    last attempt leaves the row FAILED, for editors to see and the sweep to
    try again. A row another process is sending is left to it.
    """
    fault = None
    with transaction.atomic():
        message = (ContactMessage.objects.select_for_update(skip_locked=True, of=("self",))
                   .select_related("site", "page").filter(pk=message_id).first())
        if message is None or message.delivered:
            return False
        org_name, org_email = organisation(message.site)
        now = timezone.now()
        try:
            if message.board_sent_at is None:
                board_mail(message, org_name, org_email).send()
                message.board_sent_at = timezone.now()
            if message.send_copy and message.copy_sent_at is None:
                try:
                    copy_mail(message, org_name, org_email).send()
                    message.copy_sent_at = timezone.now()
                except (smtplib.SMTPException, OSError) as error:
                    if not is_permanent(error):
                        raise
                    # The sender's own address refuses mail: the board has the message.
                    message.send_copy = False
                    message.last_error = describe(error)
        except (smtplib.SMTPException, OSError) as error:
            fault = error
        message.attempts += 1
        message.last_attempt_at = now
        if fault is None:
            message.state = ContactMessage.State.SENT
        else:
            message.last_error = describe(fault)
            permanent = is_permanent(fault)
            message.state = (ContactMessage.State.FAILED if permanent or last_attempt
                             else ContactMessage.State.RETRYING)
        message.save()
    if fault is not None and message.state == ContactMessage.State.RETRYING:
        raise MailUnavailable(message.last_error) from fault
    return fault is None


def unsent(*, now=None) -> list[int]:
    """Messages to try again: not sent, received in the last
    CONTACT_KEEP_TRYING_DAYS, not tried in the last CONTACT_SWEEP_MINUTES
    (their retries ran out, were refused, or their task was lost)."""
    return due_again(ContactMessage.objects.exclude(state=ContactMessage.State.SENT), now=now)
