"""Celery beat's schedule, built from settings so intervals stay editable."""

from django.conf import settings

from .celery import app

app.conf.beat_schedule.update({
    "sweep-mail-deliveries": {
        "task": "worker.tasks.mail.sweep_deliveries",
        "schedule": float(settings.NEWSLETTER_SWEEP_SECONDS),
        "options": {"queue": "mail", "expires": float(settings.NEWSLETTER_SWEEP_SECONDS)},
    },
})
