"""Reading settings from the environment.

Every variable the project reads is named here, so docker-compose.yml and the
README can be checked against one list (tests/cms/test_docker_compose.py).
"""

import os
from urllib.parse import unquote, urlsplit, urlunsplit

from django.core.exceptions import ImproperlyConfigured

ENV_VARS = (
    "DJANGO_SETTINGS_MODULE",
    "SECRET_KEY",
    "DEBUG",
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
    "TRUSTED_PROXY_COUNT",
    "HTTPS_ONLY",
    "DATABASE_URL",
    "DATABASE_PREPARED_STATEMENTS",
    "REDIS_URL",
    "REDIS_CACHE_URL",
    "LOG_FORMAT",
    "SENTRY_DSN",
    "EMAIL_URL",
    "EMAIL_HOST",
    "EMAIL_PORT",
    "DEFAULT_FROM_EMAIL",
    "WAGTAILADMIN_BASE_URL",
    "CALENDAR_FEEDS_ALLOW_PRIVATE",
    "NEWSLETTER_RATE_PER_SECOND",
    "DATA_DIR",
    "PAGE_CACHE_SECONDS",
    "MACHINE_TRANSLATOR",
    "LIBRETRANSLATE_URL",
    "LIBRETRANSLATE_API_KEY",
    "DEEPL_AUTH_KEY",
    "ANYMAIL_ESP",
    "ANYMAIL_WEBHOOK_SECRET",
    "ANYMAIL_WEBHOOK_SIGNING_KEY",
    # Media on S3-compatible object storage (django-storages' own names).
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_PRIVATE_STORAGE_BUCKET_NAME",
    "AWS_S3_ENDPOINT_URL",
    "AWS_S3_REGION_NAME",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_S3_CUSTOM_DOMAIN",
    "AWS_QUERYSTRING_AUTH",
)


def env(name: str, default: str | None = None) -> str | None:
    assert name in ENV_VARS, f"{name} is not in cms.settings.env.ENV_VARS"
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = env(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in (env(name) or default).split(",") if item.strip()]


def redis_db_url(url: str, offset: int) -> str:
    """The same Redis server at database (its own number + offset).

    Broker and cache must not share a database: flushing the cache must never
    drop queued mail.
    """
    parts = urlsplit(url)
    path = parts.path.strip("/")
    db = int(path) if path.isdigit() else 0
    return urlunsplit(parts._replace(path=f"/{db + offset}"))


def redis_cache_url(redis_url: str, cache_url: str | None) -> str:
    """The cache's Redis: REDIS_CACHE_URL, else REDIS_URL's next database.
    Redis has databases 0 to 15 unless configured otherwise: a broker on the
    last one leaves the cache none, so start-up stops and says what to set."""
    if cache_url:
        return cache_url
    path = urlsplit(redis_url).path.strip("/")
    db = int(path) if path.isdigit() else 0
    if db >= 15:
        raise ImproperlyConfigured(
            f"REDIS_URL names database {db}: the cache would take database {db + 1}, past Redis's default 0-15. "
            "Set REDIS_CACHE_URL to the cache's own database (e.g. redis://host:6379/14), or give REDIS_URL "
            "a lower one.")
    return redis_db_url(redis_url, 1)


def email_settings(url: str | None, host: str | None, port: str | None) -> dict:
    """Django email settings from EMAIL_URL (smtp://user:pass@host:port,
    smtps:// for implicit TLS, ?tls=1 for STARTTLS) or EMAIL_HOST/EMAIL_PORT."""
    if url:
        parts = urlsplit(url)
        if parts.scheme not in {"smtp", "smtps", "console", "file"}:
            raise ValueError(f"EMAIL_URL scheme must be smtp, smtps, console or file, not {parts.scheme!r}")
        if parts.scheme == "console":
            return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
        if parts.scheme == "file":
            return {
                "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
                "EMAIL_FILE_PATH": parts.path,
            }
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": parts.hostname or "localhost",
            "EMAIL_PORT": parts.port or (465 if parts.scheme == "smtps" else 25),
            "EMAIL_HOST_USER": unquote(parts.username or ""),
            "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
            "EMAIL_USE_SSL": parts.scheme == "smtps",
            "EMAIL_USE_TLS": "tls=1" in parts.query,
        }
    if host:
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": host,
            "EMAIL_PORT": int(port or 25),
        }
    return {}


def media_storage(bucket: str | None) -> dict:
    """STORAGES["default"]: S3-compatible object storage (django-storages)
    when AWS_STORAGE_BUCKET_NAME is set, so web processes and workers on many
    machines share originals and renditions; else files under MEDIA_ROOT.

    The other AWS_* variables are read by django-storages itself from the
    settings of the same name (base.py copies them from the environment)."""
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            # Two uploads named alike keep both files, as on a disk.
            "file_overwrite": False,
        },
    }


def private_storage(bucket: str | None, location, private_bucket: str | None = None) -> dict:
    """STORAGES["private"]: files only permission-checked views serve (an
    application's letter of interest), never under MEDIA_URL. On disk, a
    folder outside MEDIA_ROOT (the proxy serves /media only); on object
    storage, the private bucket if one is named, else the media bucket under
    "private/", each object with a private ACL and no signed URL handed out
    (the views read the file and send it)."""
    if not bucket and not private_bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": str(location), "base_url": "/private-files-have-no-url/"}}
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": private_bucket or bucket,
            "location": "private",
            "default_acl": "private",
            "querystring_auth": False,
            "custom_domain": None,
            "file_overwrite": False,
        },
    }


MACHINE_TRANSLATORS = {
    "libretranslate": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
    "deepl": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
}


def machine_translator_settings(
    name: str | None, libretranslate_url: str | None, libretranslate_key: str | None, deepl_key: str | None
) -> dict | None:
    """WAGTAILLOCALIZE_MACHINE_TRANSLATOR from MACHINE_TRANSLATOR (libretranslate
    or deepl) and that service's URL or key; None (no machine translation
    offered) when it is not set. A missing key or a URL that is not http(s)
    stops start-up with a message naming the variable."""
    name = (name or "").strip().lower()
    if not name:
        return None
    if name not in MACHINE_TRANSLATORS:
        raise ValueError(f"MACHINE_TRANSLATOR must be one of {', '.join(MACHINE_TRANSLATORS)}, not {name!r}")
    config = {"CLASS": MACHINE_TRANSLATORS[name]}
    if name == "libretranslate":
        parts = urlsplit(libretranslate_url or "")
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ValueError("MACHINE_TRANSLATOR=libretranslate needs LIBRETRANSLATE_URL, an http(s) URL "
                             f"such as https://libretranslate.example.org, not {libretranslate_url!r}")
        config["OPTIONS"] = {"LIBRETRANSLATE_URL": libretranslate_url.rstrip("/"),
                             "API_KEY": libretranslate_key or ""}
    elif name == "deepl":
        if not deepl_key:
            raise ValueError("MACHINE_TRANSLATOR=deepl needs DEEPL_AUTH_KEY (keys ending in :fx use the free API)")
        config["OPTIONS"] = {"AUTH_KEY": deepl_key}
    return config


# ESPs whose tracking webhook can be mounted, and the anymail setting of the
# key that checks the ESP's own signature (None: basic auth is all it has).
ESP_SIGNING_SETTINGS = {
    "brevo": None,
    "mailgun": "MAILGUN_WEBHOOK_SIGNING_KEY",
    "mailjet": None,
    "postmark": None,
    "sparkpost": None,
}


def anymail_settings(esp: str | None, secret: str | None, signing_key: str | None) -> dict:
    """ANYMAIL and ANYMAIL_WEBHOOK_ESP from ANYMAIL_ESP (the ESP whose tracking
    webhook is mounted), ANYMAIL_WEBHOOK_SECRET (the "user:password" basic auth
    the ESP is given; comma-separated to rotate) and, for an ESP that signs its
    posts, ANYMAIL_WEBHOOK_SIGNING_KEY. With no ESP named, nothing is mounted."""
    esp = (esp or "").strip().lower()
    if not esp:
        if secret:
            raise ValueError("ANYMAIL_WEBHOOK_SECRET is set but ANYMAIL_ESP names no ESP "
                             f"(one of {', '.join(ESP_SIGNING_SETTINGS)})")
        return {"ANYMAIL": {}, "ANYMAIL_WEBHOOK_ESP": None}
    if esp not in ESP_SIGNING_SETTINGS:
        raise ValueError(f"ANYMAIL_ESP must be one of {', '.join(ESP_SIGNING_SETTINGS)}, not {esp!r}")
    secrets = [item.strip() for item in (secret or "").split(",") if item.strip()]
    if not secrets or not all(":" in item for item in secrets):
        raise ValueError(f"ANYMAIL_ESP={esp} needs ANYMAIL_WEBHOOK_SECRET, a random user:password "
                         "given to the ESP as the webhook's basic auth")
    config = {"WEBHOOK_SECRET": secrets}
    if ESP_SIGNING_SETTINGS[esp]:
        if not signing_key:
            raise ValueError(f"ANYMAIL_ESP={esp} signs its webhooks: set ANYMAIL_WEBHOOK_SIGNING_KEY "
                             "to the signing key the ESP shows")
        config[ESP_SIGNING_SETTINGS[esp]] = signing_key
    return {"ANYMAIL": config, "ANYMAIL_WEBHOOK_ESP": esp}
