import pytest

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
