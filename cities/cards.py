"""Partner-city cards, each kept in the shared cache (core/fragments.py)
under a key made of the city's row, its hero image's row and what the
listing set on it: after a publish the directory of 200 cities renders only
the cards of cities that changed (every card was a third of its render)."""

from functools import cache

from django.utils.safestring import SafeString
from wagtail.fields import StreamField
from wagtail.images import get_image_model

from core.fragments import render_each

from .models import CityProfilePage

TEMPLATE = "components/city_card.html"
# Every column a card could show; the StreamFields (never on a card, and
# left unread by the listings) are left out.
ROW_FIELDS = tuple(f.attname for f in CityProfilePage._meta.concrete_fields if not isinstance(f, StreamField))
# What a listing sets on each city besides its row (directory.py, page_urls).
LISTING_ATTRS = ("listing_url", "local_name", "local_key")


@cache
def _image_fields() -> tuple[str, ...]:
    return tuple(f.attname for f in get_image_model()._meta.concrete_fields)


def card_parts(city) -> tuple:
    """Everything a card shows of `city`."""
    loaded = vars(city)  # a deferred column is absent, not read (a query)
    image = city.hero_image if city.hero_image_id else None
    return ([loaded.get(name) for name in ROW_FIELDS], [loaded.get(name) for name in LISTING_ATTRS],
            image and [getattr(image, name) for name in _image_fields()])


def render_cards(cities, context, *, show_local=False) -> SafeString:
    """The cards of `cities`, an <li> each, in their order."""
    return render_each(TEMPLATE, cities, context, name="city", parts=card_parts, show_local=bool(show_local))
