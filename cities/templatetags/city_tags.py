from django import template
from django.templatetags.static import static

from cities.cards import render_cards
from cities.map import HEIGHT, WIDTH
from core.fragments import render_each

register = template.Library()
MAP_TEMPLATE = "components/world_map.html"


@register.simple_tag(takes_context=True)
def city_cards(context, cities, show_local=False):
    """The cards of `cities` (cities/cards.py): `{% city_cards directory.cities show_local=True %}`."""
    return render_cards(cities, context, show_local=show_local)


@register.simple_tag(takes_context=True)
def world_map(context, pins):
    """The map with `pins` (cities/map.py), kept in the shared cache under
    the pins and the land's file (core/fragments.py): two hundred pins were
    a sixth of the directory's render. `{% world_map directory.pins %}`."""
    pins = tuple(pins)
    return render_each(MAP_TEMPLATE, [pins], context, name="pins", parts=lambda item: item,
                       land=static("cities/world.svg"), width=WIDTH, height=HEIGHT)
