"""Per-site settings of meeting notices (Settings > Meeting notices)."""

from datetime import time

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from .pages import validate_reminder_days


@register_setting(icon="mail")
class MeetingNoticeSettings(BaseSiteSetting):
    """When followers of a meeting get their reminders. An event can set its
    own days (its Settings tab)."""

    reminder_days = models.CharField(
        _("reminders (days before)"), max_length=40, default="6, 1", validators=[validate_reminder_days],
        help_text=_("Days before each meeting that followers get a reminder, e.g. “6, 1”; “-” for none."))
    reminder_time = models.TimeField(
        _("reminder time"), default=time(8),
        help_text=_("Time of day the reminders go out, in each recipient's own time zone."))

    class Meta:
        verbose_name = _("meeting notices")
