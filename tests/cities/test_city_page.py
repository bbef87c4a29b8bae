from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cities.models import CityProfilePage
from people.models import Committee, Person
from tests import content
from tests.core.i18n_support import all_locales, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def index():
    return content.directory()


def test_profile_shows_country_by_name_partnership_and_chair(client, index):
    kaniv = content.city(index, "Kaniv", country="UA", region="Cherkasy Oblast", latitude=49.75, longitude=31.46,
                         population=23000, started=date(2007, 1, 1), started_year_only=True, origin="personal",
                         programmes=["youth_education", "humanitarian"], website="https://kaniv.example.org/",
                         hero_image=content.image(credit="Photo: K. Bailie"))
    Committee.objects.create(name="Kaniv Committee", slug="kaniv", city=kaniv,
                             chair=Person.objects.create(name="Kaeti Bailie", email="kaeti@example.org"))
    html = client.get(kaniv.url).content.decode()
    assert "Ukraine" in html and "Europe" in html
    assert "Sister city" in html and "2007" in html
    assert "Personal experience" in html
    assert "Youth and education, Humanitarian" in html
    assert "Kaeti Bailie" in html
    assert "kaeti@example.org" not in html  # internal only
    assert "Photo: K. Bailie" in html
    assert 'alt="A picture"' in html


def test_vacant_chair_and_co_chairs(client, index):
    aswan = content.city(index, "Aswan", country="EG")
    Committee.objects.create(name="Aswan Committee", slug="aswan", city=aswan)
    assert "Vacant" in client.get(aswan.url).content.decode()
    tokaj = content.city(index, "Tokaj", country="HU")
    Committee.objects.create(name="Tokaj Committee", slug="tokaj", city=tokaj,
                             chair=Person.objects.create(name="Sylvia Toth"),
                             co_chair=Person.objects.create(name="Joan Toth"))
    html = client.get(tokaj.url).content.decode()
    assert "<bdi>Sylvia Toth</bdi> and <bdi>Joan Toth</bdi> (co-chairs)" in html


@pytest.mark.parametrize("fields, field", [
    ({"country": "XX"}, "country"),
    ({"latitude": 10, "longitude": None}, "longitude"),
    ({"started": date(2000, 1, 1), "ended": date(1999, 1, 1)}, "ended"),
    ({"programmes": ["cooking"]}, "programmes"),
    ({"latitude": 95}, "latitude"),
])
def test_bad_partnership_data_is_refused_with_a_clear_error(index, fields, field):
    page = CityProfilePage(title="Somewhere", slug="somewhere", **{"country": "FR", **fields})
    with pytest.raises(ValidationError) as error:
        page.full_clean(exclude=["path", "depth"])
    assert field in error.value.message_dict


def test_country_code_is_stored_upper_case(index):
    page = CityProfilePage(title="Colima", slug="colima", country="mx")
    page.full_clean(exclude=["path", "depth"])
    assert page.country == "MX"


def test_population_is_grouped_as_the_reader_writes_numbers(client, index):
    from tests.core.i18n_support import all_locales

    all_locales()
    city = content.city(index, "Big city", country="FR", population=1234567)
    expected = {"en": "1,234,567", "fr": "1\xa0234\xa0567", "it": "1.234.567", "ja": "1,234,567"}
    for code, number in expected.items():
        html = client.get(city.url.replace("/en/", f"/{code}/", 1)).content.decode()
        assert f"<dd>{number}</dd>" in html, code


def test_a_translated_profile_names_the_chair_of_its_english_city(client, index):
    """The committee names the English page; its translations show the same chair."""
    all_locales()
    kaniv = content.city(index, "Kaniv", country="UA")
    Committee.objects.create(name="Kaniv Committee", slug="kaniv", city=kaniv,
                             chair=Person.objects.create(name="Kaeti Bailie"))
    translate(index.get_parent(), "uk", title="Асоціація")
    translate(index, "uk", title="Міста-побратими")
    translate(kaniv, "uk", title="Канів")

    html = client.get("/uk/cities/kaniv/").content.decode()

    assert "Канів" in html
    assert "Kaeti Bailie" in html
    assert 'class="vacant"' not in html


def test_an_arabic_reader_sees_the_population_grouped(client, index):
    all_locales()
    aswan = content.city(index, "Aswan", country="EG", population=380000)
    translate(index.get_parent(), "ar", title="الرئيسية")
    translate(index, "ar", title="المدن")
    translate(aswan, "ar", title="أسوان")

    html = client.get("/ar/cities/aswan/").content.decode()

    assert "<dd>380,000</dd>" in html


def test_the_next_reader_reads_the_gallery_and_committee_from_the_shared_cache_until_they_change(client, index):
    kaniv = content.city(index, "Kaniv", country="UA", hero_image=content.image(credit="Photo: K. Bailie"))
    chair = Person.objects.create(name="Kaeti Bailie", email="kaeti@example.org")
    Committee.objects.create(name="Kaniv Committee", slug="kaniv", city=kaniv, chair=chair)
    client.get(kaniv.url, {"first": "reader"})  # makes the hero's renditions
    client.get(kaniv.url, {"renditions": "made"})
    with CaptureQueriesContext(connection) as queries:
        html = client.get(kaniv.url, {"next": "reader"}).content.decode()
    read = " ".join(query["sql"] for query in queries)
    assert "cities_committee" not in read and "cities_citygalleryimage" not in read and "rendition" not in read
    assert "Kaeti Bailie" in html and "Photo: K. Bailie" in html
    chair.name = "Kaeti Bailie-Ross"
    chair.save()  # a person is watched: every page shows the change at once
    assert "Kaeti Bailie-Ross" in client.get(kaniv.url, {"after": "the change"}).content.decode()


def test_a_hero_already_shown_elsewhere_has_its_own_size_made_once(client, index, monkeypatch, render_every_time):
    """The hero had the directory card's rendition only: the value kept with
    it lacked the page's size, and every later render made that file again
    (Wagtail makes it before it finds the row) until the next publish."""
    hero = content.image(credit="Photo: K. Bailie")
    kaniv = content.city(index, "Kaniv", country="UA", hero_image=hero)
    hero.get_rendition("fill-320x200")  # the directory's card showed it first
    client.get(kaniv.url, {"first": "reader"})  # makes the page's size
    made = []
    generate = type(hero).generate_rendition_file

    def spy(image, rendition_filter, **kwargs):
        made.append(rendition_filter.spec)
        return generate(image, rendition_filter, **kwargs)

    monkeypatch.setattr(type(hero), "generate_rendition_file", spy)
    for reader in ("second", "third"):
        assert "Photo: K. Bailie" in client.get(kaniv.url, {"reader": reader}).content.decode()
    assert made == []
