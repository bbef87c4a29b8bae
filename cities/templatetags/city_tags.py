from django import template

from cities.cards import render_cards

register = template.Library()


@register.simple_tag(takes_context=True)
def city_cards(context, cities, show_local=False):
    """The cards of `cities` (cities/cards.py): `{% city_cards directory.cities show_local=True %}`."""
    return render_cards(cities, context, show_local=show_local)
