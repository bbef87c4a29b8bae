"""Page choosers in a site with one page tree per language.

Wagtail's chooser modal sends the language of the page being edited as
`locale` (its ACTIVE_CONTENT_LOCALE) but only narrows the root listing by it;
its search lists every language's copy. `in_content_language` narrows search
too, and `LanguageNamedPageChooser` names the chosen page's language, so a
copy in another language is never picked unknowingly.
"""

from django.conf import settings
from django.db.models import ForeignKey
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Locale, Page

# Browsing a page's children already stays in the parent's language (Wagtail);
# narrowing them too would empty the list of a page chosen in another language.
NARROWED_VIEWS = {"wagtailadmin_choose_page", "wagtailadmin_choose_page_search"}


def in_content_language(pages, request):
    """The `construct_page_chooser_queryset` hook: the edited page's language only."""
    code = request.GET.get("locale")
    match = getattr(request, "resolver_match", None)
    if not code or not settings.WAGTAIL_I18N_ENABLED or not match or match.url_name not in NARROWED_VIEWS:
        return pages
    locale = Locale.objects.filter(language_code=code).first()
    # By id: search backends filter on the indexed `locale` field only.
    return pages.filter(locale_id=locale.pk) if locale else pages


class LanguageNamedPageChooser(AdminPageChooser):
    def get_display_title(self, instance):
        title = super().get_display_title(instance)
        if not settings.WAGTAIL_I18N_ENABLED:
            return title
        return f"{title} ({instance.locale.get_display_name()})"


def name_languages_in_page_choosers():
    """Every page ForeignKey in an admin form gets the chooser that names languages."""
    register_form_field_override(ForeignKey, to=Page, override=lambda db_field: {
        "widget": LanguageNamedPageChooser(target_models=[db_field.remote_field.model])})
