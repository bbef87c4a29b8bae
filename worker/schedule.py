"""Celery beat's schedule, built from settings so intervals stay editable."""

from .celery import app

app.conf.beat_schedule.update({})
