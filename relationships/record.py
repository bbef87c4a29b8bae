"""The public record of a relationship, in the reader's language: "Applied
4 March 2024; Commission recommended 5-1 (1 absent) on 10 April 2024;
Council adopted Resolution 24-010 on 7 May 2024; agreement signed
8 September 2024". Dates use Django's formats for the active language."""

from dataclasses import dataclass
from datetime import date

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext
from wagtail.models import TaskState

from .models import (
    AgreementTask,
    Application,
    CommissionDecision,
    CommissionVoteTask,
    CouncilAdoptionTask,
    CouncilResolution,
    DirectorReviewTask,
)

# The review's own steps are named for the applicant in their language (a
# task's name is what editors typed, in the admin's language).
STEP_KINDS = (DirectorReviewTask, CommissionVoteTask, CouncilAdoptionTask, AgreementTask)


def day(value: date) -> str:
    return date_format(value, "DATE_FORMAT")


def vote_count(ayes: int, noes: int, abstentions: int, absent: int) -> str:
    """ "5-1 (1 absent)", "4-2-1 (1 abstaining)": ayes-noes, then who did not vote."""
    count = pgettext("vote count", "%(ayes)s-%(noes)s") % {"ayes": ayes, "noes": noes}
    notes = []
    if abstentions:
        notes.append(ngettext("%(n)s abstaining", "%(n)s abstaining", abstentions) % {"n": abstentions})
    if absent:
        notes.append(ngettext("%(n)s absent", "%(n)s absent", absent) % {"n": absent})
    if notes:
        count = pgettext("vote count with notes", "%(count)s (%(notes)s)") % {
            "count": count, "notes": pgettext("list separator", ", ").join(notes)}
    return count


def parts(application: Application, decision: CommissionDecision | None,
          resolution: CouncilResolution | None) -> list[str]:
    found = []
    if application.submitted_at:
        found.append(_("applied %(date)s") % {"date": day(timezone.localdate(application.submitted_at))})
    if decision is not None:
        words = (_("Commission recommended %(count)s on %(date)s") if decision.passed
                 else _("Commission did not recommend it, %(count)s, on %(date)s"))
        found.append(words % {"count": vote_count(decision.ayes, decision.noes, decision.abstentions,
                                                  decision.absent), "date": day(decision.meeting_date)})
    if resolution is not None:
        found.append(_("Council adopted Resolution %(number)s on %(date)s") % {
            "number": resolution.number, "date": day(resolution.adopted_on)})
    if application.stage == Application.Stage.SIGNED and application.agreement_signed_on:
        found.append(_("agreement signed %(date)s") % {"date": day(application.agreement_signed_on)})
    return found


def sentence(application: Application) -> str:
    # .all() and max(): a listing that prefetched both pays no query per relationship.
    decision = max(application.commission_decisions.all(), key=lambda d: (d.meeting_date, d.pk), default=None)
    resolution = max(application.resolutions.all(), key=lambda r: (r.adopted_on, r.pk), default=None)
    found = parts(application, decision, resolution)
    if not found:
        return ""
    text = pgettext("record separator", "; ").join(found)
    return capfirst(text) + pgettext("record end", ".")


@dataclass
class Step:
    name: str
    status: str
    status_label: str
    finished: date | None
    comment: str


def steps(application: Application) -> list[Step]:
    """The steps of the application's latest review, as the applicant may see them."""
    state = application.workflow_states.order_by("-created_at", "-pk").first() if application.pk else None
    if state is None:
        return []
    labels = dict(TaskState.STATUS_CHOICES)
    shown = []
    for task_state in state.task_states.select_related("task").order_by("started_at", "pk"):
        label = labels.get(task_state.status, "")
        if task_state.status == TaskState.STATUS_REJECTED:
            # Wagtail's "Rejected" is a return for changes, except where the step decided against it.
            denied = application.stage == Application.Stage.DENIED and task_state.pk == state.current_task_state_id
            label = _("Not approved") if denied else _("Returned for changes")
        kind = task_state.task.specific_class
        name = str(kind._meta.verbose_name) if kind in STEP_KINDS else task_state.task.name
        shown.append(Step(name, task_state.status, str(label),
                          timezone.localdate(task_state.finished_at) if task_state.finished_at else None,
                          task_state.comment if task_state.status == TaskState.STATUS_REJECTED else ""))
    return shown


def return_comment(application: Application) -> str:
    state = application.current_workflow_state
    if state is None or state.current_task_state is None:
        return ""
    return state.current_task_state.comment
