from django.db.models.signals import post_delete, post_save

from core import cache
from core.i18n import clear_root_paths_on_home_change
from core.signals import watch

from .models import Footer, NavigationMenu, OrganisationSettings, PresidentialQuote, SiteImage


def _settings_saved(sender, created, **kwargs):
    # Wagtail creates an empty settings row the first time a page reads it:
    # nothing readers saw has changed then.
    if not created:
        cache.purge_chrome()


def connect():
    watch(PresidentialQuote, SiteImage)
    watch(NavigationMenu, Footer, chrome=True)
    post_save.connect(_settings_saved, sender=OrganisationSettings, dispatch_uid="home.cache.purge.settings")
    post_delete.connect(cache.purge_chrome, sender=OrganisationSettings,
                        dispatch_uid="home.cache.purge.settings_delete")
    post_save.connect(clear_root_paths_on_home_change, dispatch_uid="home-i18n-root-paths-save")
    post_delete.connect(clear_root_paths_on_home_change, dispatch_uid="home-i18n-root-paths-delete")
