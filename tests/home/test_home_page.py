from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.models import EventIndexPage
from home.models import HomeFeaturedCity, PresidentialQuote
from tests import content
from tests.content import add_page
from tests.core.i18n_support import all_locales, english_home, translate
from tests.events.conftest import make_event

pytestmark = pytest.mark.django_db


def test_root_redirects_to_the_readers_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_home_page_renders_in_english(client):
    response = client.get("/en/")
    assert response.status_code == 200
    assert b'<html lang="en" dir="ltr">' in response.content
    assert b'href="#main"' in response.content


def test_admin_asks_for_a_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.fixture
def translated_homes():
    """An English home with a featured city (translated into French only), a
    quote and a meeting next week; the home translated into French and Arabic."""
    all_locales()
    home = english_home()
    cities = content.directory(home)
    kaniv = content.city(cities, "Kaniv", country="UA", region="Cherkasy Oblast", summary="A town on the Dnipro.")
    home.featured_cities.add(HomeFeaturedCity(city=kaniv))
    home.save_revision().publish()
    PresidentialQuote.objects.create(speaker="Dwight D. Eisenhower", text="Peace between peoples.")
    index = add_page(home, EventIndexPage(title="Events", slug="events"))
    make_event(index, title="Kaniv committee", category="committee_meeting",
               start_date=timezone.localdate() + timedelta(days=7))
    homes = {code: translate(home, code, title=f"Home {code}") for code in ("fr", "ar")}
    translate(cities, "fr", title="Villes")
    translate(kaniv, "fr", title="Kaniv (Ukraine)")
    return homes


@pytest.mark.parametrize("code, heading", [("fr", "Prochaines réunions"), ("ar", "الاجتماعات القادمة")])
def test_a_translated_home_shows_the_next_meetings_and_the_quote(client, translated_homes, code, heading):
    html = client.get(f"/{code}/").content.decode()

    meetings = html.split('class="next-meetings"', 1)[1].split("</section>", 1)[0]
    assert heading in meetings
    assert f'<a href="/{code}/events/kaniv-committee/" lang="en" dir="ltr">Kaniv committee</a>' in meetings
    assert f'href="/{code}/events/"' in meetings  # "All events", under the reader's prefix
    quote = html.split('class="home-quote"', 1)[1].split("</section>", 1)[0]
    assert '<figure class="quote" lang="en" dir="ltr">' in quote and "Peace between peoples." in quote


def test_a_translated_home_shows_its_featured_cities_in_its_language_under_its_prefix(client, translated_homes):
    french = client.get("/fr/").content.decode()
    assert '<a href="/fr/cities/kaniv/">Kaniv (Ukraine)</a>' in french
    arabic = client.get("/ar/").content.decode()
    # Not translated into Arabic: the English card, marked so, under /ar/.
    assert '<h3 class="city-card__title" lang="en" dir="ltr"><a href="/ar/cities/kaniv/">Kaniv</a>' in arabic
    assert '<p lang="en" dir="ltr">A town on the Dnipro.</p>' in arabic
    assert "<bdi>Cherkasy Oblast</bdi>، أوكرانيا" in arabic


def test_the_next_reader_gets_the_featured_cities_and_the_renditions_from_the_shared_cache(client, render_every_time):
    """Reading the featured cities and every image's renditions was a third of
    a home's render: kept until a page or an image changes."""
    home = english_home()
    cities = content.directory(home)
    kaniv = content.city(cities, "Kaniv", country="UA", hero_image=content.image("Kaniv", alt="The Dnipro"))
    home.hero_image = content.image("Sonoma Plaza", alt="The plaza in spring")
    home.featured_cities.add(HomeFeaturedCity(city=kaniv))
    home.save_revision().publish()
    first = client.get("/en/").content.decode()
    assert 'alt="The plaza in spring"' in first and 'alt="The Dnipro"' in first
    # The first reader made the images' renditions after they were read: the
    # next one reads them again, with the renditions, and keeps them.
    client.get("/en/", {"second": 1})
    with CaptureQueriesContext(connection) as third:
        client.get("/en/", {"third": 1})
    # Only the page, its language links and the quote: no city, no image, no rendition.
    assert [query["sql"] for query in third.captured_queries
            if "cities_cityprofilepage" in query["sql"] or "rendition" in query["sql"]] == []

    penglai = content.city(cities, "Penglai", country="CN")
    home.featured_cities.add(HomeFeaturedCity(city=penglai))
    home.save_revision().publish()
    image = kaniv.hero_image
    image.description = "The Dnipro at Kaniv"
    image.save()
    html = client.get("/en/").content.decode()
    assert 'alt="The Dnipro at Kaniv"' in html and ">Penglai</a>" in html and 'alt="The plaza in spring"' in html
