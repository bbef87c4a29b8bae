"""The choices a partnership is described with (the directory filters by them)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Origin(models.TextChoices):
    """How a partnership began (Sister Cities International's list)."""

    MAYORAL = "mayoral", _("Mayoral relationship")
    TRADE = "trade", _("Trade relationship")
    HISTORICAL = "historical", _("Historical connection")
    ANCESTRAL = "ancestral", _("Ancestral or demographic connection")
    EXPATRIATE = "expatriate", _("Expatriate community")
    SHARED_CHALLENGE = "shared_challenge", _("Shared geographic or sector challenge")
    FAITH = "faith_based", _("Faith-based group")
    PERSONAL = "personal", _("Personal experience")
    OTHER = "other", _("Other")


class Programme(models.TextChoices):
    CULTURAL = "cultural", _("Cultural exchange")
    YOUTH = "youth_education", _("Youth and education")
    COMMUNITY = "community_development", _("Community development")
    BUSINESS = "business_trade", _("Business and trade")
    HUMANITARIAN = "humanitarian", _("Humanitarian")


class PartnershipStatus(models.TextChoices):
    """Where a partnership stands."""

    PROPOSED = "proposed", _("Proposed")
    FRIENDSHIP = "friendship", _("Friendship city")
    SISTER = "sister", _("Sister city")
    INACTIVE = "inactive", _("Inactive")
