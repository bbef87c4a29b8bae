from django.apps import apps
from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import cache


def _after_last_app_migrated(sender, **kwargs):
    # Permissions of every app exist only once the last app has migrated.
    if sender is list(apps.get_app_configs())[-1]:
        from .permissions import ensure_site_editors_group

        ensure_site_editors_group()


def connect():
    post_migrate.connect(_after_last_app_migrated, dispatch_uid="home.site_editors_group")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(cache.purge, dispatch_uid=f"home.cache.purge.{id(signal)}")
    from wagtail.models import Page, Site

    post_delete.connect(cache.purge, sender=Page, dispatch_uid="home.cache.purge.page_delete")
    reader_facing = [Site] + [apps.get_model("home", name) for name in (
        "PresidentialQuote", "BoardPosition", "NavigationMenu", "Footer", "OrganisationSettings", "Person",
        "SiteImage")] + [apps.get_model("cities", "Committee")]
    for model in reader_facing:
        post_save.connect(cache.purge, sender=model, dispatch_uid=f"home.cache.purge.save.{model.__name__}")
        post_delete.connect(cache.purge, sender=model, dispatch_uid=f"home.cache.purge.delete.{model.__name__}")
