import os
import subprocess
import sys
from pathlib import Path

import pytest

from cms.settings.env import email_settings, redis_db_url

ROOT = Path(__file__).resolve().parents[2]


def import_production(**env_vars):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    env.update(env_vars)
    return subprocess.run([sys.executable, "-c", "import cms.settings.production"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


def test_production_refuses_to_start_without_a_secret_key():
    result = import_production()
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_production_refuses_to_start_with_debug_on():
    result = import_production(SECRET_KEY="x" * 50, DEBUG="1")
    assert result.returncode != 0
    assert "DEBUG must be off" in result.stderr


def test_production_starts_with_a_real_key():
    result = import_production(SECRET_KEY="k3y" * 20)
    assert result.returncode == 0, result.stderr


def test_broker_and_cache_use_separate_redis_databases():
    assert redis_db_url("redis://redis:6379/0", 0) == "redis://redis:6379/0"
    assert redis_db_url("redis://redis:6379/0", 1) == "redis://redis:6379/1"
    assert redis_db_url("redis://:pw@redis:6379", 1) == "redis://:pw@redis:6379/1"


def test_email_url_is_read_into_smtp_settings():
    assert email_settings("smtp://user:p%40ss@mail.example:2525?tls=1", None, None) == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "mail.example",
        "EMAIL_PORT": 2525,
        "EMAIL_HOST_USER": "user",
        "EMAIL_HOST_PASSWORD": "p@ss",
        "EMAIL_USE_SSL": False,
        "EMAIL_USE_TLS": True,
    }
    assert email_settings(None, "mailpit", "1025")["EMAIL_PORT"] == 1025


def test_an_unknown_email_scheme_is_a_clear_error():
    with pytest.raises(ValueError, match="EMAIL_URL scheme"):
        email_settings("http://mail.example", None, None)


def production_setting(expression: str, **env_vars) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(DJANGO_SETTINGS_MODULE="cms.settings.production", SECRET_KEY="k3y" * 20, **env_vars)
    result = subprocess.run([sys.executable, "-c", f"from django.conf import settings; print({expression})"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_production_keeps_media_on_disk_without_a_bucket():
    assert production_setting("settings.STORAGES['default']['BACKEND']") == \
        "django.core.files.storage.FileSystemStorage"


def test_production_puts_media_in_object_storage_named_by_the_environment():
    read = "settings.STORAGES['default']['BACKEND'], settings.AWS_STORAGE_BUCKET_NAME, settings.AWS_S3_ENDPOINT_URL, " \
           "settings.AWS_S3_REGION_NAME, settings.AWS_S3_CUSTOM_DOMAIN, settings.AWS_QUERYSTRING_AUTH, " \
           "settings.STORAGES['staticfiles']['BACKEND']"
    assert production_setting(read, AWS_STORAGE_BUCKET_NAME="media", AWS_S3_ENDPOINT_URL="https://s3.example",
                              AWS_S3_REGION_NAME="eu-west-3", AWS_S3_CUSTOM_DOMAIN="media.example.org") == (
        "storages.backends.s3.S3Storage media https://s3.example eu-west-3 media.example.org False "
        "whitenoise.storage.CompressedManifestStaticFilesStorage")


def test_production_keeps_private_uploads_outside_the_media_folder_without_a_bucket(tmp_path):
    read = "settings.STORAGES['private']['BACKEND'], settings.STORAGES['private']['OPTIONS']['location'], " \
           "settings.MEDIA_ROOT"
    backend, location, media_root = production_setting(read, DATA_DIR=str(tmp_path)).split()
    assert backend == "django.core.files.storage.FileSystemStorage"
    assert (location, media_root) == (f"{tmp_path}/private", f"{tmp_path}/media")


def test_production_keeps_private_uploads_as_private_objects_under_their_own_prefix():
    read = "settings.STORAGES['private']['BACKEND'], settings.STORAGES['private']['OPTIONS']"
    found = production_setting(read, AWS_STORAGE_BUCKET_NAME="media", AWS_S3_CUSTOM_DOMAIN="media.example.org")
    assert found == ("storages.backends.s3.S3Storage {'bucket_name': 'media', 'location': 'private', "
                     "'default_acl': 'private', 'querystring_auth': False, 'custom_domain': None, "
                     "'file_overwrite': False}")
    separate = production_setting("settings.STORAGES['private']['OPTIONS']['bucket_name']",
                                  AWS_STORAGE_BUCKET_NAME="media", AWS_PRIVATE_STORAGE_BUCKET_NAME="cms-private")
    assert separate == "cms-private"


def test_the_cache_takes_the_next_redis_database_or_its_own_url():
    from cms.settings.env import redis_cache_url

    assert redis_cache_url("redis://redis:6379/2", None) == "redis://redis:6379/3"
    assert redis_cache_url("redis://redis:6379/15", "redis://cache:6379/0") == "redis://cache:6379/0"


def test_a_broker_on_redis_database_15_stops_start_up_saying_what_to_set():
    result = import_production(SECRET_KEY="k3y" * 20, REDIS_URL="redis://127.0.0.1:6379/15")
    assert result.returncode != 0
    assert "REDIS_URL names database 15" in result.stderr and "Set REDIS_CACHE_URL" in result.stderr

    result = import_production(SECRET_KEY="k3y" * 20, REDIS_URL="redis://127.0.0.1:6379/15",
                               REDIS_CACHE_URL="redis://127.0.0.1:6379/14")
    assert result.returncode == 0, result.stderr
