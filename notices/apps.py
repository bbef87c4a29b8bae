from django.apps import AppConfig


class NoticesConfig(AppConfig):
    name = "notices"
    verbose_name = "Meeting notices"

    def ready(self):
        # The newsletters pipeline sends notices once this kind is registered.
        from . import kind

        kind.register()
