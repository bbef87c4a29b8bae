"""A registrant's mail, in their language, from the site they registered
on: the confirmation link, then "you are going" or "you are waiting", "a
place is yours" when promoted, and "your registration is cancelled".

Each mail is asked for in the transaction that changed the registration, as
a send run of one delivery in the newsletters pipeline: the Delivery row is
the guard against sending it twice (a lane run twice claims nothing), and a
worker killed mid-send leaves a lease the next worker's sweep takes back."""

import uuid
from email.mime.text import MIMEText
from email.utils import parseaddr

import css_inline
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from events.models import EventPage
from newsletters import sending
from newsletters.messages import mail_domain, sender_for, token_url
from newsletters.models import Delivery, SendRun
from newsletters.text import html_to_text

from .invitation import invitation_bytes
from .models import Registration
from .places import upcoming_dates
from .tokens import make_token

Status = Registration.Status
# The kind of send run a registrant's mail is (newsletters/sending.py).
KIND = "registration_mail"
# Which status each mail is for: a mail that leaves late sends nothing stale.
KINDS = {"confirm": (Status.PENDING, Status.GOING, Status.WAITING), "going": (Status.GOING,),
         "waiting": (Status.WAITING,), "promoted": (Status.GOING,), "cancelled": (Status.CANCELLED,)}
_inliner = css_inline.CSSInliner(keep_style_tags=False, keep_at_rules=True, load_remote_stylesheets=False)


def _reader_page(page: EventPage, language: str) -> EventPage:
    return (EventPage.objects.live().filter(translation_key=page.translation_key, locale__language_code=language)
            .first() or page)


def request_mail(registration: Registration, kind: str) -> None:
    """Ask for one mail, in the caller's transaction: it leaves once that
    commits (the pipeline announces the run; the worker's lanes send it)."""
    assert kind in KINDS, kind
    sending.create_run(
        kind=KIND, key=f"{registration.pk}:{kind}:{uuid.uuid4().hex}", page=registration.event,
        variants={"registration": registration.pk, "mail": kind},
        recipients=[sending.Recipient(None, registration.email, registration.language or settings.LANGUAGE_CODE)])


def build_mail(registration: Registration, kind: str, message_id: str = "") -> EmailMultiAlternatives:
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
        "cancelled": gettext("Your registration is cancelled: %(title)s"),
    }
    html = render_to_string("registrations/email/message.html", context)
    headers = {"Auto-Submitted": "auto-generated", "Content-Language": language}
    if message_id:  # the same for every attempt at one delivery: a receiver can tell a repeat
        headers["Message-ID"] = f"<{message_id}@{mail_domain(sender.address)}>"
    message = EmailMultiAlternatives(subjects[kind] % {"title": page.title}, html_to_text(html), sender.address,
                                     [registration.email], headers=headers)
    message.attach_alternative(_inliner.inline(html), "text/html")
    if kind in ("going", "promoted", "cancelled"):
        method = "CANCEL" if kind == "cancelled" else "REQUEST"
        ics = invitation_bytes(registration, registration.event, page_url, (sender.name, parseaddr(sender.address)[1]),
                               occurrence, method=method)
        part = MIMEText(ics.decode("utf-8"), "calendar", "utf-8")
        part.set_param("method", method)
        part.add_header("Content-Disposition", "attachment", filename="invitation.ics")
        message.attach(part)
    return message


def still_wanted(registration: Registration | None, kind: str) -> bool:
    """Whether the mail still says what holds (a confirmation link for an
    answer confirmed meanwhile, a "going" for a place given back: not)."""
    if registration is None or kind not in KINDS or registration.status not in KINDS[kind]:
        return False
    return not (kind == "confirm" and registration.status != Status.PENDING and not registration.proposed)


def _registration(variants: dict) -> tuple[Registration | None, str]:
    registration = Registration.objects.select_related("event").filter(pk=variants.get("registration")).first()
    return registration, variants.get("mail", "")


def _still_wanted(delivery: Delivery) -> bool:
    variants = SendRun.objects.filter(pk=delivery.run_id).values_list("variants", flat=True).first() or {}
    return still_wanted(*_registration(variants))


def _build(delivery: Delivery, variants: dict, connection):
    registration, kind = _registration(variants)
    with translation.override(registration.language or settings.LANGUAGE_CODE):
        return build_mail(registration, kind, message_id=f"registration.{delivery.message_id_token}")


# Registered on import, as wagtail_hooks register theirs: every process that
# can ask for or send these mails imports this module (registering.py, and the
# worker through its tasks), so no app's ready() has to.
sending.register_kind(KIND, sending.MessageKind(prepare=lambda run: run.variants, build=_build,
                                                still_wanted=_still_wanted))
