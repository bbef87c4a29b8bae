"""What the relationships app announces, and how Wagtail's workflow signals
become the application's stage and its notices. worker/listeners.py turns
`notice_requested` into a task once the transaction commits (no Celery here).

Notices are named by a NoticeKey (keys.py): one mail per key and address,
SentNotice is the guard.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.contrib.contenttypes.models import ContentType
from django.dispatch import Signal
from django.utils import timezone
from wagtail.models import TaskState
from wagtail.signals import task_approved, task_rejected, task_submitted, workflow_approved

from . import directory
from .choices import Stage
from .keys import NoticeKey
from .models import AgreementTask, Application, CommissionVoteTask, CouncilAdoptionTask, DirectorReviewTask

# application_id, key (a NoticeKey)
notice_requested = Signal()

STAGE_OF_TASK = {DirectorReviewTask: Stage.DIRECTOR, CommissionVoteTask: Stage.COMMISSION,
                 CouncilAdoptionTask: Stage.COUNCIL, AgreementTask: Stage.AGREEMENT}


def _is_application(workflow_state) -> bool:
    # get_for_id is cached: no query per signal, as the base_content_type attribute would make.
    return ContentType.objects.get_for_id(workflow_state.base_content_type_id).model_class() is Application


def _application_of(task_state) -> Application | None:
    workflow_state = task_state.workflow_state
    if not _is_application(workflow_state):
        return None
    return Application.objects.filter(pk=workflow_state.object_id).first()


_quiet = ContextVar("relationships_quiet", default=False)


@contextmanager
def quiet():
    """No notices while the demo walks its applications through their steps:
    nobody is to be written to about invented applications."""
    token = _quiet.set(True)
    try:
        yield
    finally:
        _quiet.reset(token)


def request_notice(application_id: int, key: NoticeKey) -> None:
    if not _quiet.get():
        notice_requested.send(sender=Application, application_id=application_id, key=key)


def on_task_submitted(sender, instance, user=None, **kwargs):
    application = _application_of(instance)
    if application is None:
        return
    stage = STAGE_OF_TASK.get(type(instance.task.specific))
    if stage is not None:
        Application.objects.filter(pk=application.pk).update(stage=stage)
    if application.submitted_at is None:
        # Filed in the admin: submitted to the workflow now; the criteria as they stand.
        application.submitted_at = timezone.now()
        application.record_criteria()
        Application.objects.filter(pk=application.pk).update(
            submitted_at=application.submitted_at, criteria_on_submit=application.criteria_on_submit)
    request_notice(application.pk, NoticeKey.task(instance.pk))


def on_task_approved(sender, instance, user=None, **kwargs):
    application = _application_of(instance)
    if application is not None and not isinstance(instance.task.specific, AgreementTask):
        # The last step's outcome is the signature, told once the application is published.
        request_notice(application.pk, NoticeKey.outcome(instance.pk))


def on_task_rejected(sender, instance, user=None, **kwargs):
    application = _application_of(instance)
    if application is None:
        return
    # A declined vote set DENIED already; anything else goes back to the applicant.
    Application.objects.filter(pk=application.pk).exclude(stage=Stage.DENIED).update(stage=Stage.RETURNED)
    request_notice(application.pk, NoticeKey.outcome(instance.pk))


def on_workflow_approved(sender, instance, user=None, **kwargs):
    if not _is_application(instance):
        return
    # Publishing wrote the revision's fields back on the row, the stage among them.
    Application.objects.filter(pk=instance.object_id).update(stage=Stage.SIGNED)
    application = Application.objects.select_related("policy").get(pk=instance.object_id)
    directory.add_partnership(application, user=user)
    request_notice(int(instance.object_id), NoticeKey.signed())


def connect():
    for signal, receiver in ((task_submitted, on_task_submitted), (task_approved, on_task_approved),
                             (task_rejected, on_task_rejected)):
        # Task signals are sent with the task state's own class as sender.
        signal.connect(receiver, sender=TaskState, dispatch_uid=f"relationships.{receiver.__name__}")
    workflow_approved.connect(on_workflow_approved, dispatch_uid="relationships.on_workflow_approved")
