"""Shared helpers for the translation tests: locales, and pages translated
the way wagtail-localize's editor does (copy for translation, then publish)."""

from django.conf import settings
from wagtail.models import Locale, Page

from core.i18n import sync_locales
from home.models import HomePage
from tests.content import home_page

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
RTL = {"ar"}

HOME_TITLES = {
    "en": "Sister Cities Association",
    "fr": "Association des villes jumelles",
    "es": "Asociación de Ciudades Hermanas",
    "it": "Associazione delle città gemelle",
    "ja": "姉妹都市協会",
    "uk": "Асоціація міст-побратимів",
    "zh-hans": "友好城市协会",
    "hu": "Testvérvárosi Egyesület",
    "ar": "جمعية المدن التوأم",
}
# "Skip to content" as the catalogues translate it: the interface follows the reader.
SKIP_LINK = {
    "en": "Skip to content",
    "fr": "Aller au contenu",
    "es": "Ir al contenido",
    "it": "Vai al contenuto",
    "ja": "本文へ移動",
    "uk": "Перейти до вмісту",
    "zh-hans": "跳到正文",
    "hu": "Ugrás a tartalomra",
    "ar": "انتقل إلى المحتوى",
}


def english_home() -> HomePage:
    return home_page()


def all_locales():
    sync_locales(synchronise_trees=False)
    return {locale.language_code: locale for locale in Locale.objects.all()}


def translate(page: Page, code: str, *, title: str, slug: str | None = None, publish: bool = True) -> Page:
    locale = Locale.objects.get(language_code=code)
    translated = page.copy_for_translation(locale)
    translated.title = title
    if slug:
        translated.slug = slug
    revision = translated.save_revision()
    if publish:
        revision.publish()
    translated.refresh_from_db()
    return translated


def localize(page, code: str, strings: dict[str, str], *, publish: bool = True) -> tuple[object, set[str]]:
    """Translate `page` (or a translatable snippet) with wagtail-localize as a
    translator does: submit or sync it, fill the PO (`strings` by context:
    "title", "slug", "text"...), import, save; a page is then published.
    Returns the translation and the contexts the PO offered."""
    from wagtail_localize.models import Translation, TranslationSource

    source, _ = TranslationSource.update_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=Locale.objects.get(
        language_code=code))
    po = translation.export_po()
    for entry in po:
        if entry.msgctxt in strings:
            entry.msgstr = strings[entry.msgctxt]
    assert translation.import_po(po) == []
    # A page is saved as a draft, then published (or not); a snippet without
    # drafts can only be saved live.
    is_page = isinstance(page, Page)
    translation.save_target(publish=not is_page)
    translated = page.get_translation(translation.target_locale)
    if publish and is_page:
        translated.get_latest_revision().publish()
    translated.refresh_from_db()
    return translated, {entry.msgctxt for entry in po}


def add_child(parent: Page, *, title: str, slug: str) -> Page:
    # HomePage doubles as a plain content page here: these tests are about
    # languages, not page types.
    child = parent.add_child(instance=HomePage(title=title, slug=slug))
    child.save_revision().publish()
    child.refresh_from_db()
    return child
