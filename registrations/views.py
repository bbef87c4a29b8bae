"""The public side: the form's post, the confirmation page (a button, so a
link scanner's GET confirms nothing) and the registrant's own page, reached
by a signed link, to change or cancel. No account anywhere."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Site

from core import ratelimit
from core.clientip import client_ip
from events.models import EventPage

from . import registering
from .forms import RegistrationForm
from .models import Registration
from .panel import consent_text, form_for, page_panel
from .places import Counts, source_page, upcoming_dates
from .tokens import TokenError, make_token, matches, read_token


def token_error(request, error: TokenError):
    if error.reason == "expired":
        message = _("This link has expired. Register again on the event's page.")
    else:
        message = _("This link is not valid. It may have been copied incompletely. Use the link in your email.")
    return render(request, "registrations/token_error.html", {"message": message}, status=400)


def _registration_for(token: str, action: str) -> Registration:
    pk, fingerprint = read_token(token, action)
    registration = Registration.objects.select_related("event").filter(pk=pk).first()
    if registration is None or not matches(registration, fingerprint):
        raise TokenError("invalid")
    return registration


def _reader_page(page: EventPage) -> EventPage:
    """The event in the reader's language where it is translated."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    if page.locale.language_code == language:
        return page
    return (EventPage.objects.live().filter(translation_key=page.translation_key, locale__language_code=language)
            .first() or page)


@require_POST
def register(request, page_id):
    page = EventPage.objects.live().public().filter(pk=page_id).first()
    if page is None or not page.takes_registrations:
        raise Http404
    source = source_page(page)
    form = form_for(page, request.POST)
    context = {"page": page, "form": form, **page_panel(page, source, form)}
    ip = client_ip(request)
    per_ip, window = settings.REGISTRATION_LIMIT_PER_IP
    if not ratelimit.hit(f"register-ip:{ip}", per_ip, window):
        return render(request, "registrations/register.html", {**context, "too_many": True}, status=429)
    if not form.is_valid():
        return render(request, "registrations/register.html", context, status=400)
    data = form.cleaned_data
    per_address, window = settings.REGISTRATION_LIMIT_PER_ADDRESS
    # The honeypot and the per-address limit fail silently: the same answer
    # as a real registration, so neither bots nor people learn anything.
    if not data["website"] and ratelimit.hit(f"register-address:{data['email'].lower()}", per_address, window):
        try:
            registering.register(
                source, occurrence_date=form.occurrence_date(), name=data["name"], email=data["email"],
                language=data["language"], guests=data["guests"], answers=form.answers(),
                consent_text=consent_text(), ip=ip, site_id=getattr(Site.find_for_request(request), "pk", None))
        except registering.RegistrationClosed:
            form.add_error("when" if "when" in form.fields else None,
                           _("This date no longer takes registrations. Choose another."))
            return render(request, "registrations/register.html", context, status=400)
    return render(request, "registrations/register_done.html", {"page": page, "email": data["email"]})


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    try:
        registration = _registration_for(token, "confirm")
    except TokenError as error:
        return token_error(request, error)
    page = _reader_page(registration.event)
    if request.method == "POST":
        outcome = registering.confirm(registration.pk)
        registration.refresh_from_db()
        return render(request, "registrations/confirm_done.html", {
            "registration": registration, "page": page, "outcome": outcome,
            "manage_url": reverse("registrations:manage", args=[make_token(registration, "manage")]),
        })
    return render(request, "registrations/confirm.html", {"registration": registration, "page": page})


@require_http_methods(["GET", "POST"])
def manage(request, token):
    try:
        registration = _registration_for(token, "manage")
    except TokenError as error:
        return token_error(request, error)
    page = _reader_page(registration.event)
    dates = upcoming_dates(registration.event)
    outcome, status = None, 200
    if request.method == "POST" and request.POST.get("action") == "cancel":
        outcome = registering.cancel(registration.pk)
        registration.refresh_from_db()
    initial = {"name": registration.name, "language": registration.language, "guests": registration.guests,
               **{f"q_{key}": value for key, value in (registration.answers or {}).items()}}
    form = RegistrationForm(page=page, dates=dates, manage=True, initial=initial)
    if request.method == "POST" and request.POST.get("action") == "change":
        form = RegistrationForm(request.POST, page=page, dates=dates, manage=True, initial=initial)
        if form.is_valid() and registration.status != Registration.Status.CANCELLED:
            data = form.cleaned_data
            outcome = registering.change(registration.pk, name=data["name"], language=data["language"],
                                         guests=data["guests"], answers=form.answers())
            registration.refresh_from_db()
        elif not form.is_valid():
            status = 400
    occurrence = next((c.occurrence for c in dates if c.day == registration.occurrence_date), None)
    return render(request, "registrations/manage.html", {
        "registration": registration, "page": page, "form": form, "outcome": outcome, "occurrence": occurrence,
        "left": Counts(registration.event).left(registration.occurrence_date) if not dates else None,
    }, status=status)
