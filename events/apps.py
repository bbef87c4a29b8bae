from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Events"

    def ready(self):
        # Receivers need the models: connected once the registry is ready.
        from . import signals

        signals.connect_model_signals()
