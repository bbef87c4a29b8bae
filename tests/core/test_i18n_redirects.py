"""`/` sends readers to their language: the language they chose (cookie)
first, then the browser's Accept-Language, then English."""

import pytest
from django.conf import settings

from tests.core.i18n_support import all_locales

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _locales():
    all_locales()


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("ja,en-US;q=0.8", "/ja/"),
        ("uk-UA,uk;q=0.9,en;q=0.5", "/uk/"),
        ("zh-CN,zh;q=0.9", "/zh-hans/"),
        ("ar-EG", "/ar/"),
        ("hu-HU", "/hu/"),
        ("es-MX,es;q=0.9", "/es/"),
        ("it-IT", "/it/"),
        ("de-DE,pl;q=0.8", "/en/"),  # nothing configured matches: English
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_the_language_the_reader_chose_wins_over_the_browser(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "uk"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")
    assert response["Location"] == "/uk/"


def test_an_unknown_cookie_value_is_ignored(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "xx"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="it")
    assert response["Location"] == "/it/"


def test_the_language_in_the_url_wins_over_cookie_and_browser(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "uk"
    response = client.get("/ja/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    assert b'<html lang="ja" dir="ltr">' in response.content


def test_switcher_script_remembers_the_choice_in_djangos_cookie(client):
    html = client.get("/en/").content.decode()
    assert f'data-cookie-name="{settings.LANGUAGE_COOKIE_NAME}"' in html
    assert 'src="/static/js/language-switcher.js"' in html
