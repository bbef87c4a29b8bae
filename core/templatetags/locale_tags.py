"""Template tags for readers' languages: `{% load locale_tags %}`."""

from django import template
from django.conf import settings
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import pgettext

from core import i18n

register = template.Library()


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    page = context.get("page")
    links = i18n.language_links(page, request) if request is not None else []
    return {"links": links, "cookie_name": settings.LANGUAGE_COOKIE_NAME}


@register.inclusion_tag("components/hreflang.html", takes_context=True)
def hreflang_links(context):
    request = context.get("request")
    page = context.get("page")
    return {"alternates": i18n.alternate_links(page, request) if request is not None else []}


@register.inclusion_tag("components/translation_notice.html", takes_context=True)
def translation_notice(context):
    request = context.get("request")
    fallback = getattr(request, "translation_fallback", None)
    if fallback is None:
        return {"fallback": None}
    reader = fallback.reader_language
    return {
        "fallback": fallback,
        "reader_language": reader,
        "reader_dir": "rtl" if i18n.is_rtl(reader) else "ltr",
        "language": i18n.language_name_in(reader, reader),
        "original": i18n.language_name_in(fallback.content_language, reader),
    }


@register.simple_tag(takes_context=True)
def content_language_attrs(context):
    """` lang=".." dir=".."` for the main content when it is shown in another
    language than the interface (a fallback), else nothing."""
    fallback = getattr(context.get("request"), "translation_fallback", None)
    if fallback is None:
        return ""
    return format_html(' lang="{}" dir="{}"', fallback.content_language, fallback.content_dir)


@register.simple_tag(takes_context=True)
def reader_attrs(context):
    """` lang=".." dir=".."` of the reader's language for interface text
    (headings, dates, links) set inside content shown in another language,
    so that Arabic words and times do not take the English content's
    left-to-right order; nothing when the page is in the reader's language."""
    fallback = getattr(context.get("request"), "translation_fallback", None)
    if fallback is None:
        return ""
    return i18n.language_attrs(fallback.reader_language)


@register.simple_tag(takes_context=True)
def default_language_attrs(context, item):
    """` lang=".." dir=".."` of the default language for `item` (a page or a
    translatable snippet) listed on a page of another locale because it has
    no translation there yet: an English card in the Arabic directory."""
    page = context.get("page")
    if page is None or getattr(item, "locale_id", None) in (None, page.locale_id):
        return ""
    return i18n.language_attrs(settings.LANGUAGE_CODE)


@register.filter
def attrs_unless_reader(code):
    """` lang=".." dir=".."` of language `code` unless it is the reader's:
    `<dt{{ position.locale.language_code|attrs_unless_reader }}>`."""
    return i18n.attrs_unless_reader(code)


@register.filter
def list_of(values):
    """Items joined with the reader's list separator ("a, b", "a، b", "a、b")."""
    return pgettext("list separator", ", ").join(str(value) for value in values)


@register.filter
def grouped(value):
    """A whole number with the reader's digit grouping ("1,234,567",
    "1 234 567"), whatever USE_THOUSAND_SEPARATOR says for the rest."""
    if value is None or value == "":
        return ""
    return number_format(value, force_grouping=True)


@register.filter
def label(text):
    """A label and its colon as the reader's language writes them
    ("Phone:", "Téléphone :" with a no-break space, "電話："):
    `{% translate "Phone" as phone %}` then `{{ phone|label }}`."""
    return pgettext("label and its colon", "%(label)s:") % {"label": text}
