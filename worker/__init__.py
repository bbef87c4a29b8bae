"""The Celery worker: its app, queues, beat schedule, thin tasks and the
listeners that turn what the apps announce into tasks.

`celery -A worker worker` and `celery -A worker beat` find `app` here.
"""

from .celery import app

__all__ = ["app"]
