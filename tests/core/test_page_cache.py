import pytest
from django.contrib.auth.models import User

from core import cache
from core.cache import HEADER, until_changed
from tests import content
from tests.cachespy import CacheSpy

pytestmark = pytest.mark.django_db


@pytest.fixture
def kaniv():
    directory = content.directory()
    return content.city(directory, "Kaniv", country="UA", latitude=49.75, longitude=31.46)


def test_second_view_is_served_from_the_cache_until_an_editor_publishes(client, kaniv):
    assert client.get("/en/cities/")[HEADER] == "miss"
    assert client.get("/en/cities/")[HEADER] == "hit"
    kaniv.title = "Kaniv on the Dnipro"
    kaniv.save_revision().publish()
    response = client.get("/en/cities/")
    assert response[HEADER] == "miss"
    assert "Kaniv on the Dnipro" in response.content.decode()


def test_each_language_and_query_has_its_own_entry(client, kaniv):
    client.get("/en/cities/")
    assert client.get("/en/cities/", {"country": "UA"})[HEADER] == "miss"
    assert client.get("/fr/cities/")[HEADER] != "hit"


def test_unpublishing_purges(client, kaniv):
    client.get("/en/cities/kaniv/")
    kaniv.unpublish()
    assert client.get("/en/cities/kaniv/").status_code == 404


def test_signed_in_editors_are_never_served_or_stored(client, kaniv):
    editor = User.objects.create_user("editor", password="pw-not-used-elsewhere")
    client.force_login(editor)
    assert HEADER not in client.get("/en/cities/")
    client.logout()
    assert client.get("/en/cities/")[HEADER] == "miss"


def test_other_hosts_have_their_own_entries(client, kaniv):
    client.get("/en/cities/")
    assert client.get("/en/cities/", HTTP_HOST="127.0.0.1")[HEADER] == "miss"


def test_menu_follows_a_renamed_page_but_unrelated_publishing_keeps_it_cached(client, kaniv):
    from wagtail.models import Locale, Site

    from home.models import NavigationMenu, StandardPage

    about = content.add_page(content.home_page(), StandardPage(title="About us", slug="about"))
    NavigationMenu.objects.create(site=Site.objects.get(is_default_site=True),
                                  locale=Locale.objects.get(language_code="en"),
                                  items=[("item", {"page": about, "url": "", "label": ""})])
    assert ">About us</a>" in client.get("/en/").content.decode()
    before = cache.chrome_generation()
    kaniv.save_revision().publish()
    assert cache.chrome_generation() == before
    about.title = "Who we are"
    about.save_revision().publish()
    assert cache.chrome_generation() > before
    assert ">Who we are</a>" in client.get("/en/").content.decode()


def test_a_value_kept_until_changed_is_computed_once_per_generation(kaniv):
    made = []

    def compute():
        made.append(len(made))
        return [kaniv.title, len(made)]

    assert until_changed("test-value", compute, "en") == until_changed("test-value", compute, "en") == ["Kaniv", 1]
    assert until_changed("test-value", compute, "fr") == ["Kaniv", 2]  # other parts, another value
    kaniv.save_revision().publish()  # every process reads the new generation
    assert until_changed("test-value", compute, "en") == ["Kaniv", 3]
    assert until_changed("test-uncached", compute, timeout=0) == ["Kaniv", 4]
    assert until_changed("test-uncached", compute, timeout=0) == ["Kaniv", 5]  # a timeout of 0 keeps nothing


def test_a_rendition_made_or_deleted_is_a_new_renditions_generation():
    image = content.image()
    before = cache.renditions_generation()
    rendition = image.get_rendition("fill-10x10")
    assert cache.renditions_generation() == before + 1
    image.get_rendition("fill-10x10")  # found: nothing made
    assert cache.renditions_generation() == before + 1
    rendition.delete()
    assert cache.renditions_generation() == before + 2


def test_a_render_reads_the_generation_once(client, kaniv, monkeypatch, render_every_time):
    client.get("/en/cities/kaniv/", {"first": 1})
    recording = CacheSpy(cache.cache)
    monkeypatch.setattr(cache, "cache", recording)
    assert client.get("/en/cities/kaniv/", {"second": 1}).status_code == 200
    # Every generation in one round trip, once.
    assert [keys for keys in recording.many if cache.GENERATION_KEY in keys] == [list(cache.GENERATIONS)]
    assert not set(cache.GENERATIONS) & set(recording.read)
    assert len([key for key in recording.read if key.startswith("route:")]) == 1  # one of the values keyed by it


def test_a_purge_during_a_request_is_seen_by_what_it_reads_next(kaniv):
    reading = cache._seen.set({})  # as PageCacheMiddleware does for each request
    try:
        before = cache.generation()
        assert cache.generation() == before
        cache.purge()
        assert cache.generation() == before + 1
        chrome = cache.chrome_generation()
        cache.purge_chrome()
        assert (cache.chrome_generation(), cache.generation()) == (chrome + 1, before + 2)
    finally:
        cache._seen.reset(reading)
