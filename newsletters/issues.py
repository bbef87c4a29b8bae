"""Sending a newsletter issue: which translation each language gets, who
receives it, and the newsletter kind of message for sending.py."""

import functools
from collections import Counter

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from . import sending
from .messages import (
    PREFERENCES,
    UNSUBSCRIBE,
    IssueTemplate,
    absolute,
    issue_template,
    prepared_issue_message,
    render_issue,
    rendered_variant,
    sender_of_page,
)
from .models import Delivery, NewsletterPage, SendRun, Subscriber

KIND = "newsletter"


class NotSendable(Exception):
    """The page cannot be sent (not live, not an issue)."""


def issue_variants(page: NewsletterPage) -> dict[str, dict]:
    """language code -> the live translation (page and revision) readers of
    that language get; the default language's when theirs is not live."""
    translations = {
        p.locale.language_code: p
        for p in page.get_translations(inclusive=True).live().select_related("locale").specific()
    }
    default_code = Locale.get_default().language_code
    fallback = translations.get(default_code) or (page if page.live else None)
    if fallback is None:
        raise NotSendable("The issue is not published.")
    variants = {}
    for code, _name in settings.LANGUAGES:
        chosen = translations.get(code) or fallback
        variants[code] = {"page": chosen.pk, "revision": chosen.live_revision_id,
                          "language": chosen.locale.language_code}
    return variants


def recipients():
    return sending.unsuppressed(Subscriber.objects.filter(follows_newsletter=True))


def audience(page: NewsletterPage) -> list[tuple[str, str, int]]:
    """For the confirmation: (subscribers' language, language of the version
    they get, how many), most first."""
    variants = issue_variants(page)
    counts = Counter(recipients().values_list("language", flat=True))
    rows = [(code, variants.get(code, variants[settings.LANGUAGE_CODE])["language"], n) for code, n in counts.items()]
    return sorted(rows, key=lambda row: (-row[2], row[0]))


def start_send(page, *, user=None) -> tuple[SendRun, bool]:
    """Create the deliveries of an issue in one transaction; the worker sends.
    A second call for the same issue (any translation) changes nothing."""
    page = page.specific
    if not isinstance(page, NewsletterPage):
        raise NotSendable("Only newsletter issues can be sent.")
    if not page.live:
        raise NotSendable("The issue is not published.")
    existing = SendRun.objects.filter(kind=KIND, key=str(page.translation_key)).first()
    if existing:
        return existing, False
    variants = issue_variants(page)
    known = set(variants)
    rows = recipients().order_by("pk").values_list("pk", "email", "language").iterator(chunk_size=2000)
    people = (sending.Recipient(pk, email, language if language in known else settings.LANGUAGE_CODE)
              for pk, email, language in rows)
    return sending.create_run(kind=KIND, key=str(page.translation_key), recipients=people, page=page,
                              variants=variants, user=user)


def find_issue(page_id_or_slug: str) -> NewsletterPage:
    qs = NewsletterPage.objects.all()
    if str(page_id_or_slug).isdigit():
        page = qs.filter(pk=int(page_id_or_slug)).first()
    else:
        matches = list(qs.filter(slug=page_id_or_slug).select_related("locale"))
        default = settings.LANGUAGE_CODE
        page = next((p for p in matches if p.locale.language_code == default), matches[0] if matches else None)
    if page is None:
        raise NewsletterPage.DoesNotExist(f"No newsletter issue with id or slug {page_id_or_slug!r}.")
    return page


# --- The kind -----------------------------------------------------------------
def _prepare(run: SendRun) -> dict:
    # The issue's own site: its organisation sends, its address is in every link.
    sender = sender_of_page(run.page)
    return {"sender": sender.address, "root": sender.root_url, "variants": run.variants}


@functools.lru_cache(maxsize=64)
def _template(page_id: int, revision_id: int | None, sender: str, root: str) -> IssueTemplate:
    """One language's message with placeholders for the recipient, built once
    per process (not once per chunk: it cost a lane as much as its claim)."""
    return issue_template(rendered_variant(page_id, revision_id), sender, root)


def _build(delivery: Delivery, prepared: dict, connection):
    variants = prepared["variants"]
    variant = variants.get(delivery.language) or variants[settings.LANGUAGE_CODE]
    template = _template(variant["page"], variant["revision"], prepared["sender"], prepared["root"])
    message = prepared_issue_message(template, to=delivery.email, subscriber=delivery.subscriber,
                                     message_id=f"newsletter.{delivery.run_id}.{delivery.pk}")
    message.connection = connection
    return message


def _still_wanted(delivery: Delivery) -> bool:
    return delivery.subscriber is not None and delivery.subscriber.follows_newsletter


sending.register_kind(KIND, sending.MessageKind(prepare=_prepare, build=_build, still_wanted=_still_wanted))


def send_test(page, email: str) -> None:
    """Send an issue as it is now to one editor (no delivery row, no list
    headers pointing at a real subscriber). The footer's links, which are
    each subscriber's own in a real send, lead to the site's subscribe page."""
    page = page.specific
    rendered = render_issue(page)
    sender = sender_of_page(page)
    with translation.override(rendered.language):
        subscribe = absolute(reverse("newsletters:subscribe"), sender.root_url)
    html = rendered.html.replace(UNSUBSCRIBE, subscribe).replace(PREFERENCES, subscribe)
    text = rendered.text.replace(UNSUBSCRIBE, subscribe).replace(PREFERENCES, subscribe)
    message = EmailMultiAlternatives(f"[TEST] {rendered.subject}", text, sender.address, [email],
                                     headers={"Content-Language": rendered.language})
    message.attach_alternative(html, "text/html")
    message.send()
