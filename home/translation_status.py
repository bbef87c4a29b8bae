"""What is untranslated or out of date: each page of the default language,
per site, against each other locale, in a fixed number of queries.

A translation is
- not translated: no page in that locale, or only the alias wagtail-localize
  keeps in a synchronised tree (readers get the default language);
- out of date: the source was published after it was last sent for
  translation, or was synced again after the translation was last saved;
- partly translated: wagtail-localize still waits for some of its strings;
- draft: translated but not live;
- up to date: otherwise.
"""

from dataclasses import dataclass

from django.db.models import Count, Exists, IntegerField, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationLog

UP_TO_DATE = "up_to_date"
OUT_OF_DATE = "out_of_date"
PARTIAL = "partial"
DRAFT = "draft"
MISSING = "missing"
STATUSES = {
    UP_TO_DATE: _("Up to date"),
    OUT_OF_DATE: _("Out of date"),
    PARTIAL: _("Partly translated"),
    DRAFT: _("Translated, not live"),
    MISSING: _("Not translated"),
}
PAGE_FIELDS = ("id", "title", "path", "depth", "translation_key", "locale_id", "live", "alias_of_id",
               "last_published_at")


@dataclass
class Row:
    site: Site
    source: Page
    locale: Locale
    status: str
    target: Page | None = None
    total: int | None = None
    translated: int | None = None

    @property
    def status_label(self):
        return STATUSES[self.status]

    @property
    def percent(self) -> int | None:
        if not self.total:
            return None
        return round(100 * self.translated / self.total)

    @property
    def action_url(self) -> str:
        """The translation editor (the target's edit view) or "Translate this page"."""
        if self.status == MISSING:
            return reverse("wagtail_localize:submit_page_translation", args=[self.source.pk])
        return reverse("wagtailadmin_pages:edit", args=[self.target.pk])


def translations_with_progress(default: Locale):
    """wagtail-localize's Translation.get_progress() and the time of the last
    save of each translation, as annotations: one query for all of them."""
    segments = StringSegment.objects.filter(source_id=OuterRef("source_id"))
    translated = segments.filter(Exists(StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"), context_id=OuterRef("context_id"),
        locale_id=OuterRef(OuterRef("target_locale_id")), has_error=False)))
    last_saved = (TranslationLog.objects.filter(source_id=OuterRef("source_id"), locale_id=OuterRef("target_locale_id"))
                  .values("source_id").annotate(at=Max("created_at")).values("at"))
    return (Translation.objects.filter(enabled=True, source__locale=default)
            .select_related("source")
            .annotate(total=_count(segments), translated=_count(translated), last_saved_at=Subquery(last_saved)))


def _count(queryset):
    counted = queryset.order_by().values("source_id").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def status_of(source: Page, target: Page | None, translation: Translation | None) -> str:
    if target is None or target.alias_of_id is not None:
        return MISSING
    if translation is None:
        # Translated by hand, outside wagtail-localize: only dates to go by.
        if source.last_published_at and (target.last_published_at is None
                                         or source.last_published_at > target.last_published_at):
            return OUT_OF_DATE if target.live else DRAFT
        return UP_TO_DATE if target.live else DRAFT
    sent_at = translation.source.last_updated_at
    if (source.last_published_at and source.last_published_at > sent_at) or (
            translation.last_saved_at is None or translation.last_saved_at < sent_at):
        return OUT_OF_DATE
    if translation.translated < translation.total:
        return PARTIAL
    return UP_TO_DATE if target.live else DRAFT


def page_rows(*, locale_ids=None, statuses=None) -> list[Row]:
    """One row per page of the default language (under a site) and locale."""
    default = Locale.get_default()
    locales = [locale for locale in Locale.objects.exclude(pk=default.pk).order_by("language_code")
               if not locale_ids or locale.pk in locale_ids]
    sites = sorted(Site.objects.select_related("root_page"), key=lambda site: -len(site.root_page.path))
    sources = Page.objects.filter(locale=default, depth__gt=1).only(*PAGE_FIELDS).order_by("path")
    targets = {(page.translation_key, page.locale_id): page for page in
               Page.objects.filter(locale__in=locales, depth__gt=1).only(*PAGE_FIELDS)}
    translations = {(t.source.object_id, t.target_locale_id): t for t in
                    translations_with_progress(default).filter(target_locale__in=locales)}
    rows = []
    for source in sources:
        site = next((site for site in sites if source.path.startswith(site.root_page.path)), None)
        if site is None:
            continue
        for locale in locales:
            key = (source.translation_key, locale.pk)
            target, translation = targets.get(key), translations.get(key)
            row = Row(site, source, locale, status_of(source, target, translation), target)
            if translation is not None and row.status != MISSING:
                row.total, row.translated = translation.total, translation.translated
            if not statuses or row.status in statuses:
                rows.append(row)
    rows.sort(key=lambda row: (row.site.site_name or row.site.hostname, row.source.path))
    return rows

