"""The mail an application's review sends, one per key and address
(SentNotice is the guard), each in its reader's language: the applicant in
the language they applied in, a reviewer in their admin language. Called by
the worker (worker/tasks/relationships.py), never in a request."""

from dataclasses import dataclass, field
from email.headerregistry import Address

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import TaskState

from home.contact import organisation

from . import record
from .keys import Kind, NoticeKey
from .models import (
    AgreementTask,
    Application,
    CommissionDecision,
    CommissionVoteTask,
    CouncilAdoptionTask,
    CouncilResolution,
    DirectorReviewTask,
    SentNotice,
)
from .tokens import make_token


@dataclass
class Recipient:
    email: str
    language: str


@dataclass
class Notice:
    subject: str
    lines: list[str]
    link_label: str = ""
    link: str = ""
    extra: list[str] = field(default_factory=list)


def _site_root(application: Application) -> str:
    site = application.policy.get_site()
    return (site.root_url if site else settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def follow_url(application: Application, root: str) -> str:
    return root + reverse("relationships:follow", args=[make_token(application)])


def admin_url(application: Application) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "wagtailsnippets_relationships_application:edit", args=[application.pk])


def applicant(application: Application) -> list[Recipient]:
    return [Recipient(application.applicant_email, application.language or settings.LANGUAGE_CODE)]


def group_members(task) -> list[Recipient]:
    found = []
    for user in task.members().select_related("wagtail_userprofile"):
        profile = getattr(user, "wagtail_userprofile", None)
        language = (profile.preferred_language if profile else "") or settings.LANGUAGE_CODE
        if user.email:
            found.append(Recipient(user.email, language))
    return found


def _task_state(key: NoticeKey) -> TaskState | None:
    return TaskState.objects.filter(pk=key.task_state_id).select_related("task").first()


def recipients(application: Application, key: NoticeKey) -> list[Recipient]:
    if key.to_chair:
        chair = application.policy.committee_chair_email
        return [Recipient(chair, settings.LANGUAGE_CODE)] if chair else []
    if key.kind == Kind.TASK:
        task_state = _task_state(key)
        return group_members(task_state.task.specific) if task_state else []
    return applicant(application)


def compose(application: Application, key: NoticeKey) -> Notice | None:
    """The notice in the active language; None when there is nothing to say."""
    names = {"city": application.city, "country": application.country_name, "local": application.policy.local_city}
    if key.kind == Kind.RECEIVED:
        return Notice(_("We received your application: %(city)s") % names, [
            _("Thank you. Your application for a relationship between %(local)s and %(city)s, %(country)s, "
              "has reached the Community Services Director.") % names,
            _("You will hear from us at each step. Follow it here:")],
            _("Your application"), follow_url(application, _site_root(application)))
    if key.kind == Kind.SIGNED:
        lines = [_("The agreement between %(local)s and %(city)s is signed.") % names]
        if sentence := record.sentence(application):
            lines.append(sentence)
        link = application.city_page.full_url if application.city_page_id and application.city_page else ""
        return Notice(_("The agreement is signed: %(city)s") % names, lines, _("The partnership"), link or "")
    if key.kind == Kind.REPORT_DUE:
        return Notice(_("The annual report of %(city)s is due") % names, [
            _("Each year on the anniversary of its agreement, the partnership between %(local)s and %(city)s "
              "reports on its year. Record it as an activity \"Annual report\".") % names],
            _("Open it in the admin"), admin_url(application))
    if key.kind == Kind.INACTIVE:
        return Notice(_("No activity with %(city)s since %(date)s") % {**names, "date": record.day(key.since)}, [
            _("The policy asks for a decision after this long a silence: reaffirm the partnership or end it, and "
              "record the decision as an activity.")],
            _("Open it in the admin"), admin_url(application))
    task_state = _task_state(key)
    if task_state is None:
        return None
    task = task_state.task.specific
    if key.kind == Kind.TASK:
        subjects = {
            DirectorReviewTask: _("An application awaits your review: %(city)s"),
            CommissionVoteTask: _("The Commission is asked to vote: %(city)s"),
            CouncilAdoptionTask: _("For the City Council: %(city)s"),
            AgreementTask: _("Adopted, to be signed: %(city)s"),
        }
        subject = subjects.get(type(task), _("An application awaits you: %(city)s")) % names
        return Notice(subject, [
            _("The application for a relationship between %(local)s and %(city)s, %(country)s, is at your step: "
              "%(step)s.") % {**names, "step": task.name}],
            _("Open it in the admin"), admin_url(application))
    follow = follow_url(application, _site_root(application))
    if task_state.status == TaskState.STATUS_APPROVED:
        if isinstance(task, CommissionVoteTask):
            decision = CommissionDecision.objects.filter(task_state=task_state).first()
            count = record.vote_count(decision.ayes, decision.noes, decision.abstentions, decision.absent) \
                if decision else ""
            line = _("The Community Services Commission recommended it (%(count)s); it goes to the City "
                     "Council.") % {"count": count}
            subject = _("The Commission recommended your application: %(city)s")
        elif isinstance(task, CouncilAdoptionTask):
            resolution = CouncilResolution.objects.filter(task_state=task_state).first()
            line = _("The City Council adopted it (Resolution %(number)s). The two cities' highest officials "
                     "will now sign the agreement.") % {"number": resolution.number if resolution else ""}
            subject = _("The City Council adopted your application: %(city)s")
        else:
            line = _("The Director approved it; it goes to the Community Services Commission.")
            subject = _("Your application moves on: %(city)s")
        return Notice(subject % names, [line], _("Your application"), follow)
    if task_state.status == TaskState.STATUS_REJECTED:
        if application.stage == Application.Stage.DENIED:
            return Notice(_("Your application was not approved: %(city)s") % names, [
                _("The application was not approved at this step: %(step)s.") % {"step": task.name},
                *([task_state.comment] if task_state.comment else [])], _("Your application"), follow)
        return Notice(_("Changes are asked: %(city)s") % names, [
            _("The Director returned your application with this comment:"), task_state.comment,
            _("Change it and send it again here; what you typed is kept:")], _("Your application"), follow)
    return None


def build(application: Application, notice: Notice, recipient: Recipient) -> EmailMessage:
    site = application.policy.get_site()
    name, email = organisation(site)
    body = render_to_string("relationships/email/notice.txt", {"notice": notice, "organisation": name})
    return EmailMessage(notice.subject, body, str(Address(display_name=name, addr_spec=email)), [recipient.email],
                        headers={"Auto-Submitted": "auto-generated", "Content-Language": recipient.language})


def send_notice(application_id: int, key: NoticeKey) -> int:
    """Send what is left of one notice; the number of messages sent."""
    application = Application.objects.select_related("policy", "city_page").filter(pk=application_id).first()
    if application is None:
        return 0
    sent = 0
    for recipient in recipients(application, key):
        with transaction.atomic():
            row, _created = SentNotice.objects.select_for_update().get_or_create(
                application=application, key=str(key), email=recipient.email.lower())
            if row.sent_at is not None:
                continue
            with translation.override(recipient.language):
                notice = compose(application, key)
                if notice is None:
                    continue
                message = build(application, notice, recipient)
            message.send()
            row.sent_at = timezone.now()
            row.save(update_fields=["sent_at"])
            sent += 1
    return sent
