from django.apps import AppConfig


class NewslettersConfig(AppConfig):
    name = "newsletters"
    verbose_name = "Newsletters"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Register the newsletter kind of bulk message and the ESP receivers.
        from . import issues, receivers  # noqa: F401
