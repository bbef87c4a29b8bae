"""The demo content from the seeds, every app's loader called in order (as
bakerydemo's load_initial_data does): `manage.py load_demo_content`.

Each loader is idempotent (natural keys), so a second run changes nothing
and what editors changed stays.
"""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale

import chapter.demo
import cities.demo
import events.demo
import home.demo.load
import newsletters.demo
import people.demo
import registrations.demo
import relationships.demo
from core.demo import Report, child
from core.demo.translate import indexed_once, locales_to_fill

# Synthetic events per synthetic city (`--scale`), so a second run adds none.
EVENTS_PER_CITY = 5


def load(scale: int = 0, full_chapter: bool = False) -> Report:
    """`full_chapter`: the chapter's directory at the seed's size (170 cities),
    which the test suite's shared demo leaves out to stay fast."""
    report = Report()
    with transaction.atomic():
        locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        sites = home.demo.load.load_sites(locale, report)
        partner_cities = cities.demo.load(sites, report)
        people.demo.load(locale, partner_cities, report)
        relationships.demo.load(sites["pinole"], locale, report)
        new_cities = 0
        if scale:
            directory = child(sites["sonoma"].root_page, "sister-cities")
            new_cities = cities.demo.add_synthetic_cities(directory, scale, report)
        home.demo.load.finish_sites(sites, locale, report)
    sonoma_home = sites["sonoma"].root_page.specific
    events.demo.load(sonoma_home)
    if new_cities:
        events.demo.add_synthetic_events(EVENTS_PER_CITY * new_cities)
    newsletters.demo.load(sonoma_home)
    registrations.demo.load(sonoma_home)
    with transaction.atomic():
        chapter.demo.load(sites, report, full=full_chapter)
    # The events and newsletter indexes (and the chapter's members page) are flagged show_in_menus.
    home.demo.load.add_menu_pages(sites["sonoma"], locale, report)
    home.demo.load.add_menu_pages(sites["chapter"], locale, report)
    # Last: real translations through wagtail-localize, into every locale.
    with transaction.atomic(), indexed_once():
        locales = locales_to_fill()
        if locales:
            home.demo.load.translate(sites, locales, report)
            people.demo.translate(locales, report)
            cities.demo.translate(sites, locales, report)
            events.demo.translate(sonoma_home, locales, report)
            newsletters.demo.translate(sonoma_home, locales, report)
            chapter.demo.translate(sites, locales, report)
            relationships.demo.translate(sites["pinole"], locales, report)
            # Last: menus and footers follow the pages they link to.
            home.demo.load.translate_chrome(sites, locales, report)
    return report
