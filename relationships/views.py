"""The public side, no account anywhere: the application form (CSRF, a
honeypot, a rate limit) and the applicant's own page, reached by the signed
link in their mail, where a returned application is changed and sent again."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.permission_policies import ModelPermissionPolicy

from core import ratelimit
from core.clientip import client_ip
from core.storage import serve_private

from . import applying, record
from .forms import ApplicationForm
from .models import Application, RelationshipPolicyPage
from .tokens import TokenError, make_token, matches, read_token


def _policy(page_id: int) -> RelationshipPolicyPage:
    policy = RelationshipPolicyPage.objects.live().public().filter(pk=page_id).first()
    if policy is None:
        raise Http404
    return policy


def _private(response):
    add_never_cache_headers(response)  # someone's own page: no shared cache keeps it
    return response


@require_http_methods(["GET", "POST"])
def apply(request, page_id):
    policy = _policy(page_id)
    context = {"page": policy, "policy": policy}
    if request.method == "GET":
        return _private(render(request, "relationships/apply.html", {**context, "form": ApplicationForm(
            policy=policy)}))
    form = ApplicationForm(request.POST, request.FILES, policy=policy)
    context["form"] = form
    per_ip, window = settings.RELATIONSHIPS_APPLICATIONS_PER_IP
    if not ratelimit.hit(f"relationship-apply:{client_ip(request)}", per_ip, window):
        return _private(render(request, "relationships/apply.html", {**context, "too_many": True}, status=429))
    if not form.is_valid():
        return _private(render(request, "relationships/apply.html", context, status=400))
    if form.cleaned_data["website"]:
        # The honeypot: the same answer as a real application, and nothing stored.
        return _private(render(request, "relationships/apply_done.html", {**context, "email": form.cleaned_data[
            "applicant_email"]}))
    # Filed under the policy of record, whichever translation of it the applicant read.
    application = applying.submit(form.save(commit=False), policy.of_record(), translation.get_language())
    return _private(render(request, "relationships/apply_done.html", {
        **context, "email": application.applicant_email, "application": application}))


def _token_error(request, error: TokenError):
    if error.reason == "expired":
        message = _("This link has expired. Write to the city to follow your application.")
    else:
        message = _("This link is not valid. It may have been copied incompletely. Use the link in your email.")
    return _private(render(request, "relationships/token_error.html", {"message": message}, status=400))


def _followed(token) -> Application:
    """The application a signed link names; TokenError if the link is not good for it."""
    pk, fingerprint = read_token(token)
    application = Application.objects.select_related("policy").filter(pk=pk).first()
    if application is None or not matches(application, fingerprint):
        raise TokenError("invalid")
    return application


@require_http_methods(["GET", "POST"])
def follow(request, token):
    try:
        application = _followed(token)
    except TokenError as error:
        return _token_error(request, error)
    # The policy as the applicant reads it: its translation in their language, where it has one.
    policy = application.policy.localized
    returned = applying.can_resubmit(application)
    form, status, sent_again = None, 200, False
    if returned:
        form = ApplicationForm(instance=application, policy=policy, follow=True)
        if request.method == "POST":
            form = ApplicationForm(request.POST, request.FILES, instance=application, policy=policy, follow=True)
            if form.is_valid():
                applying.resubmit(form.save(commit=False))
                application.refresh_from_db()
                returned, form, sent_again = False, None, True
            else:
                status = 400
    elif request.method == "POST":
        raise Http404
    return _private(render(request, "relationships/follow.html", {
        "application": application, "policy": policy, "page": policy, "form": form, "returned": returned,
        "sent_again": sent_again, "steps": record.steps(application), "return_comment": record.return_comment(
            application) if returned else "", "follow_url": reverse("relationships:follow", args=[make_token(
                application)]),
        "letter_url": reverse("relationships:follow_letter", args=[token]) if application.letter_of_interest else "",
    }, status=status))


LETTER_FILENAME = "letter-of-interest.pdf"


def may_review(user, application: Application) -> bool:
    """Who sees the application in the admin: a permission on the snippet
    (view, change or publish), or a member of the group at its current step
    (Wagtail lets them into the editor without one)."""
    if not (user.is_authenticated and user.is_active):
        return False
    if ModelPermissionPolicy(Application).user_has_any_permission(user, ["view", "change", "publish"]):
        return True
    task = application.current_workflow_task
    return bool(task and task.specific.user_can_access_editor(application, user))


@require_http_methods(["GET"])
def letter(request, pk):
    """The letter of interest for reviewers. Anyone else gets the 404 a
    missing application gets: nothing to learn by trying numbers."""
    application = Application.objects.filter(pk=pk).first()
    if application is None or not may_review(request.user, application):
        raise Http404
    return serve_private(application.letter_of_interest, LETTER_FILENAME)


@require_http_methods(["GET"])
def follow_letter(request, token):
    """The applicant's own letter, through the signed link of their mail."""
    try:
        application = _followed(token)
    except TokenError as error:
        raise Http404 from error
    return serve_private(application.letter_of_interest, LETTER_FILENAME)
