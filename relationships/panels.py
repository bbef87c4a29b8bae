"""What reviewers read above the application: the criteria check with its
numbers, the Commission's votes so far, and the public record."""

from django.forms import ClearableFileInput
from django.urls import reverse
from wagtail.admin.panels import Panel

from . import criteria, record
from .models import CommissionVote, CommissionVoteTask
from .views import LETTER_FILENAME


class ReviewPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "relationships/admin/review_panel.html"

        def is_shown(self):
            return bool(self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            application = self.instance
            checks = application.check_criteria()
            context.update(checks=checks, counts=criteria.summary(checks), sentence=record.sentence(application))
            task_state = application.current_workflow_task_state
            task = task_state.task.specific if task_state else None
            if isinstance(task, CommissionVoteTask):
                votes = {vote.member_id: vote for vote in CommissionVote.objects.filter(task_state=task_state)}
                context["roll"] = [(member, votes.get(member.pk)) for member in task.members()]
                context["outcome"] = task.outcome(application, task_state)
                context["policy"] = application.policy
            return context


class _LinkedLetter:
    """What the file input shows for a stored letter: a link to the view that checks permission."""

    def __init__(self, url: str):
        self.url = url

    def __str__(self):
        return LETTER_FILENAME


class LetterInput(ClearableFileInput):
    """The letter of interest in the admin's editor: "Currently" links the
    permission-checked view, never a storage URL or the stored name."""

    def format_value(self, value):
        instance = getattr(value, "instance", None)
        if value and instance is not None and instance.pk:
            return _LinkedLetter(reverse("relationships:letter", args=[instance.pk]))
        return None
