from typing import NamedTuple

from django import template
from django.conf import settings
from django.core.cache import cache as django_cache
from django.utils import dateformat, formats
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language
from wagtail.models import Site

from core import cache as page_cache
from core.i18n import attrs_unless_reader, reader_links
from home.models import Footer, NavigationMenu, OrganisationSettings

register = template.Library()


def _raw_items(snippet, field):
    if snippet is None:
        return []
    return [block["value"] for block in getattr(snippet, field).raw_data if block.get("value")]


class ChromeLink(NamedTuple):
    label: str
    url: str
    language: str  # of the label: a page not yet translated gives its English title


def _items(raw_items, links, language: str) -> list[ChromeLink]:
    """Menu entries whatever the kind of link; unpublished pages are left
    out. `language` is the menu's own, that of the labels it gives."""
    items = []
    for value in raw_items:
        label_language = language
        if value.get("page"):
            link = links.get(value["page"])
            if link is None:
                continue
            url, label = link.url, value.get("label")
            if not label:
                label, label_language = link.page.title, link.page.locale.language_code
        else:
            url, label = value.get("url"), value.get("label")
        if url:
            items.append(ChromeLink(label, url, label_language))
    return items


def _language(snippet) -> str:
    return snippet.locale.language_code if snippet is not None else settings.LANGUAGE_CODE


def site_chrome(request) -> dict:
    """The organisation, menu and footer of the request's site in the reader's
    language. Cached under their own generation (core/cache.py), bumped when
    they or a page they link to change, so edits show at once and a page
    render after an unrelated publish costs no query for them."""
    site = Site.find_for_request(request)
    if site is None:
        return EMPTY
    # "v2": entries carry their language; a cache filled by older code is not read.
    key = f"chrome:v2:{page_cache.chrome_generation()}:{site.pk}:{get_language()}"
    chrome = django_cache.get(key)
    if chrome is None:
        menu, footer = NavigationMenu.for_request(request), Footer.for_request(request)
        menu_items, footer_items = _raw_items(menu, "items"), _raw_items(footer, "links")
        page_ids = {item["page"] for item in menu_items + footer_items if item.get("page")}
        # The reader's language: each page's translation, else its fallback URL (one query for both).
        links = reader_links(page_ids, request)
        chrome = {
            # Read, never created on read (Wagtail's for_site would insert a row).
            "org": OrganisationSettings.objects.filter(site=site).first(),
            "menu": _items(menu_items, links, _language(menu)),
            "footer_text": footer.text if footer else "",
            "footer_language": _language(footer),
            "footer_links": _items(footer_items, links, _language(footer)),
        }
        django_cache.set(key, chrome, 3600)
    return chrome


EMPTY = {"org": None, "menu": [], "footer_text": "", "footer_language": settings.LANGUAGE_CODE, "footer_links": []}


@register.simple_tag(takes_context=True, name="chrome")
def chrome_tag(context):
    """{% chrome as chrome %}: the organisation, menu and footer of the site."""
    return _chrome(context)[1]


def _chrome(context):
    request = context.get("request")
    if request is None:
        return None, EMPTY
    if not hasattr(request, "_site_chrome"):
        request._site_chrome = site_chrome(request)
    return request, request._site_chrome


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request, chrome = _chrome(context)
    path = request.path if request else ""
    return {"items": [{"label": item.label, "url": item.url, "current": item.url == path,
                       "attrs": attrs_unless_reader(item.language)} for item in chrome["menu"]]}


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    _request, chrome = _chrome(context)
    return {
        "footer_text": chrome["footer_text"],
        "footer_attrs": attrs_unless_reader(chrome["footer_language"]),
        "links": [{"label": item.label, "url": item.url, "attrs": attrs_unless_reader(item.language)}
                  for item in chrome["footer_links"]],
        "org": chrome["org"],
    }


@register.simple_tag
def quote_caption(quote):
    """A quote's figcaption: speaker, office, date and occasion joined by
    commas, then the source in <cite>. Built here, as the commas must follow
    each part without a space, which one tag per line cannot give."""
    parts = [quote.speaker]
    if quote.office:
        parts.append(quote.office)
    if quote.date:
        parts.append(format_html('<time datetime="{}">{}</time>', dateformat.format(quote.date, "Y-m-d"),
                                 formats.date_format(quote.date, "DATE_FORMAT")))
    if quote.occasion:
        parts.append(quote.occasion)
    caption = format_html_join(", ", "{}", ((part,) for part in parts))
    if quote.source:
        return format_html("{} <cite>{}</cite>", caption, quote.source)
    return caption
