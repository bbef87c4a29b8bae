"""The editors' dashboard: the base every app's panels share, and core's own
panel: per language, how many pages of the default language have no copy
yet, linked to the translation status report. Two queries, whatever the
number of pages or languages."""

from django.db.models import Count, Exists, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page

from . import translation_status


def missing_by_locale() -> list[tuple[Locale, int]]:
    default = Locale.get_default()
    has_copy = Page.objects.filter(locale_id=OuterRef(OuterRef("pk")), translation_key=OuterRef("translation_key"))
    missing = (Page.objects.filter(locale=default, depth__gt=1).filter(~Exists(has_copy))
               .order_by().values("locale").annotate(n=Count("pk")).values("n"))
    locales = (Locale.objects.exclude(pk=default.pk).order_by("language_code")
               .annotate(missing=Coalesce(Subquery(missing, output_field=IntegerField()), 0)))
    return [(locale, locale.missing) for locale in locales]


class DashboardPanel(Component):
    """A panel on the editors' dashboard: every app's panels share one style."""

    class Media:
        css = {"all": ["core/dashboard.css"]}


class MissingTranslationsPanel(DashboardPanel):
    name = "missing_translations"
    order = 100
    template_name = "core/admin/panel_missing_translations.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        report = reverse("translation_status")
        context["rows"] = [(locale, n, f"{report}?locale={locale.pk}&status={translation_status.MISSING}"
                            f"&kind={translation_status.PAGES}")
                           for locale, n in missing_by_locale()]
        context["all_done"] = not any(n for _locale, n, _url in context["rows"])
        return context
