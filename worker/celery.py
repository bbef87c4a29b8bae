import logging
import os

import django
from celery import Celery, bootsteps, signals
from kombu import Queue

from .heartbeat import HEARTBEAT_SECONDS, record_worker_heartbeat

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

app = Celery("cms")
app.config_from_object("django.conf:settings", namespace="CELERY")

# Queues named by purpose, so mail can be given its own workers and a slow
# calendar host never holds up a newsletter.
app.conf.task_queues = (Queue("default"), Queue("mail"), Queue("feeds"))
app.conf.task_routes = {
    "worker.tasks.mail.*": {"queue": "mail"},
    "worker.tasks.notices.*": {"queue": "mail"},
    "worker.tasks.registrations.*": {"queue": "mail"},
    "worker.tasks.relationships.*": {"queue": "mail"},
    "worker.tasks.feeds.*": {"queue": "feeds"},
}
app.conf.beat_schedule = {}


@signals.setup_logging.connect
def use_django_logging(**kwargs):
    """Worker and beat log through Django's LOGGING (cms/logformat.py), so
    their lines carry time, level and logger like the web's."""
    django.setup()

app.autodiscover_tasks(["worker"], related_name="tasks")


class Heartbeat(bootsteps.StartStopStep):
    """Every worker writes a heartbeat into the shared cache, read by /healthz
    (worker/health.py) without waiting on a ping."""

    requires = {"celery.worker.components:Timer"}

    def __init__(self, worker, **kwargs):
        super().__init__(worker, **kwargs)
        self.tref = None

    def start(self, worker):
        self.beat(worker)
        self.tref = worker.timer.call_repeatedly(HEARTBEAT_SECONDS, self.beat, (worker,), priority=10)

    def stop(self, worker):
        if self.tref is not None:
            self.tref.cancel()
            self.tref = None

    def beat(self, worker):
        try:
            record_worker_heartbeat(worker.hostname)
        except Exception:  # a cache outage shows as "cache" and "worker" failing in /healthz
            logging.getLogger(__name__).warning("could not write the worker heartbeat", exc_info=True)


app.steps["worker"].add(Heartbeat)
