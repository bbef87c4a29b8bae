"""Building the emails: a newsletter issue per recipient, and the one-off
confirm / already-subscribed notes. Multipart text + HTML, CSS inlined, and
the list headers mail providers look for (RFC 2369, RFC 8058, RFC 2919)."""

import functools
import re
from dataclasses import dataclass
from email.headerregistry import Address
from email.utils import formatdate, parseaddr
from types import SimpleNamespace

import css_inline
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.models import Page, Revision, Site

from home.models import OrganisationSettings

from .text import html_to_text
from .tokens import make_person_token, make_token

# Stand-ins for per-recipient links: an issue is rendered once per language
# and each message only swaps these.
UNSUBSCRIBE = "https://recipient.invalid/unsubscribe"
PREFERENCES = "https://recipient.invalid/preferences"

_inliner = css_inline.CSSInliner(keep_style_tags=False, keep_at_rules=True, load_remote_stylesheets=False)


@dataclass(frozen=True)
class Sender:
    """Who a site's mail comes from, and where its links point: the site's
    organisation (Settings > Organisation) and the site's own address
    (Settings > Sites: scheme, host and port), so a chapter's mail is the
    chapter's and its links lead to the chapter's site."""

    name: str
    email: str
    root_url: str  # "https://sonomasistercities.org", no trailing slash

    @property
    def address(self) -> str:
        # Quoted where the name needs it, left unencoded: Django encodes headers.
        return str(Address(display_name=self.name, addr_spec=self.email))


def _site(site_id: int | None = None) -> Site | None:
    sites = Site.objects.all()
    return (sites.filter(pk=site_id).first() if site_id else None) or sites.filter(is_default_site=True).first()


def sender_for(site: Site | int | None = None) -> Sender:
    """The sender of `site` (a Site or its id; the default site when None)."""
    site = site if isinstance(site, Site) else _site(site)
    org = OrganisationSettings.objects.filter(site=site).first() if site else None
    name = (org.name if org else "") or (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME
    email = (org.email if org else "") or parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    root = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return Sender(name, email, root.rstrip("/"))


def sender_of_page(page) -> Sender:
    """The sender of the site a page belongs to."""
    return sender_for(page.get_site() if page is not None else None)


def from_email(site: Site | int | None = None) -> str:
    return sender_for(site).address


def absolute(url: str, root: str) -> str:
    if url.startswith(("http://", "https://")):
        return url
    return root + (url if url.startswith("/") else "/" + url)


def _absolutize(html: str, root: str) -> str:
    return re.sub(r'(href|src)="/(?!/)', lambda m: f'{m.group(1)}="{root}/', html)


@functools.lru_cache(maxsize=16)  # asked twice per message, always of the same sender
def mail_domain(address: str) -> str:
    return parseaddr(address)[1].rpartition("@")[2] or "localhost"


@dataclass(frozen=True)
class SubscriberLinks:
    unsubscribe: str  # page with a button, in the reader's language
    one_click: str  # RFC 8058 target: POST unsubscribes; no language prefix
    preferences: str


_TOKEN_SLOT = "token-slot"


@functools.lru_cache(maxsize=64)
def _token_path(name: str, language: str) -> str:
    """The path of a token view with a slot for the token: reversed once per
    view and language, not once per recipient of a newsletter."""
    with translation.override(language):
        return reverse(name, args=[_TOKEN_SLOT])


def token_url(name: str, token: str, root: str, language: str | None = None) -> str:
    # Signed tokens are URL-safe (base64 and ":"): reverse() leaves them as they are.
    return absolute(_token_path(name, language or settings.LANGUAGE_CODE).replace(_TOKEN_SLOT, token), root)


def subscriber_root(subscriber) -> str:
    """The address of the site the subscriber signed up on (else the default site's)."""
    return sender_for(subscriber.site_id).root_url


def links_for(subscriber, root: str | None = None) -> SubscriberLinks:
    """A subscriber's own links, on `root` (the site the mail is about)."""
    root = root or subscriber_root(subscriber)
    unsubscribe_token = make_token(subscriber, "unsubscribe")
    language = subscriber.language or settings.LANGUAGE_CODE
    return SubscriberLinks(
        unsubscribe=token_url("newsletters:unsubscribe", unsubscribe_token, root, language),
        one_click=token_url("newsletters_one_click", unsubscribe_token, root),
        preferences=token_url("newsletters:preferences", make_token(subscriber, "preferences"), root, language))


def person_links(person_id: int, email: str, root: str) -> SubscriberLinks:
    """A board or committee member's way out of meeting notices (they have
    no subscription, so no preferences page)."""
    token = make_person_token(SimpleNamespace(pk=person_id, email=email))
    with translation.override(settings.LANGUAGE_CODE):
        unsubscribe = reverse("newsletters:notices_unsubscribe", args=[token])
    one_click = absolute(reverse("notices_one_click", args=[token]), root)
    return SubscriberLinks(absolute(unsubscribe, root), one_click, "")


def confirm_url(subscriber) -> str:
    with translation.override(subscriber.language or settings.LANGUAGE_CODE):
        return absolute(reverse("newsletters:confirm", args=[make_token(subscriber, "confirm")]),
                        subscriber_root(subscriber))


@dataclass(frozen=True)
class RenderedIssue:
    subject: str
    html: str
    text: str
    language: str


def render_issue(page) -> RenderedIssue:
    """One issue in its own language, with stand-ins for per-recipient links;
    its links lead to the site the issue belongs to."""
    language = page.locale.language_code
    sender = sender_of_page(page)
    with translation.override(language):
        html = render_to_string("newsletters/email/newsletter.html", {
            "page": page,
            "web_url": page.get_full_url() or "",
            "unsubscribe_url": UNSUBSCRIBE,
            "preferences_url": PREFERENCES,
            "site_name": sender.name,
        })
    html = _absolutize(html, sender.root_url)
    return RenderedIssue(subject=page.title, html=_inliner.inline(html), text=html_to_text(html), language=language)


@functools.lru_cache(maxsize=64)
def rendered_variant(page_id: int, revision_id: int | None) -> RenderedIssue:
    """An issue as it was when sending began (its revision), rendered once per
    process and language."""
    if revision_id:
        page = Revision.objects.get(pk=revision_id).as_object()
    else:
        page = Page.objects.get(pk=page_id).specific
    return render_issue(page)


def render_preview(page) -> str:
    rendered = render_issue(page)
    return rendered.html.replace(UNSUBSCRIBE, "#").replace(PREFERENCES, "#")


def list_headers(links: SubscriberLinks, sender: str) -> dict[str, str]:
    domain = mail_domain(sender)
    mailto = getattr(settings, "NEWSLETTER_UNSUBSCRIBE_MAILTO", "") or f"unsubscribe@{domain}"
    name = parseaddr(sender)[0] or settings.WAGTAIL_SITE_NAME
    return {
        "List-Unsubscribe": f"<{links.one_click}>, <mailto:{mailto}?subject=unsubscribe>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "List-Id": f"{name} newsletter <newsletter.{domain}>",
        "Precedence": "bulk",
        "Auto-Submitted": "auto-generated",
    }


def _issue_message(rendered: RenderedIssue, *, to: str, links: SubscriberLinks, message_id: str, sender: str,
                   message_class=EmailMultiAlternatives, connection=None, extra_headers=None):
    html = rendered.html.replace(UNSUBSCRIBE, escape(links.unsubscribe)).replace(
        PREFERENCES, escape(links.preferences))
    text = rendered.text.replace(UNSUBSCRIBE, links.unsubscribe).replace(PREFERENCES, links.preferences)
    headers = list_headers(links, sender)
    headers["Message-ID"] = f"<{message_id}@{mail_domain(sender)}>"
    headers["Content-Language"] = rendered.language
    headers.update(extra_headers or {})
    message = message_class(rendered.subject, text, sender, [to], headers=headers, connection=connection)
    message.attach_alternative(html, "text/html")
    return message


def issue_message(rendered: RenderedIssue, *, to: str, subscriber, message_id: str, sender: str,
                  root: str | None = None, connection=None) -> EmailMultiAlternatives:
    """The message one recipient gets. message_id is deterministic per
    delivery, so a retried message is recognisably the same one."""
    return _issue_message(rendered, to=to, links=links_for(subscriber, root), message_id=message_id,
                          sender=sender, connection=connection)


# --- The same message, made fast: MIME built once per language ----------------
_TO = "nl-recipient@recipient.invalid"
_MESSAGE_ID = "nl-message-id.recipient.invalid"
_DATE = "NL-DATE-RECIPIENT-INVALID"
_ONE_CLICK = "https://recipient.invalid/one-click"


class _FinishedMIME:
    """Just what Django's mail backends ask of EmailMessage.message() (SMTP,
    console, file, locmem): the finished bytes, CRLF line endings."""

    def __init__(self, raw: bytes):
        self._raw = raw

    def as_bytes(self, unixfrom=False, linesep="\n"):
        return self._raw if linesep == "\r\n" else self._raw.replace(b"\r\n", linesep.encode())

    def as_string(self, unixfrom=False, linesep="\n"):
        return self.as_bytes(linesep=linesep).decode("utf-8")

    def get_charset(self):
        return None

    def __str__(self):
        return self.as_string()


class PreparedMessage(EmailMultiAlternatives):
    """An issue message whose MIME form was generated once per language; only
    the address, links, Message-ID and Date differ per recipient. Backends
    that read the attributes (django-anymail) see an ordinary message."""

    finished: bytes | None = None

    def message(self):
        if self.finished is None:
            return super().message()
        return _FinishedMIME(self.finished)


@dataclass(frozen=True)
class IssueTemplate:
    rendered: RenderedIssue
    sender: str
    root: str  # the issue's site: every recipient's own links lead there
    raw: bytes | None  # None when the MIME form cannot take plain substitution


def issue_template(rendered: RenderedIssue, sender: str, root: str) -> IssueTemplate:
    links = SubscriberLinks(unsubscribe=UNSUBSCRIBE, one_click=_ONE_CLICK, preferences=PREFERENCES)
    raw = _issue_message(rendered, to=_TO, links=links, message_id=_MESSAGE_ID, sender=sender,
                         extra_headers={"Date": _DATE}).message().as_bytes(linesep="\r\n")
    # Substitution is only safe where the placeholders survived verbatim (8bit
    # bodies, unfolded headers); anything else takes the ordinary path.
    expected = {
        _TO: 1, _MESSAGE_ID: 1, _DATE: 1, _ONE_CLICK: 1,
        UNSUBSCRIBE: rendered.html.count(UNSUBSCRIBE) + rendered.text.count(UNSUBSCRIBE),
        PREFERENCES: rendered.html.count(PREFERENCES) + rendered.text.count(PREFERENCES),
    }
    intact = all(raw.count(marker.encode()) == n for marker, n in expected.items())
    return IssueTemplate(rendered, sender, root, raw if intact else None)


def prepared_issue_message(template: IssueTemplate, *, to: str, subscriber, message_id: str) -> PreparedMessage:
    links = links_for(subscriber, template.root)
    message = _issue_message(template.rendered, to=to, links=links, message_id=message_id, sender=template.sender,
                             message_class=PreparedMessage)
    plain = (to, links.unsubscribe, links.one_click, links.preferences)
    if template.raw is not None and all(v.isascii() and escape(v) == v and "\n" not in v for v in plain):
        message.finished = (
            template.raw.replace(_TO.encode(), to.encode())
            .replace(_MESSAGE_ID.encode(), message_id.encode())
            .replace(_DATE.encode(), formatdate(localtime=settings.EMAIL_USE_LOCALTIME).encode())
            .replace(_ONE_CLICK.encode(), links.one_click.encode())
            .replace(UNSUBSCRIBE.encode(), links.unsubscribe.encode())
            .replace(PREFERENCES.encode(), links.preferences.encode())
        )
    return message


def build_subscriber_mail(subscriber, kind: str) -> EmailMultiAlternatives:
    """The confirm-your-address, welcome or already-subscribed note, in the
    active language, from the site the subscriber signed up on. The welcome
    carries the list headers (one-click unsubscribe) as an issue does."""
    sender = sender_for(subscriber.site_id)
    links = links_for(subscriber, sender.root_url)
    context = {
        "subscriber": subscriber,
        "confirm_url": confirm_url(subscriber) if kind == "confirm" else "",
        "preferences_url": links.preferences,
        "unsubscribe_url": links.unsubscribe,
        "site_name": sender.name,
    }
    headers = {"Auto-Submitted": "auto-generated"}
    if kind == "confirm":
        subject = gettext("Please confirm your subscription to %(site)s") % {"site": sender.name}
    elif kind == "welcome":
        subject = gettext("Welcome to %(site)s") % {"site": sender.name}
        headers = list_headers(links, sender.address)
    else:
        subject = gettext("You are already subscribed to %(site)s") % {"site": sender.name}
    html = render_to_string(f"newsletters/email/{kind}.html", context)
    message = EmailMultiAlternatives(subject, html_to_text(html), sender.address, [subscriber.email],
                                     headers=headers)
    message.attach_alternative(_inliner.inline(html), "text/html")
    return message
