"""Public pages: subscribe, confirm, preferences and unsubscribe. Every link
from an email carries a signed token; none needs a login."""

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Site

from core import ratelimit
from core.clientip import client_ip
from events.zones import zone_for_language

from . import subscriptions
from .forms import PreferencesForm, SubscribeForm
from .messages import links_for
from .subscriptions import person_for_token, subscriber_for_token
from .tokens import TokenError, make_token


def token_error(request, error: TokenError):
    if error.reason == "expired":
        message = _("This link has expired. Ask for a new one by subscribing again, or use the link in a more "
                    "recent email.")
    else:
        message = _("This link is not valid. It may have been copied incompletely. Use the link in your email, "
                    "or subscribe again.")
    return render(request, "newsletters/token_error.html", {"message": message, "reason": error.reason},
                  status=400)


@require_http_methods(["GET", "POST"])
def subscribe(request):
    language = translation.get_language() or settings.LANGUAGE_CODE
    consent_text = subscriptions.consent_text()
    initial = {"language": language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE,
               "time_zone": zone_for_language(language)}
    if request.method == "GET":
        form = SubscribeForm(initial=initial, consent_text=consent_text)
        return render(request, "newsletters/subscribe.html", {"form": form})

    form = SubscribeForm(request.POST, initial=initial, consent_text=consent_text)
    ip = client_ip(request)
    per_ip, window = settings.NEWSLETTER_SUBSCRIBE_LIMIT_PER_IP
    if not ratelimit.hit(f"subscribe-ip:{ip}", per_ip, window):
        return render(request, "newsletters/subscribe.html", {"form": form, "too_many": True}, status=429)
    if not form.is_valid():
        return render(request, "newsletters/subscribe.html", {"form": form}, status=400)
    data = form.cleaned_data
    per_address, window = settings.NEWSLETTER_SUBSCRIBE_LIMIT_PER_ADDRESS
    # The honeypot and the per-address limit fail silently: the answer is the
    # same as for a real request, so neither bots nor people learn anything.
    if not data["website"] and ratelimit.hit(f"subscribe-address:{data['email'].lower()}", per_address, window):
        subscriptions.request_subscription(
            data["email"], language=data["language"], time_zone=data["time_zone"], follows=form.follows(),
            ip=ip, user_agent=request.META.get("HTTP_USER_AGENT", ""), shown_consent_text=consent_text,
            site_id=getattr(Site.find_for_request(request), "pk", None),
        )
    return render(request, "newsletters/subscribe_done.html", {"email": data["email"]})


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    try:
        subscriber = subscriber_for_token(token, "confirm")
    except TokenError as error:
        return token_error(request, error)
    if request.method == "POST":
        subscriptions.confirm(subscriber, ip=client_ip(request))
        subscriber.refresh_from_db()
        return render(request, "newsletters/confirm_done.html", {
            "subscriber": subscriber,
            "preferences_path": reverse("newsletters:preferences", args=[make_token(subscriber, "preferences")]),
        })
    return render(request, "newsletters/confirm.html", {"subscriber": subscriber})


@require_http_methods(["GET", "POST"])
def preferences(request, token):
    try:
        subscriber = subscriber_for_token(token, "preferences")
    except TokenError as error:
        return token_error(request, error)
    if subscriber.status not in (subscriber.Status.CONFIRMED, subscriber.Status.PENDING):
        # Withdrawn, bounced or complained: nothing is sent, so no box is
        # ticked and nothing can be saved here; subscribing again is the way back.
        return render(request, "newsletters/preferences_withdrawn.html", {"subscriber": subscriber})
    saved = False
    if request.method == "POST":
        form = PreferencesForm(request.POST)
        if form.is_valid():
            subscriber = subscriptions.update_preferences(
                subscriber, language=form.cleaned_data["language"], time_zone=form.cleaned_data["time_zone"],
                follows=form.follows(),
            )
            saved = True
    else:
        form = PreferencesForm(initial={
            "language": subscriber.language, "time_zone": subscriber.time_zone,
            "follows_newsletter": subscriber.follows_newsletter,
            "follows_all_meetings": subscriber.follows_all_meetings,
            "committees": list(subscriber.committees.all()),
        })
    return render(request, "newsletters/preferences.html", {
        "form": form, "subscriber": subscriber, "saved": saved,
        "unsubscribe_url": links_for(subscriber).unsubscribe,
    }, status=200 if form.is_bound is False or form.is_valid() else 400)


@csrf_exempt  # RFC 8058: the mail provider POSTs with no cookie; the token is the proof
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token, prefixed=True):
    """GET shows a button (a link scanner's GET changes nothing); POST
    unsubscribes and answers 200 itself: no redirect, no login, no cookie."""
    try:
        subscriber = subscriber_for_token(token, "unsubscribe")
    except TokenError as error:
        return token_error(request, error)
    # The URL in List-Unsubscribe has no language prefix: speak the reader's.
    with translation.override(translation.get_language() if prefixed else subscriber.language):
        if request.method == "POST":
            method = "one-click" if request.POST.get("List-Unsubscribe") == "One-Click" else "link"
            subscriptions.unsubscribe(subscriber, method=method)
            return render(request, "newsletters/unsubscribe_done.html", {"subscriber": subscriber})
        return render(request, "newsletters/unsubscribe.html", {"subscriber": subscriber})


@csrf_exempt  # RFC 8058, as above
@require_http_methods(["GET", "POST"])
def notices_unsubscribe(request, token, prefixed=True):
    """A board or committee member's link out of meeting notices: GET shows
    a button, POST opts the person out and answers 200."""
    try:
        person = person_for_token(token)
    except TokenError as error:
        return token_error(request, error)
    if request.method == "POST":
        subscriptions.opt_out_of_notices(person)
        return render(request, "newsletters/notices_unsubscribe_done.html", {"person": person})
    return render(request, "newsletters/notices_unsubscribe.html", {"person": person})
