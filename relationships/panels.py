"""What reviewers read above the application: the criteria check with its
numbers, the Commission's votes so far, and the public record."""

from wagtail.admin.panels import Panel

from . import criteria, record
from .models import CommissionVote, CommissionVoteTask


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
