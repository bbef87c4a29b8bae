from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "people"
    verbose_name = "People"

    def ready(self):
        # Receivers need the models: connected once the registry is ready.
        from . import signals

        signals.connect()
