"""The "Translation status" report: what is untranslated or out of date; page
choosers in the edited page's language; unfinished drafts offered again;
the dashboard's missing translations."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import choosers, dashboard, drafts, translation_status
from .i18n import language_name

ROWS_PER_PAGE = 100
# As Wagtail's own page reports: anyone who may add, edit or publish pages.
PAGE_ACTIONS = ["add", "change", "publish"]


def can_see_report(user) -> bool:
    return PagePermissionPolicy(Page).user_has_any_permission(user, PAGE_ACTIONS)


def _ids(values) -> set[int]:
    return {int(value) for value in values if value.isdigit()}


def translation_status_view(request):
    if not can_see_report(request.user):
        raise PermissionDenied
    locale_ids = _ids(request.GET.getlist("locale"))
    statuses = {value for value in request.GET.getlist("status") if value in translation_status.STATUSES}
    kind = request.GET.get("kind")
    if kind not in translation_status.KINDS:
        kind = translation_status.BOTH
    rows = translation_status.rows(request.user, kind=kind, locale_ids=locale_ids, statuses=statuses)
    page = Paginator(rows, ROWS_PER_PAGE).get_page(request.GET.get("p"))
    return TemplateResponse(request, "core/admin/translation_status.html", {
        "page_title": _("Translation status"), "header_title": _("Translation status"), "header_icon": "site",
        "rows": page, "total": len(rows), "elided_page_range": page.paginator.get_elided_page_range(page.number),
        "locales": Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code"),
        "statuses": translation_status.STATUSES.items(), "kinds": translation_status.KINDS.items(),
        "chosen_locales": locale_ids, "chosen_statuses": statuses, "chosen_kind": kind,
    })


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [path("reports/translation-status/", translation_status_view, name="translation_status")]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_report(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(_("Translation status"), reverse("translation_status"), name="translation-status",
                                     icon_name="site", order=1300)


@hooks.register("register_page_header_buttons")
def translation_buttons(page, user, view_name, next_url=None):
    """On a page's edit view, each language it is missing or out of date in,
    one click from its translation (wagtail-localize's editor or "Translate
    this page", which check the editor's permissions)."""
    if view_name != "edit" or not can_see_report(user):
        return
    for row in translation_status.page_translation_rows(page):
        if row.status != translation_status.UP_TO_DATE:
            # The language in itself, then its status in the editor's language.
            label = f"{language_name(row.locale.language_code)} · {row.status_label}"
            yield Button(label, row.action_url, icon_name="site", priority=90,
                         attrs={"data-translation-status": row.status, "lang": row.locale.language_code})


hooks.register("construct_page_chooser_queryset", choosers.in_content_language)
hooks.register("before_create_page", drafts.offer_unfinished_drafts)


@hooks.register("construct_homepage_panels")
def add_missing_translations_panel(request, panels):
    if can_see_report(request.user):
        panels.append(dashboard.MissingTranslationsPanel())

from . import lockouts  # noqa: E402, F401  (registers the sign-in locks page)
