from django.apps import AppConfig


class RegistrationsConfig(AppConfig):
    name = "registrations"
    verbose_name = "Registrations"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The newsletters pipeline sends a registrant's mail once this kind is registered.
        from . import mail

        mail.register_kind()
