"""The relationships app's models: the policy (a page per local city), the
applications (snippets under Wagtail workflows), their review tasks and
records, and what is sent about them."""

from .application import Activity, Application, SentNotice
from .policy import RelationshipPolicyPage
from .review import (
    AgreementTask,
    CommissionDecision,
    CommissionVote,
    CommissionVoteTask,
    CouncilAdoptionTask,
    CouncilResolution,
    DirectorReviewTask,
)

__all__ = [
    "Activity", "AgreementTask", "Application", "CommissionDecision", "CommissionVote", "CommissionVoteTask",
    "CouncilAdoptionTask", "CouncilResolution", "DirectorReviewTask", "RelationshipPolicyPage", "SentNotice",
]
