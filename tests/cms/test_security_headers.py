"""Production answers only over HTTPS behind its proxy, and every response
carries a Content-Security-Policy that allows the site's own scripts and
styles only (no inline script on any public page), a Referrer-Policy and a
Permissions-Policy. `manage.py check --deploy` is clean."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KEY = "k3y-for-the-deploy-check-" + "x" * 40


def run_production(code: str, **env_vars) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "HTTPS_ONLY",
                                                             "TRUSTED_PROXY_COUNT", "DJANGO_SETTINGS_MODULE",
                                                             # set by the browser tests' live server
                                                             "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update({"SECRET_KEY": KEY, "DJANGO_SETTINGS_MODULE": "cms.settings.production"}, **env_vars)
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


def test_check_deploy_is_clean_under_production_settings():
    result = run_production("import django, sys; from django.core.management import call_command; django.setup();"
                            "call_command('check', deploy=True, fail_level='WARNING')", TRUSTED_PROXY_COUNT="1")
    assert result.returncode == 0, result.stderr[-3000:]


SETTINGS = ("SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SESSION_COOKIE_SECURE",
            "CSRF_COOKIE_SECURE", "SECURE_PROXY_SSL_HEADER", "SECURE_REDIRECT_EXEMPT")


def production_settings(**env_vars) -> dict:
    names = json.dumps(SETTINGS)
    result = run_production("import json; from django.conf import settings;"
                            f"print(json.dumps({{n: getattr(settings, n) for n in {names}}}))", **env_vars)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.splitlines()[-1])


def test_production_is_https_only_behind_its_proxy():
    values = production_settings(TRUSTED_PROXY_COUNT="1")
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 31_536_000 and values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert values["SESSION_COOKIE_SECURE"] is True and values["CSRF_COOKIE_SECURE"] is True
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert values["SECURE_REDIRECT_EXEMPT"] == ["^healthz$"]  # the container's own health check speaks HTTP


def test_the_forwarded_scheme_is_believed_only_from_a_proxy():
    # With no proxy in front, a client could send X-Forwarded-Proto itself.
    assert production_settings(TRUSTED_PROXY_COUNT="0")["SECURE_PROXY_SSL_HEADER"] is None


def test_a_local_stack_on_plain_http_can_opt_out():
    values = production_settings(HTTPS_ONLY="0")
    assert values["SECURE_SSL_REDIRECT"] is False and values["SECURE_HSTS_SECONDS"] == 0


def directives(header: str) -> dict[str, list[str]]:
    parts = (part.strip().split() for part in header.split(";") if part.strip())
    return {part[0]: part[1:] for part in parts}


@pytest.mark.django_db
def test_public_pages_carry_a_strict_policy(client, demo):
    response = client.get("/en/", follow=True)
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"] and policy["form-action"] == ["'self'"]
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_no_public_template_runs_inline_script_or_style(client, demo):
    import re

    from events.models import EventIndexPage

    urls = ["/en/", "/en/newsletter/", EventIndexPage.objects.live().first().url]
    for url in urls:
        html = client.get(url, follow=True).content.decode()
        scripts = re.findall(r"<script(?![^>]*\b(?:src=|type=\"application/json\"))[^>]*>", html)
        assert scripts == [], url
        assert " style=" not in html and "<style" not in html, url
        assert not re.search(r"\son[a-z]+=", html), url


@pytest.mark.django_db
def test_the_admin_allows_what_wagtail_needs_there_only(admin_client):
    policy = directives(admin_client.get("/admin/")["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"] and policy["object-src"] == ["'none'"]
    assert "'unsafe-eval'" not in policy["script-src"]
