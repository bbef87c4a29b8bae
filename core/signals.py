"""Receivers of the plumbing: the page cache follows Wagtail's page and site
changes, and the editor groups follow migrations. Content apps connect their
own reader-facing models to `core.cache` (see `watch()`)."""

from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import cache
from .permissions import all_permissions_exist, ensure_site_editors_group


def _after_last_app_migrated(sender, **kwargs):
    if all_permissions_exist(sender):
        ensure_site_editors_group()


def watch(*models, chrome: bool = False) -> None:
    """Purge the page cache when a row of these models is saved or deleted;
    `chrome=True` for the menu, footer and organisation (cached apart)."""
    receiver = cache.purge_chrome if chrome else cache.purge
    for model in models:
        label = f"{model._meta.label}.{'chrome' if chrome else 'pages'}"
        post_save.connect(receiver, sender=model, dispatch_uid=f"core.cache.save.{label}")
        post_delete.connect(receiver, sender=model, dispatch_uid=f"core.cache.delete.{label}")


def connect():
    post_migrate.connect(_after_last_app_migrated, dispatch_uid="core.site_editors_group")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(cache.purge_for_page, dispatch_uid=f"core.cache.purge.{id(signal)}")
    post_delete.connect(cache.purge_for_page, sender=Page, dispatch_uid="core.cache.purge.page_delete")
    watch(Site, chrome=True)
    # A page made private (or public) leaves (or joins) every listing at once.
    watch(PageViewRestriction)
    renditions = get_image_model().get_rendition_model()
    post_save.connect(cache.purge_renditions, sender=renditions, dispatch_uid="core.cache.renditions.save")
    post_delete.connect(cache.purge_renditions, sender=renditions, dispatch_uid="core.cache.renditions.delete")
