"""An event's own reminder days ("6, 1", or "-" for none): parsed here, where
the event's field is validated; notices/selection.py schedules them."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

NO_REMINDERS = "-"


def parse_reminder_days(text: str) -> tuple[int, ...]:
    """ "6, 1" -> (6, 1); "-" -> () (no reminders). Raises ValidationError."""
    text = (text or "").strip()
    if text == NO_REMINDERS:
        return ()
    days = set()
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit() or int(part) > 60:
            raise ValidationError(_("Give whole numbers of days from 0 to 60, separated by commas, or “-”."))
        days.add(int(part))
    return tuple(sorted(days, reverse=True))


def validate_reminder_days(value: str) -> None:
    parse_reminder_days(value)
