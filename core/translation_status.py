"""What is untranslated or out of date: each page of the default language,
per site, and each translatable snippet of the default language, against each
other locale, in a fixed number of queries.

A translation is
- not translated: no page in that locale, or only the alias wagtail-localize
  keeps in a synchronised tree (readers get the default language);
- out of date: the source was published after it was last sent for
  translation, or was synced again after the translation was last saved
  (snippets without drafts are never "published": only the sync counts);
- partly translated: wagtail-localize still waits for some of its strings;
- draft: translated but not live (pages, and snippets with drafts);
- up to date: otherwise.
"""

from dataclasses import dataclass

from django.contrib.admin.utils import quote
from django.db.models import Count, Exists, IntegerField, Max, Model, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, Site, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
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
PAGES = "pages"
SNIPPETS = "snippets"
BOTH = "both"
KINDS = {
    BOTH: _("Pages and snippets"),
    PAGES: _("Pages"),
    SNIPPETS: _("Snippets"),
}
PAGE_FIELDS = ("id", "title", "path", "depth", "translation_key", "locale_id", "live", "alias_of_id",
               "last_published_at")


@dataclass
class Row:
    site: Site | None  # None for a snippet: snippets belong to no site
    source: Model
    locale: Locale
    status: str
    target: Model | None = None
    total: int | None = None
    translated: int | None = None

    @property
    def status_label(self):
        return STATUSES[self.status]

    @property
    def is_snippet(self) -> bool:
        return self.site is None

    @property
    def group(self) -> str:
        """The site of a page; "Snippets" for snippets."""
        return KINDS[SNIPPETS] if self.is_snippet else str(self.site)

    @property
    def type_label(self) -> str:
        return capfirst(self.source._meta.verbose_name) if self.is_snippet else _("Page")

    @property
    def snippet_key(self) -> str:
        """"app_label.model_name:pk": the snippet, for the page's markup."""
        return f"{self.source._meta.label_lower}:{self.source.pk}"

    @property
    def name(self) -> str:
        return str(self.source) if self.is_snippet else self.source.title

    @property
    def percent(self) -> int | None:
        if not self.total:
            return None
        return round(100 * self.translated / self.total)

    @property
    def action_url(self) -> str:
        """The translation editor (the target's edit view) or "Translate this page/snippet"."""
        if self.is_snippet:
            return self._snippet_action_url()
        if self.status == MISSING:
            return reverse("wagtail_localize:submit_page_translation", args=[self.source.pk])
        return reverse("wagtailadmin_pages:edit", args=[self.target.pk])

    def _snippet_action_url(self) -> str:
        meta = self.source._meta
        if self.status == MISSING:
            return reverse("wagtail_localize:submit_snippet_translation",
                           args=[meta.app_label, meta.model_name, quote(self.source.pk)])
        edit_url_name = type(self.source).snippet_viewset.get_url_name("edit")
        return reverse(edit_url_name, args=[quote(self.target.pk)])


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
            .select_related("source").defer("source__content_json")  # the frozen content: never read here
            .annotate(total=_count(segments), translated=_count(translated), last_saved_at=Subquery(last_saved)))


def _count(queryset):
    counted = queryset.order_by().values("source_id").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def status_of(source: Model, target: Model | None, translation: Translation | None) -> str:
    """The status of a page or snippet translation. Snippets have no alias and,
    without DraftStateMixin, no publishing: saved means live."""
    if target is None or getattr(target, "alias_of_id", None) is not None:
        return MISSING
    target_live = getattr(target, "live", True)
    source_published_at = getattr(source, "last_published_at", None)
    if translation is None:
        # Translated by hand, outside wagtail-localize: only dates to go by.
        target_published_at = getattr(target, "last_published_at", None)
        if source_published_at and (target_published_at is None or source_published_at > target_published_at):
            return OUT_OF_DATE if target_live else DRAFT
        return UP_TO_DATE if target_live else DRAFT
    sent_at = translation.source.last_updated_at
    if (source_published_at and source_published_at > sent_at) or (
            translation.last_saved_at is None or translation.last_saved_at < sent_at):
        return OUT_OF_DATE
    if translation.translated < translation.total:
        return PARTIAL
    return UP_TO_DATE if target_live else DRAFT


def translatable_snippet_models(user) -> list[type[Model]]:
    """The registered snippet models wagtail-localize can translate that
    `user` may change (the others' rows would only lead to a refusal)."""
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)
            and model.snippet_viewset.permission_policy.user_has_permission(user, "change")]


def rows(user, *, kind=BOTH, locale_ids=None, statuses=None) -> list[Row]:
    """The report: page rows by site, then snippet rows, filtered."""
    default = Locale.get_default()
    locales = [locale for locale in Locale.objects.exclude(pk=default.pk).order_by("language_code")
               if not locale_ids or locale.pk in locale_ids]
    # Pages and snippets share one query: their translation keys are distinct UUIDs.
    translations = {(t.source.object_id, t.target_locale_id): t for t in
                    translations_with_progress(default).filter(target_locale__in=locales)}
    found = []
    if kind in (PAGES, BOTH):
        found += page_rows(default, locales, translations)
    if kind in (SNIPPETS, BOTH):
        for model in translatable_snippet_models(user):
            found += snippet_rows(model, default, locales, translations)
    return [row for row in found if not statuses or row.status in statuses]


def page_translation_rows(page: Page) -> list[Row]:
    """One page of the default language against each other locale, as the
    report has it (empty for a page in another language): four queries."""
    default = Locale.get_default()
    if page.locale_id != default.pk:
        return []
    locales = list(Locale.objects.exclude(pk=default.pk).order_by("language_code"))
    translations = {(t.source.object_id, t.target_locale_id): t for t in
                    translations_with_progress(default).filter(source__object_id=page.translation_key)}
    targets = {(target.translation_key, target.locale_id): target for target in
               Page.objects.filter(translation_key=page.translation_key, locale__in=locales).only(*PAGE_FIELDS)}
    site = page.get_site()
    return [_row(site, page, locale, targets, translations) for locale in locales]


def _row(site, source, locale, targets, translations) -> Row:
    key = (source.translation_key, locale.pk)
    target, translation = targets.get(key), translations.get(key)
    row = Row(site, source, locale, status_of(source, target, translation), target)
    if translation is not None and row.status != MISSING:
        row.total, row.translated = translation.total, translation.translated
    return row


def page_rows(default: Locale, locales: list[Locale], translations: dict) -> list[Row]:
    """One row per page of the default language (under a site) and locale."""
    sites = sorted(Site.objects.select_related("root_page"), key=lambda site: -len(site.root_page.path))
    sources = Page.objects.filter(locale=default, depth__gt=1).only(*PAGE_FIELDS).order_by("path")
    targets = {(page.translation_key, page.locale_id): page for page in
               Page.objects.filter(locale__in=locales, depth__gt=1).only(*PAGE_FIELDS)}
    found = []
    for source in sources:
        site = next((site for site in sites if source.path.startswith(site.root_page.path)), None)
        if site is not None:
            found += [_row(site, source, locale, targets, translations) for locale in locales]
    found.sort(key=lambda row: (row.site.site_name or row.site.hostname, row.source.path))
    return found


def snippet_rows(model: type[Model], default: Locale, locales: list[Locale], translations: dict) -> list[Row]:
    """One row per snippet of `model` in the default language and locale, in one
    query: snippets and their translations come together."""
    # str() of a snippet often names a related object (a position's person,
    # a menu's site): fetch them with the snippets, not one query each.
    related = [field.name for field in model._meta.concrete_fields if field.many_to_one]
    snippets = (model.objects.filter(locale__in=[default, *locales]).select_related(*related)
                .order_by(*model._meta.ordering, "pk"))
    sources, targets = [], {}
    for snippet in snippets:
        if snippet.locale_id == default.pk:
            sources.append(snippet)
        else:
            targets[snippet.translation_key, snippet.locale_id] = snippet
    return [_row(None, source, locale, targets, translations) for source in sources for locale in locales]
