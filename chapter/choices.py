from django.db import models
from django.utils.translation import gettext_lazy as _


class AnnouncementKind(models.TextChoices):
    EVENT = "event", _("An event")
    NEWSLETTER = "newsletter", _("A newsletter")
