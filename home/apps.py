from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site"

    def ready(self):
        # Signal receivers need the models: connected once the registry is ready.
        from . import signals

        signals.connect()
