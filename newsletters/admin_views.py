"""Admin views for sending an issue: confirm (who gets what), send a test to
yourself, follow progress, pause, resume, cancel. Sending itself happens in
the worker; these views only create rows and announce."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from . import issues, sending
from .models import NewsletterPage, SendRun
from .signals import test_send_requested


def _issue(request, page_id: int, *, publish: bool) -> NewsletterPage:
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, NewsletterPage):
        raise Http404
    permissions = page.permissions_for_user(request.user)
    if not (permissions.can_publish() if publish else permissions.can_edit()):
        raise PermissionDenied
    return page


def _run(request, run_id: int) -> SendRun:
    run = get_object_or_404(SendRun, pk=run_id)
    page = run.page.specific if run.page else None
    if page is None or not page.permissions_for_user(request.user).can_publish():
        if not request.user.is_superuser:
            raise PermissionDenied
    return run


def send_issue(request, page_id: int):
    page = _issue(request, page_id, publish=True)
    existing = SendRun.objects.filter(kind=issues.KIND, key=str(page.translation_key)).first()
    if existing:
        messages.info(request, _("This issue has already been sent. Here is its progress."))
        return redirect("newsletters_admin:run", existing.pk)
    if not page.live:
        messages.error(request, _("Publish the issue before sending it."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    if request.method == "POST":
        run, _created = issues.start_send(page, user=request.user)
        messages.success(request, _("Sending has started."))
        return redirect("newsletters_admin:run", run.pk)
    names = dict(settings.LANGUAGES)
    rows = [(names.get(language, language), names.get(version, version), version != language, n)
            for language, version, n in issues.audience(page)]
    return TemplateResponse(request, "newsletters/admin/send_confirm.html", {
        "page": page, "rows": rows, "total": sum(row[-1] for row in rows),
        "header_icon": "mail", "page_title": _("Send “%(title)s”") % {"title": page.title},
    })


@require_POST
def send_test(request, page_id: int):
    page = _issue(request, page_id, publish=False)
    if not request.user.email:
        messages.error(request, _("Your account has no email address to send the test to."))
    else:
        test_send_requested.send(NewsletterPage, page_id=page.pk, email=request.user.email)
        messages.success(request, _("A test is on its way to %(email)s.") % {"email": request.user.email})
    return redirect("wagtailadmin_pages:edit", page.pk)


def run_detail(request, run_id: int):
    run = _run(request, run_id)
    return TemplateResponse(request, "newsletters/admin/run.html", {
        "run": run, "progress": sending.progress(run), "failures": sending.failed_reasons(run),
        "progress_url": reverse("newsletters_admin:run_progress", args=[run.pk]),
        "status_labels": {str(value): str(label) for value, label in SendRun.Status.choices},
        "header_icon": "mail",
        "page_title": _("Sending “%(title)s”") % {"title": run.page.title if run.page else run.key},
    })


def run_progress(request, run_id: int):
    """The figures, and the notes (lost worker, retries waiting) rendered in
    the editor's language and time zone, for the page to poll."""
    progress = sending.progress(_run(request, run_id))
    progress["notes_html"] = render_to_string("newsletters/admin/run_notes.html", {"progress": progress})
    return JsonResponse(progress)


@require_POST
def run_action(request, run_id: int, action: str):
    run = _run(request, run_id)
    if action == "pause":
        done = sending.pause(run)
    elif action == "resume":
        done = sending.resume(run)
    elif action == "cancel":
        done = run.status in (SendRun.Status.SENDING, SendRun.Status.PAUSED)
        sending.cancel(run)
    else:
        raise Http404
    if not done:
        messages.warning(request, _("Nothing changed: the send is %(status)s.") % {"status": run.get_status_display()})
    return redirect("newsletters_admin:run", run.pk)


def run_index(request):
    runs = SendRun.objects.select_related("page").order_by("-created_at")
    visible = [run for run in runs[:200]
               if request.user.is_superuser or (run.page and run.page.permissions_for_user(request.user).can_edit())]
    return TemplateResponse(request, "newsletters/admin/run_index.html", {
        "runs": visible, "header_icon": "mail", "page_title": _("Newsletter sends"),
    })
