"""A registrant's mail, in their language, from the site they registered
on: the confirmation link, then "you are going" or "you are waiting", and
"a place is yours" when promoted. Called by the worker, never a request."""

from email.mime.text import MIMEText
from email.utils import parseaddr

import css_inline
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from events.models import EventPage
from newsletters.messages import sender_for, token_url
from newsletters.text import html_to_text

from .invitation import invitation_bytes
from .models import Registration
from .places import upcoming_dates
from .tokens import make_token

Status = Registration.Status
# Which status each mail is for: a task that runs late sends nothing stale.
KINDS = {"confirm": (Status.PENDING, Status.GOING, Status.WAITING), "going": (Status.GOING,),
         "waiting": (Status.WAITING,), "promoted": (Status.GOING,)}
_inliner = css_inline.CSSInliner(keep_style_tags=False, keep_at_rules=True, load_remote_stylesheets=False)


def _reader_page(page: EventPage, language: str) -> EventPage:
    return (EventPage.objects.live().filter(translation_key=page.translation_key, locale__language_code=language)
            .first() or page)


def build_mail(registration: Registration, kind: str) -> EmailMultiAlternatives:
    """One message in the active language."""
    sender = sender_for(registration.site_id)
    language = translation.get_language()
    page = _reader_page(registration.event, language)
    occurrence = None
    if registration.occurrence_date:
        occurrence = next((c.occurrence for c in upcoming_dates(registration.event)
                           if c.day == registration.occurrence_date), None)
    page_url = page.get_full_url() or ""
    context = {
        "registration": registration, "page": page, "kind": kind, "site_name": sender.name, "page_url": page_url,
        "occurrence": occurrence,
        "confirm_url": token_url("registrations:confirm", make_token(registration, "confirm"), sender.root_url,
                                 language) if kind == "confirm" else "",
        "manage_url": token_url("registrations:manage", make_token(registration, "manage"), sender.root_url,
                                language),
    }
    subjects = {
        "confirm": gettext("Please confirm your registration: %(title)s"),
        "going": gettext("You are registered: %(title)s"),
        "waiting": gettext("You are on the waiting list: %(title)s"),
        "promoted": gettext("A place is yours: %(title)s"),
    }
    html = render_to_string("registrations/email/message.html", context)
    message = EmailMultiAlternatives(subjects[kind] % {"title": page.title}, html_to_text(html), sender.address,
                                     [registration.email], headers={"Auto-Submitted": "auto-generated",
                                                                    "Content-Language": language})
    message.attach_alternative(_inliner.inline(html), "text/html")
    if kind in ("going", "promoted"):
        ics = invitation_bytes(registration, registration.event, page_url, (sender.name, parseaddr(sender.address)[1]),
                               occurrence)
        part = MIMEText(ics.decode("utf-8"), "calendar", "utf-8")
        part.set_param("method", "REQUEST")
        part.add_header("Content-Disposition", "attachment", filename="invitation.ics")
        message.attach(part)
    return message


def send_registration_mail(registration_id: int, kind: str) -> bool:
    """Send one mail now; False when there is nothing to send any more."""
    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    if registration is None or kind not in KINDS or registration.status not in KINDS[kind]:
        return False
    if kind == "confirm" and registration.status != Status.PENDING and not registration.proposed:
        return False
    with translation.override(registration.language or settings.LANGUAGE_CODE):
        message = build_mail(registration, kind)
    message.send()
    return True
