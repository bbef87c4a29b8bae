"""Stable slugs: page types whose URL stays the same in every language.

Slugs are translated by default (/en/about/ is /fr/a-propos/). A page type
that mixes in `StableSlugMixin` keeps its source page's slug in every
language instead, so /fr/sister-cities/kaniv/ can be guessed from
/en/sister-cities/kaniv/.
"""

from wagtail.models import Locale
from wagtail_localize.fields import SynchronizedField

STABLE_SLUG = SynchronizedField("slug", overridable=False)


class StableSlugMixin:
    """Put before `Page` in a page type's bases.

    wagtail-localize then copies the slug from the source whenever it creates
    or syncs a translation, and neither offers it for translation nor lets the
    translation editor override it. A translation saved in the plain page
    editor (a translation no longer synced) takes its source's slug back.
    """

    stable_slug = True
    override_translatable_fields = [STABLE_SLUG]

    def clean(self):
        source = self.stable_slug_source()
        if source is not None:
            self.slug = source.slug
        super().clean()

    def stable_slug_source(self):
        """The page in the default language this page translates, if any."""
        if not self.translation_key or not self.locale_id:
            return None
        try:
            default = Locale.get_default()
        except Locale.DoesNotExist:
            return None
        if default.pk == self.locale_id:
            return None
        return self.get_translation_or_none(default)
