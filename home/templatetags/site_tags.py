from django import template

from home.models import Footer, NavigationMenu

register = template.Library()


def _items(stream, request):
    """Menu entries as (label, url, is_current) whatever the kind of link."""
    items = []
    current = request.path if request else ""
    for block in stream:
        value = block.value
        page = value.get("page")
        if page is not None:
            if not page.live:
                continue
            url = page.get_url(request=request)
            label = value.get("label") or page.title
        else:
            url, label = value.get("url"), value.get("label")
        if url:
            items.append({"label": label, "url": url, "current": url == current})
    return items


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    menu = NavigationMenu.for_request(request) if request else None
    return {"items": _items(menu.items, request) if menu else [], "request": request}


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    request = context.get("request")
    footer = Footer.for_request(request) if request else None
    return {
        "footer": footer,
        "links": _items(footer.links, request) if footer else [],
        "settings": context.get("settings"),
        "request": request,
    }
