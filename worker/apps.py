from django.apps import AppConfig


class WorkerConfig(AppConfig):
    name = "worker"
    verbose_name = "Worker"

    def ready(self):
        # The apps announce; the worker listens (ARCHITECTURE.md, "Seams").
        from . import listeners, schedule  # noqa: F401
