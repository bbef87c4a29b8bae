from django.apps import AppConfig


class NewslettersConfig(AppConfig):
    name = "newsletters"
    verbose_name = "Newsletters"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Register the newsletter and meeting-notice kinds of bulk message and the ESP receivers.
        from . import issues, notices, receivers  # noqa: F401
