"""Template tags for readers' languages: `{% load locale_tags %}`."""

from django import template
from django.conf import settings
from django.utils.formats import number_format
from django.utils.html import format_html

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


@register.filter
def grouped(value):
    """A whole number with the reader's digit grouping ("1,234,567",
    "1 234 567"), whatever USE_THOUSAND_SEPARATOR says for the rest."""
    if value is None or value == "":
        return ""
    return number_format(value, force_grouping=True)
