"""The review as Wagtail workflow tasks (an editor meets the moderation they
know): the Director's review, the Commission's vote, the Council's adoption
and the signed agreement. What each step decides is kept in rows of its own
(votes, the Commission's decision, the Council's resolution), which the
public record reads."""

from datetime import date

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.forms import TaskStateCommentForm
from wagtail.models import Task, TaskState

from .. import timeline, voting
from ..choices import Stage, Vote
from .application import Application


class GroupTask(Task):
    """A step done by the members of some groups. Not Wagtail's
    GroupApprovalTask: its notice goes out in the request; ours go through
    the worker (relationships/notices.py)."""

    groups = models.ManyToManyField(Group, verbose_name=_("groups"), related_name="+",
                                    help_text=_("Members of these groups act at this step and are told of it."))

    admin_form_fields = Task.admin_form_fields + ["groups"]
    admin_form_widgets = {"groups": forms.CheckboxSelectMultiple}

    class Meta:
        abstract = True

    def is_member(self, user) -> bool:
        return user.is_active and self.groups.filter(pk__in=user.groups.all()).exists()

    def in_groups(self, user) -> bool:
        """A member, or a superuser (who may act at every step, as in Wagtail's own tasks)."""
        return user.is_active and (user.is_superuser or self.is_member(user))

    def members(self):
        return (get_user_model().objects.filter(is_active=True, groups__in=self.groups.all()).distinct()
                .order_by("last_name", "first_name", "pk"))

    def user_can_access_editor(self, obj, user):
        return self.in_groups(user)

    def locked_for_user(self, obj, user):
        return not self.in_groups(user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if self.in_groups(user):
            return self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        return TaskState.objects.none()


class ReturnForm(TaskStateCommentForm):
    comment = forms.CharField(label=_("What should the applicant change?"), widget=forms.Textarea({"rows": 4}))


class DirectorReviewTask(GroupTask):
    class Meta:
        verbose_name = _("Director review")

    @classmethod
    def get_description(cls):
        return _("The Community Services Director approves the application or returns it for changes.")

    def get_actions(self, obj, user):
        if not self.in_groups(user):
            return []
        return [("reject", _("Return for changes"), True), ("approve", _("Approve"), False),
                ("approve", _("Approve with comment"), True)]

    def get_form_for_action(self, action):
        return ReturnForm if action == "reject" else TaskStateCommentForm


class VoteForm(forms.Form):
    vote = forms.ChoiceField(label=_("Your vote"), choices=[(Vote.AYE, Vote.AYE.label), (Vote.NO, Vote.NO.label),
                                                            (Vote.ABSTAIN, Vote.ABSTAIN.label)],
                             widget=forms.RadioSelect)


class ApplicationStepForm(forms.Form):
    """A step's modal form. Wagtail makes it with no instance; the admin's
    views of applications (wagtail_hooks.py) hand it the application, so a
    date out of order is shown in the modal with everything typed kept."""

    def __init__(self, *args, application=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.application = application

    def check_dates(self, data, **dates):
        if self.application is None:
            return
        names = {"meeting_date": "meeting_date", "adoption_date": "adopted_on"}
        given = {key: data.get(name) for key, name in names.items() if key in dates}
        for field, message in timeline.errors(self.application, **given).items():
            self.add_error(field, message)


class CloseVoteForm(ApplicationStepForm):
    meeting_date = forms.DateField(label=_("Meeting date"), widget=forms.DateInput(attrs={"type": "date"}))
    motion = forms.CharField(label=_("Motion"), widget=forms.Textarea({"rows": 2}))

    def clean(self):
        data = super().clean()
        self.check_dates(data, meeting_date=True)
        return data


class CommissionVoteTask(GroupTask):
    """Each member votes once (aye, no or abstain); once the policy's quorum has
    voted, a member closes the vote with the meeting's date and motion, and
    the policy's rule decides. Members who did not vote are recorded absent."""

    class Meta:
        verbose_name = _("Commission vote")

    @classmethod
    def get_description(cls):
        return _("Commission members vote; the policy's quorum and rule decide.")

    def get_actions(self, obj, user):
        if not self.in_groups(user):
            return []
        task_state = obj.current_workflow_task_state
        if task_state is None:
            return []
        actions = []
        # Only the Commission's members vote, each once; a superuser may close the vote.
        if self.is_member(user) and not CommissionVote.objects.filter(task_state=task_state, member=user).exists():
            actions.append(("vote", _("Cast your vote"), True))
        if self.outcome(obj, task_state).quorum_met:
            actions.append(("close", _("Close the vote"), True))
        return actions

    def get_form_for_action(self, action):
        return VoteForm if action == "vote" else CloseVoteForm

    def outcome(self, application: Application, task_state) -> voting.Outcome:
        policy = application.policy
        votes = list(CommissionVote.objects.filter(task_state=task_state).values_list("vote", flat=True))
        counted = voting.tally(votes, max(self.members().count(), len(votes)))
        return voting.decide(counted, quorum=policy.commission_quorum, rule=policy.vote_rule,
                             seats=policy.commission_seats)

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        application = task_state.workflow_state.content_object
        if action_name == "vote" and self.is_member(user):
            cast(task_state, application, user, kwargs["vote"])
        elif action_name == "close":
            close_vote(self, task_state, application, user, as_date(kwargs["meeting_date"]), kwargs["motion"])


def as_date(value) -> date:
    """Wagtail's editor hands a modal's data over as JSON: a date arrives as its ISO string."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def cast(task_state, application, member, vote: str) -> bool:
    """Record one member's vote; False if they had voted already (a second vote changes nothing)."""
    try:
        with transaction.atomic():
            CommissionVote.objects.create(task_state=task_state, application=application, member=member, vote=vote)
    except IntegrityError:
        return False
    return True


def close_vote(task, task_state, application, user, meeting_date, motion) -> "CommissionDecision | None":
    """Count, record and move on: approved to the Council, or not approved.
    Nothing happens without the quorum, or if the vote was closed already;
    a meeting dated before the application raises ValidationError."""
    timeline.check(application, meeting_date=meeting_date)
    outcome = task.outcome(application, task_state)
    if not outcome.quorum_met or CommissionDecision.objects.filter(task_state=task_state).exists():
        return None
    voted = set(CommissionVote.objects.filter(task_state=task_state).values_list("member_id", flat=True))
    CommissionVote.objects.bulk_create([
        CommissionVote(task_state=task_state, application=application, member=member, vote=Vote.ABSENT)
        for member in task.members().exclude(pk__in=voted)])
    counted = outcome.tally
    decision = CommissionDecision.objects.create(
        task_state=task_state, application=application, meeting_date=meeting_date, motion=motion,
        ayes=counted.ayes, noes=counted.noes, abstentions=counted.abstentions, absent=counted.absent,
        passed=outcome.passed)
    if outcome.passed:
        task_state.approve(user=user, comment=motion)
    else:
        Application.objects.filter(pk=application.pk).update(stage=Stage.DENIED)
        task_state.reject(user=user, comment=motion)
    return decision


class AdoptionForm(ApplicationStepForm):
    number = forms.CharField(label=_("Resolution number"), max_length=40)
    adopted_on = forms.DateField(label=_("Adopted on"), widget=forms.DateInput(attrs={"type": "date"}))
    ayes = forms.IntegerField(label=_("Ayes"), min_value=0)
    noes = forms.IntegerField(label=_("Noes"), min_value=0)
    abstentions = forms.IntegerField(label=_("Abstentions"), min_value=0, initial=0)
    absent = forms.IntegerField(label=pgettext_lazy("number of members", "Absent"), min_value=0, initial=0)

    def clean(self):
        data = super().clean()
        if data.get("ayes") is not None and data.get("noes") is not None and data["ayes"] <= data["noes"]:
            raise forms.ValidationError(_("A resolution is adopted with more ayes than noes."))
        self.check_dates(data, adoption_date=True)
        return data


class CouncilAdoptionTask(GroupTask):
    class Meta:
        verbose_name = _("Council adoption")

    @classmethod
    def get_description(cls):
        return _("The City Clerk records the Council's resolution and its vote.")

    def get_actions(self, obj, user):
        if not self.in_groups(user):
            return []
        return [("adopt", _("Record the adoption"), True), ("reject", _("The Council declined"), True)]

    def get_form_for_action(self, action):
        return AdoptionForm if action == "adopt" else TaskStateCommentForm

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        application = task_state.workflow_state.content_object
        if action_name == "adopt":
            if CouncilResolution.objects.filter(task_state=task_state).exists():
                return None
            fields = {**kwargs, "adopted_on": as_date(kwargs["adopted_on"])}
            timeline.check(application, adoption_date=fields["adopted_on"])
            resolution = CouncilResolution.objects.create(task_state=task_state, application=application, **fields)
            task_state.approve(user=user, comment=str(_("Resolution %(number)s") % {"number": resolution.number}))
        elif action_name == "reject":
            Application.objects.filter(pk=application.pk).update(stage=Stage.DENIED)
            task_state.reject(user=user, comment=kwargs.get("comment", ""))
        return None


class AgreementTask(GroupTask):
    """Both cities have signed: once the signed PDF, its date and both
    signatories are saved on the application, its last step can be recorded,
    which publishes it and adds the partnership to the directory."""

    class Meta:
        verbose_name = _("Agreement signed")

    @classmethod
    def get_description(cls):
        return _("Staff record the signed agreement: the PDF, its date and the signatories of both cities.")

    def get_actions(self, obj, user):
        if not self.in_groups(user):
            return []
        actions = [("reject", _("Request changes"), True)]
        if (obj.agreement_document_id and obj.agreement_signed_on and obj.local_signatory and obj.foreign_signatory
                and not timeline.errors(obj, signed_on=obj.agreement_signed_on)):
            actions.append(("approve", _("Record the signed agreement"), False))
        return actions


class CommissionVote(models.Model):
    task_state = models.ForeignKey(TaskState, on_delete=models.CASCADE, related_name="+")
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="votes")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    vote = models.CharField(max_length=8, choices=Vote.choices)
    cast_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["task_state", "member"], name="one_vote_per_member")]

    def __str__(self):
        return f"{self.member}: {self.vote}"


class CommissionDecision(models.Model):
    task_state = models.OneToOneField(TaskState, on_delete=models.CASCADE, related_name="+")
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="commission_decisions")
    meeting_date = models.DateField()
    motion = models.TextField()
    ayes = models.PositiveSmallIntegerField()
    noes = models.PositiveSmallIntegerField()
    abstentions = models.PositiveSmallIntegerField()
    absent = models.PositiveSmallIntegerField()
    passed = models.BooleanField()

    def __str__(self):
        return f"{self.meeting_date}: {self.ayes}-{self.noes}"


class CouncilResolution(models.Model):
    task_state = models.OneToOneField(TaskState, on_delete=models.CASCADE, related_name="+")
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="resolutions")
    number = models.CharField(max_length=40)
    adopted_on = models.DateField()
    ayes = models.PositiveSmallIntegerField()
    noes = models.PositiveSmallIntegerField()
    abstentions = models.PositiveSmallIntegerField(default=0)
    absent = models.PositiveSmallIntegerField(default=0)

    def __str__(self):
        return self.number
