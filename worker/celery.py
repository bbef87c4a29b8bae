import os

from celery import Celery
from kombu import Queue

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

app = Celery("cms")
app.config_from_object("django.conf:settings", namespace="CELERY")

# Queues named by purpose, so mail can be given its own workers and a slow
# calendar host never holds up a newsletter.
app.conf.task_queues = (Queue("default"), Queue("mail"), Queue("feeds"))
app.conf.task_routes = {
    "worker.tasks.mail.*": {"queue": "mail"},
    "worker.tasks.notices.*": {"queue": "mail"},
    "worker.tasks.feeds.*": {"queue": "feeds"},
}
app.conf.beat_schedule = {}

app.autodiscover_tasks(["worker"], related_name="tasks")
