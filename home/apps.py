from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site"

    def ready(self):
        from cms.spreadsheets import defuse_wagtail_exports

        defuse_wagtail_exports()
        from . import signals

        signals.connect()
        from django.db.models.signals import post_delete, post_save

        from home.i18n import clear_root_paths_on_home_change

        post_save.connect(clear_root_paths_on_home_change, dispatch_uid="home-i18n-root-paths-save")
        post_delete.connect(clear_root_paths_on_home_change, dispatch_uid="home-i18n-root-paths-delete")
