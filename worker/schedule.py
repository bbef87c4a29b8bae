"""Celery beat's schedule, built from settings so intervals stay editable."""

from celery.schedules import crontab
from django.conf import settings

from .celery import app

app.conf.beat_schedule.update({
    "sweep-mail-deliveries": {
        "task": "worker.tasks.mail.sweep_deliveries",
        "schedule": float(settings.NEWSLETTER_SWEEP_SECONDS),
        "options": {"queue": "mail", "expires": float(settings.NEWSLETTER_SWEEP_SECONDS)},
    },
    "sweep-contact-messages": {
        "task": "worker.tasks.mail.sweep_contact_messages",
        "schedule": float(settings.CONTACT_SWEEP_MINUTES * 60),
        "options": {"queue": "mail", "expires": float(settings.CONTACT_SWEEP_MINUTES * 60)},
    },
    "sweep-announcement-mail": {
        "task": "worker.tasks.mail.sweep_announcement_mail",
        "schedule": float(settings.CONTACT_SWEEP_MINUTES * 60),
        "options": {"queue": "mail", "expires": float(settings.CONTACT_SWEEP_MINUTES * 60)},
    },
    "prepare-chapter-digest": {
        "task": "worker.tasks.chapter.prepare_monthly_digest",
        "schedule": crontab(minute=0, hour=6, day_of_month=1),
    },
    "scan-meeting-reminders": {
        "task": "worker.tasks.notices.scan_reminders",
        "schedule": float(settings.MEETING_NOTICE_SCAN_MINUTES * 60),
        "options": {"queue": "mail", "expires": float(settings.MEETING_NOTICE_SCAN_MINUTES * 60)},
    },
    "scan-partnerships": {
        "task": "worker.tasks.relationships.scan_partnerships",
        "schedule": float(settings.RELATIONSHIPS_SCAN_HOURS * 3600),
        "options": {"queue": "mail", "expires": float(settings.RELATIONSHIPS_SCAN_HOURS * 3600)},
    },
    "sync-calendar-feeds": {
        "task": "worker.tasks.feeds.sync_all_feeds",
        "schedule": float(settings.CALENDAR_FEED_SYNC_MINUTES * 60),
        "options": {"queue": "feeds", "expires": float(settings.CALENDAR_FEED_SYNC_MINUTES * 60)},
    },
})
