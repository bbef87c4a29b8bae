from django.apps import apps
from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import cache


def _after_last_app_migrated(sender, **kwargs):
    # Permissions of every app exist only once the last app with models has
    # migrated (post_migrate is sent per app, in INSTALLED_APPS order).
    if sender is [config for config in apps.get_app_configs() if config.models_module is not None][-1]:
        from .permissions import ensure_site_editors_group

        ensure_site_editors_group()


def _settings_saved(sender, created, **kwargs):
    # Wagtail creates an empty settings row the first time a page reads it:
    # nothing readers saw has changed then.
    if not created:
        cache.purge_chrome()


def connect():
    post_migrate.connect(_after_last_app_migrated, dispatch_uid="home.site_editors_group")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(cache.purge_for_page, dispatch_uid=f"home.cache.purge.{id(signal)}")
    from wagtail.models import Page, Site

    post_delete.connect(cache.purge_for_page, sender=Page, dispatch_uid="home.cache.purge.page_delete")
    reader_facing = [apps.get_model("home", name) for name in (
        "PresidentialQuote", "BoardPosition", "Person", "SiteImage")]
    reader_facing.append(apps.get_model("cities", "Committee"))
    chrome = [Site] + [apps.get_model("home", name) for name in ("NavigationMenu", "Footer")]
    for model in chrome:
        post_save.connect(cache.purge_chrome, sender=model, dispatch_uid=f"home.cache.chrome.save.{model.__name__}")
        post_delete.connect(cache.purge_chrome, sender=model, dispatch_uid=f"home.cache.chrome.del.{model.__name__}")
    settings_model = apps.get_model("home", "OrganisationSettings")
    post_save.connect(_settings_saved, sender=settings_model, dispatch_uid="home.cache.purge.settings")
    post_delete.connect(cache.purge_chrome, sender=settings_model, dispatch_uid="home.cache.purge.settings_delete")
    for model in reader_facing:
        post_save.connect(cache.purge, sender=model, dispatch_uid=f"home.cache.purge.save.{model.__name__}")
        post_delete.connect(cache.purge, sender=model, dispatch_uid=f"home.cache.purge.delete.{model.__name__}")
