"""City cards kept in the shared cache (cities/cards.py): after a publish
only the cards of cities that changed are rendered again, and a card never
shows what its city, its image, its link or the reader's language no longer is."""

import pytest
from django.core.cache import cache

from cities.cards import TEMPLATE
from core import fragments
from tests import content
from tests.cachespy import CacheSpy
from tests.core.i18n_support import all_locales, translate

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("render_every_time")]


@pytest.fixture
def directory():
    index = content.directory()
    for title, country in (("Chambolle-Musigny", "FR"), ("Kaniv", "UA"), ("Penglai", "CN")):
        content.city(index, title, country=country, summary=f"The partnership with {title}.")
    return index


def rendered(renders) -> list[str]:
    return [item.title for item in renders.of(TEMPLATE, "city")]


def cards(html: str) -> list[str]:
    return [part.split("</li>")[0] for part in html.split('<li class="city-card">')[1:]]


def test_after_a_city_is_published_only_its_card_is_rendered_again(client, directory, renders):
    first = client.get(directory.url).content.decode()
    assert rendered(renders) == ["Chambolle-Musigny", "Kaniv", "Penglai"]

    renders.clear()
    assert client.get(directory.url).content.decode() == first
    assert rendered(renders) == []

    kaniv = directory.get_children().get(slug="kaniv").specific
    kaniv.summary = "Twinned since 2007: exchanges of students and choirs."
    kaniv.save_revision().publish()
    renders.clear()
    html = client.get(directory.url).content.decode()
    assert rendered(renders) == ["Kaniv"]
    assert "exchanges of students and choirs" in cards(html)[1]
    assert cards(html)[0] == cards(first)[0] and cards(html)[2] == cards(first)[2]


def test_a_new_hero_image_a_moved_page_or_an_edited_alt_text_shows_at_once(client, directory, renders):
    kaniv = directory.get_children().get(slug="kaniv").specific
    client.get(directory.url)

    picture = content.image("Kaniv hills", alt="Hills above the Dnipro at Kaniv")
    kaniv.hero_image = picture
    kaniv.save_revision().publish()
    assert 'alt="Hills above the Dnipro at Kaniv"' in cards(client.get(directory.url).content.decode())[1]

    picture.description = "The Taras Shevchenko memorial above the Dnipro"
    picture.save()
    html = client.get(directory.url).content.decode()
    assert 'alt="The Taras Shevchenko memorial above the Dnipro"' in cards(html)[1]

    kaniv.slug = "kaniv-ua"
    kaniv.save_revision().publish()
    assert f'href="{directory.url}kaniv-ua/"' in cards(client.get(directory.url).content.decode())[1]


def test_each_language_has_its_own_cards(client, directory, renders):
    all_locales()
    english = client.get(directory.url).content.decode()
    translate(directory.get_parent(), "fr", title="Accueil")
    french = translate(directory, "fr", title="Villes jumelles")
    renders.clear()
    html = client.get(french.url).content.decode()
    # The cities are not translated yet: English cards, said to be English,
    # with the country in French and links under /fr/.
    assert rendered(renders) == ["Chambolle-Musigny", "Kaniv", "Penglai"]
    assert "Chine" in cards(html)[2] and "China" in cards(english)[2]
    assert 'lang="en"' in cards(html)[2] and 'lang="en"' not in cards(english)[2]
    assert 'href="/fr/' in cards(html)[2]


def test_the_cache_holds_each_card_once_whatever_the_page_it_is_on(client, directory, renders):
    client.get(directory.url)
    client.get(directory.url, {"country": "UA"})
    client.get(directory.url, {"sort": "-year"})
    assert rendered(renders) == ["Chambolle-Musigny", "Kaniv", "Penglai"]
    cache.clear()
    client.get(directory.url, {"country": "UA"})
    assert rendered(renders)[3:] == ["Kaniv"]


def test_the_next_reader_of_the_same_cards_reads_them_as_one_value(client, directory, monkeypatch):
    first = client.get(directory.url).content.decode()
    recording = CacheSpy(fragments.shared_cache)
    monkeypatch.setattr(fragments, "shared_cache", recording)
    assert client.get(directory.url, {"another": "reader"}).content.decode() == first
    assert [keys for keys in recording.many if TEMPLATE in keys[0]] == []  # the cards' lists

    kaniv = directory.get_children().get(slug="kaniv").specific
    kaniv.summary = "Twinned since 2007."
    kaniv.save_revision().publish()
    html = client.get(directory.url).content.decode()
    assert [len(keys) for keys in recording.many if TEMPLATE in keys[0]] == [3]  # a card changed: each is looked for
    assert "Twinned since 2007." in cards(html)[1]
