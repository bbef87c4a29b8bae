"""Filing an application and sending it back after changes: plain functions
the public views and the tests call."""

from django.db import transaction
from django.utils import timezone
from wagtail.models import WorkflowState

from .keys import NoticeKey
from .models import Application, RelationshipPolicyPage
from .signals import request_notice


class NoWorkflow(Exception):
    """No workflow is set for applications (Settings > Workflows)."""


@transaction.atomic
def submit(application: Application, policy: RelationshipPolicyPage, language: str) -> Application:
    """Store a new application, start its review and tell the applicant."""
    workflow = Application().get_workflow()
    if workflow is None:
        raise NoWorkflow
    application.policy = policy
    application.live = False  # live only once the agreement is signed (the workflow publishes it)
    application.language = language
    application.submitted_at = timezone.now()
    application.record_criteria()
    application.save()
    application.save_revision(log_action=True)
    request_notice(application.pk, NoticeKey.received())
    workflow.start(application, user=None)
    return application


def can_resubmit(application: Application) -> bool:
    state = application.current_workflow_state
    return (state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES
            and application.stage == Application.Stage.RETURNED)


@transaction.atomic
def resubmit(application: Application) -> Application:
    """The applicant changed a returned application: the step that returned it starts again."""
    application.record_criteria()
    application.save()
    application.save_revision(log_action=True)
    application.current_workflow_state.resume(user=None)
    return application
