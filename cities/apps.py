from django.apps import AppConfig


class CitiesConfig(AppConfig):
    name = "cities"
    verbose_name = "Cities"

    def ready(self):
        # Receivers need the models: connected once the registry is ready.
        from . import signals

        signals.connect()
