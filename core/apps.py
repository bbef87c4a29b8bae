from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Plumbing every app uses and no page type: language links and fallback,
    the page cache, stable slugs, the sitemap, the client address, the shared
    template tags and admin access."""

    name = "core"
    verbose_name = "Core"

    def ready(self):
        # Signal receivers need the models: connected once the registry is ready.
        from . import choosers, signals, spreadsheets

        signals.connect()
        choosers.name_languages_in_page_choosers()
        spreadsheets.defuse_wagtail_exports()
