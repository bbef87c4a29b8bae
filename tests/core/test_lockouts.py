"""The admin sign-in: a few failed guesses lock the guesser out (counted in the
shared cache, so every web process sees them), with a message that says so,
and an administrator can lift the lock. Django's own admin is gone."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
LIMIT = 5  # failed sign-ins before the lock


@pytest.fixture
def editor():
    user = get_user_model().objects.create_user("editor", "editor@example.org", "right-password-1")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture
def superuser():
    return get_user_model().objects.create_superuser("root", "root@example.org", "root-password-1")


def sign_in(client, username, password, address="203.0.113.7"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_the_right_password_after_five_wrong_ones_is_refused_with_a_clear_message(client, editor):
    for _attempt in range(LIMIT - 1):
        assert sign_in(client, "editor", "guess").status_code == 200  # the form again
    assert sign_in(client, "editor", "guess").status_code == 429  # the fifth: locked
    response = sign_in(client, "editor", "right-password-1")
    assert response.status_code == 429
    assert not signed_in(client)
    text = response.content.decode()
    assert "Too many failed sign-in attempts" in text
    assert "15 minutes" in text and "administrator" in text


def test_guessing_many_names_from_one_address_is_locked_too(client, editor):
    for n in range(LIMIT):
        sign_in(client, f"name{n}", "guess")
    assert sign_in(client, "editor", "right-password-1").status_code == 429
    # Another address, the same user: the name has not failed five times.
    assert sign_in(client, "editor", "right-password-1", address="198.51.100.9").status_code == 302


def test_the_lock_lives_in_the_shared_cache():
    assert settings.AXES_FAILURE_LIMIT == LIMIT
    assert settings.AXES_HANDLER == "axes.handlers.cache.AxesCacheHandler"
    assert settings.CACHES[settings.AXES_CACHE]["BACKEND"].endswith("RedisCache")


def test_an_administrator_unlocks_a_user(client, editor, superuser):
    for _attempt in range(LIMIT):
        sign_in(client, "editor", "guess", address="198.51.100.1")
    assert sign_in(client, "editor", "right-password-1", address="198.51.100.2").status_code == 429

    admin = client.__class__()
    admin.force_login(superuser)
    form = admin.get("/admin/sign-in-locks/")
    assert form.status_code == 200 and b'name="username"' in form.content
    response = admin.post("/admin/sign-in-locks/", {"username": "editor"}, follow=True)
    assert "editor can sign in again" in response.content.decode()

    assert sign_in(client, "editor", "right-password-1", address="198.51.100.2").status_code == 302
    assert signed_in(client)


def test_an_administrator_unlocks_an_address(client, editor, superuser):
    for n in range(LIMIT):
        sign_in(client, f"name{n}", "guess")
    assert sign_in(client, "editor", "right-password-1").status_code == 429
    admin = client.__class__()
    admin.force_login(superuser)
    admin.post("/admin/sign-in-locks/", {"address": "203.0.113.7"})
    assert sign_in(client, "editor", "right-password-1").status_code == 302


def test_only_administrators_may_unlock(client, editor):
    client.force_login(editor)
    assert client.get("/admin/sign-in-locks/").status_code in (302, 403)
    assert client.post("/admin/sign-in-locks/", {"username": "editor"}).status_code in (302, 403)


def test_django_admin_and_unused_apps_are_gone(client, superuser):
    client.force_login(superuser)
    assert client.get("/django-admin/").status_code in (302, 404)
    assert client.get("/django-admin/", follow=True).status_code == 404
    for app in ("django.contrib.admin", "wagtail.contrib.forms", "wagtail.embeds"):
        assert app not in settings.INSTALLED_APPS


def test_the_system_checks_are_clean_with_axes(capsys):
    call_command("check", fail_level="WARNING")


def test_unlocking_needs_a_name_or_an_address(client, superuser):
    client.force_login(superuser)
    response = client.post("/admin/sign-in-locks/", {})  # nothing filled in, not even a field
    assert response.status_code == 200
    assert "Give a user name, an IP address or both." in response.content.decode()
    assert "Enter a valid IPv4 or IPv6 address." in client.post(
        "/admin/sign-in-locks/", {"address": "not-an-address"}).content.decode()
