"""The choices an application and its review are described with."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Answer(models.TextChoices):
    """An applicant's answer to a geography or diplomacy question. Its words
    are not a vote's: "No" is いいえ here, 反対 in a vote (contexts "answer", "vote")."""

    YES = "yes", pgettext_lazy("answer", "Yes")
    NO = "no", pgettext_lazy("answer", "No")
    UNKNOWN = "unknown", pgettext_lazy("answer", "Not known")


class ApplicantRole(models.TextChoices):
    COUNCILMEMBER = "councilmember", _("City councilmember")
    STAFF = "staff", _("City staff")
    RESIDENT_GROUP = "resident_group", _("Resident group or nonprofit")


class Stage(models.TextChoices):
    """Where an application stands; kept on the row so listings filter on it."""

    DRAFT = "draft", _("Draft")
    DIRECTOR = "director", _("At the Director")
    RETURNED = "returned", _("Returned for changes")
    COMMISSION = "commission", _("At the Commission")
    COUNCIL = "council", _("At the City Council")
    AGREEMENT = "agreement", _("Awaiting signature")
    SIGNED = "signed", _("Agreement signed")
    DENIED = "denied", _("Not approved")


class Vote(models.TextChoices):
    """A Commission member's vote."""

    AYE = "aye", pgettext_lazy("vote", "Aye")
    NO = "no", pgettext_lazy("vote", "No")
    ABSTAIN = "abstain", pgettext_lazy("vote", "Abstain")
    ABSENT = "absent", pgettext_lazy("vote", "Absent")


class VoteRule(models.TextChoices):
    """How a Commission vote passes, once the quorum is present."""

    VOTES_CAST = "votes_cast", _("More ayes than noes")
    PRESENT = "present", _("A majority of the members present")
    SEATS = "seats", _("A majority of all seats")


class AgreementKind(models.TextChoices):
    """What a signed agreement makes of the partnership (cities' PartnershipStatus codes)."""

    FRIENDSHIP = "friendship", _("Friendship city")
    SISTER = "sister", _("Sister city")


class ActivityKind(models.TextChoices):
    """What a partnership did: its activity log, and the decisions after a silence."""

    VISIT_THERE = "visit_there", _("Delegation visit there")
    VISIT_HERE = "visit_here", _("Delegation visit here")
    EXCHANGE = "exchange", _("Exchange")
    PROJECT = "project", _("Project")
    ANNUAL_REPORT = "annual_report", _("Annual report")
    REAFFIRMED = "reaffirmed", _("Reaffirmed after a silence")
    ENDED = "ended", _("Ended")
