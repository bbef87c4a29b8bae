"""Partner-city cards, each kept in the shared cache under a key made of
everything it shows: the city's row, its hero image's row, its link, the
reader's language and the card's template. A publish empties the page cache,
and the directory of 200 cities used to render every card again (a third of
its render); now only the cards of cities that changed are rendered.
"""

import hashlib
from functools import cache

import django
import wagtail
from django.conf import settings
from django.core.cache import cache as shared_cache
from django.template.loader import get_template
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.fields import StreamField
from wagtail.images import get_image_model

from .models import CityProfilePage

TEMPLATE = "components/city_card.html"
SECONDS = 24 * 3600
# Every column a card could show; the StreamFields (never on a card, and
# left unread by the listings) are left out.
ROW_FIELDS = tuple(f.attname for f in CityProfilePage._meta.concrete_fields if not isinstance(f, StreamField))
# What a listing sets on each city besides its row (directory.py, page_urls).
LISTING_ATTRS = ("listing_url", "local_name", "local_key")


@cache
def _image_fields() -> tuple[str, ...]:
    return tuple(f.attname for f in get_image_model()._meta.concrete_fields)


@cache
def _version() -> str:
    """The card's template and what its output depends on beyond the
    city: a deploy that changes one renders every card afresh."""
    source = get_template(TEMPLATE).template.source
    parts = (source, settings.MEDIA_URL, repr(settings.STORAGES["default"]), wagtail.__version__, django.__version__)
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:12]


def _key(city, shared: tuple) -> str:
    loaded = vars(city)  # a deferred column is absent, not read (a query)
    image = city.hero_image if city.hero_image_id else None
    raw = (shared, [loaded.get(name) for name in ROW_FIELDS], [loaded.get(name) for name in LISTING_ATTRS],
           image and [getattr(image, name) for name in _image_fields()])
    return f"city-card:{_version()}:{hashlib.sha256(repr(raw).encode()).hexdigest()}"


def render_cards(cities, context, *, show_local=False) -> str:
    """The cards of `cities`, an <li> each, in their order: read from the
    shared cache in one round trip, the missing ones rendered and stored.
    `context` is the page's template context (its request, page and language)."""
    request, page = context.get("request"), context.get("page")
    fallback = getattr(request, "translation_fallback", None)
    # What the card reads from the page and the request: the page's locale
    # (a card in another language says so), the reader's language when the
    # page falls back, the active language.
    shared = (bool(show_local), getattr(page, "locale_id", None),
              fallback.reader_language if fallback is not None else None, translation.get_language())
    keys = [_key(city, shared) for city in cities]
    found = shared_cache.get_many(keys)
    missing = {}
    template = get_template(TEMPLATE).template
    cards = []
    for city, key in zip(cities, keys, strict=True):
        html = found.get(key)
        if html is None:
            with context.push(city=city, show_local=show_local):
                html = missing[key] = template.render(context)
        cards.append(html)
    if missing:
        shared_cache.set_many(missing, SECONDS)
    return mark_safe("".join(cards))
