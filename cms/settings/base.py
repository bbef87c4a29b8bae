"""Settings shared by every environment. Values that differ per deployment
come from the environment (cms/settings/env.py lists them all)."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from cms.logformat import logging_config

from .env import (
    anymail_settings,
    email_settings,
    env,
    env_bool,
    env_list,
    machine_translator_settings,
    media_storage,
    private_storage,
    redis_cache_url,
    redis_db_url,
)

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
# Local state of the embedded default (SQLite, broker folders, media, mail).
DATA_DIR = Path(env("DATA_DIR") or BASE_DIR / "var")
DATA_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],chapter.localhost,pinole.localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# Reverse proxies (load balancer, nginx) in front of the web processes, each
# appending to X-Forwarded-For; 0 when clients connect to gunicorn directly.
# Rate limits and consent records read the client address through it
# (core/clientip.py); too high a number lets clients choose their address.
TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT") or 0)

INSTALLED_APPS = [
    "core",
    "home",
    "people",
    "cities",
    "relationships",
    "events",
    "newsletters",
    "registrations",
    "notices",
    "chapter",
    "worker",
    # The project itself: its templates, static files and load_demo_content.
    "cms",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy and Permissions-Policy (cms/security.py).
    "cms.security.SiteCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.cache.PageCacheMiddleware",
    "core.admin_access.PagePermissionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it answers a locked-out sign-in.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "OPTIONS": {
            # Django's own loaders, cached; a project's .txt template loses
            # the newline of a line holding only a tag (core/text_templates.py).
            "loaders": [("django.template.loaders.cached.Loader", [
                "core.text_templates.FilesystemLoader",
                "core.text_templates.AppDirectoriesLoader",
            ])],
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database: DATABASE_URL, else SQLite in DATA_DIR -------------------------
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("postgresql") and env_bool("DATABASE_PREPARED_STATEMENTS", True):
    # A query a connection has run 5 times is prepared on the server, which
    # then plans it once (PostgreSQL's generic plan, when no worse): planning
    # the routing and page queries was a third of their time. A pooler in
    # transaction mode (PgBouncer without max_prepared_statements) needs 0.
    DATABASES["default"]["OPTIONS"] = {"server_side_binding": True, "prepare_threshold": 5}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Redis: broker on the URL's database, cache on the next one -------------
# (or on REDIS_CACHE_URL). Every process (web, worker, beat, a shell) shares
# the cache: page and feed purges, rate limits, the worker's heartbeat.
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.rediscache.RedisCache",  # Django's, one client per pool
            "LOCATION": redis_cache_url(REDIS_URL, env("REDIS_CACHE_URL")),
            "KEY_PREFIX": "cms",
        }
    }
    CELERY_BROKER_URL = redis_db_url(REDIS_URL, 0)
    CELERY_RESULT_BACKEND = redis_db_url(REDIS_URL, 0)
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
else:
    # Embedded default: no server to install. The filesystem transport still
    # runs tasks in the worker process, never eagerly in the request.
    # Files under DATA_DIR: web, worker and beat are separate processes, and
    # what one purges or counts the others must see.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(DATA_DIR / "cache"),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
    _broker_dir = DATA_DIR / "broker"
    for _folder in ("queue", "control"):
        (_broker_dir / _folder).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_URL = "filesystem://"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir / "queue"),
        "data_folder_out": str(_broker_dir / "queue"),
        "control_folder": str(_broker_dir / "control"),
        "store_processed": False,
    }
    # Results only where a caller reads them (CELERY_TASK_IGNORE_RESULT), in
    # files: Celery's own backend, nothing more to install.
    (DATA_DIR / "celery-results").mkdir(exist_ok=True)
    CELERY_RESULT_BACKEND = f"file://{DATA_DIR / 'celery-results'}"

# Wagtail writes every rendition it shows to the cache, one round trip per
# image per render, even when it came prefetched with its page (the home,
# the directory and city pages prefetch theirs): without this cache, a
# rendition not prefetched costs one query, as a cache miss did.
CACHES["renditions"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}

# --- Email -------------------------------------------------------------------
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Sister Cities <news@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = str(DATA_DIR / "mail")
EMAIL_TIMEOUT = 30
globals().update(email_settings(env("EMAIL_URL"), env("EMAIL_HOST"), env("EMAIL_PORT")))
# The ESP's bounce and complaint webhook (newsletters/webhooks.py): mounted
# only when ANYMAIL_ESP and ANYMAIL_WEBHOOK_SECRET are set.
globals().update(anymail_settings(env("ANYMAIL_ESP"), env("ANYMAIL_WEBHOOK_SECRET"),
                                  env("ANYMAIL_WEBHOOK_SIGNING_KEY")))

# --- Languages: the one place they are set ------------------------------------
# Adding a language: one line here, then `python manage.py sync_locales`.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("it", "Italiano"),
    ("ja", "日本語"),
    ("uk", "Українська"),
    ("zh-hans", "简体中文"),
    ("hu", "Magyar"),
    ("ar", "العربية"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# cms/locale: the project's own strings (`make messages` writes there, so it
# comes first); cms/locale_django: corrections to Django's own translations.
LOCALE_PATHS = [PROJECT_DIR / "locale", PROJECT_DIR / "locale_django"]
# Corrections to Django's date and number formats for some languages.
FORMAT_MODULE_PATH = ["cms.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

# --- What browsers may do with our pages (cms/security.py) ------------------
# Scripts and styles come from our own files only: no inline script, style or
# event handler in a template (hand data to a script with json_script). Media
# on another host (S3) would need its origin in img-src.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# Wagtail's admin writes some inline script and style, shows image uploads
# from blob: URLs and checks for a new Wagtail release.
ADMIN_PATH_PREFIX = "/admin/"
ADMIN_CSP_ALLOWANCES = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["blob:"],
    "connect-src": ["https://releases.wagtail.org"],
}
SECURE_REFERRER_POLICY = "same-origin"
# Editors' avatars are not fetched from Gravatar (their address would leave).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Sign-in: a few wrong passwords lock the guesser out ----------------------
# Counted per client address and per user name (either locks), in the shared
# cache with Redis, else in the database: every web process sees the same
# count. The lock lifts after AXES_COOLOFF_TIME, or sooner when an
# administrator lifts it (Settings > Sign-in locks, core/lockouts.py).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler" if REDIS_URL else "axes.handlers.database.AxesDatabaseHandler"
AXES_CACHE = "default"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.clientip.client_ip"
AXES_LOCKOUT_CALLABLE = "core.lockouts.locked_out"
AXES_SENSITIVE_PARAMETERS = ["password"]
# No record of each successful sign-in (address, browser): Wagtail logs what editors do.
AXES_DISABLE_ACCESS_LOG = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Static and media --------------------------------------------------------
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = DATA_DIR / "media"
MEDIA_URL = "/media/"
# Uploads only permission-checked views serve (relationships' letters of
# interest): outside MEDIA_ROOT, or private objects in the bucket.
PRIVATE_ROOT = DATA_DIR / "private"
STORAGES = {
    "default": media_storage(env("AWS_STORAGE_BUCKET_NAME")),
    "private": private_storage(env("AWS_STORAGE_BUCKET_NAME"), PRIVATE_ROOT, env("AWS_PRIVATE_STORAGE_BUCKET_NAME")),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Media on S3-compatible object storage when AWS_STORAGE_BUCKET_NAME is set;
# django-storages reads these settings under its own names. Media are public
# (pages show them): plain URLs, no expiring signatures in cached pages.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL")
AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME")
AWS_ACCESS_KEY_ID = env("AWS_ACCESS_KEY_ID")
AWS_SECRET_ACCESS_KEY = env("AWS_SECRET_ACCESS_KEY")
AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN")
AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", False)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Rendered pages are cached per host, language and query for anonymous readers
# and purged when an editor publishes (core/cache.py). 0 turns the cache off.
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "600"))
# Cookies that change what an anonymous reader sees: each value has its own
# entry (the reader's time zone, events/readerzone.py).
PAGE_CACHE_VARY_COOKIES = ("reader_tz",)

# --- Wagtail -----------------------------------------------------------------
WAGTAIL_SITE_NAME = "Sister Cities CMS"
# Images carry required alt text and a photo credit. Point foreign keys at it
# with wagtail.images.get_image_model_string(), never "wagtailimages.Image".
WAGTAILIMAGES_IMAGE_MODEL = "home.SiteImage"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Machine translation in wagtail-localize's editor: none unless
# MACHINE_TRANSLATOR names LibreTranslate or DeepL (tests use the dummy).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_settings(
    env("MACHINE_TRANSLATOR"), env("LIBRETRANSLATE_URL"), env("LIBRETRANSLATE_API_KEY"), env("DEEPL_AUTH_KEY")
)

# --- Celery (read by worker/celery.py with namespace CELERY) -----------------
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 300
CELERY_TASK_TIME_LIMIT = 360
CELERY_RESULT_EXPIRES = 3600
# Tasks are fire-and-forget; the few whose result someone reads say so
# (ignore_result=False).
CELERY_TASK_IGNORE_RESULT = True
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# Calendar feeds: how often beat syncs each enabled feed.
CALENDAR_FEED_SYNC_MINUTES = 15
# Outside calendars on private or loopback addresses are refused unless allowed.
CALENDAR_FEEDS_ALLOW_PRIVATE = env_bool("CALENDAR_FEEDS_ALLOW_PRIVATE", False)

# Every line with its time, level and logger; LOG_FORMAT=json for one JSON
# object per line (cms/logformat.py). Celery leaves logging to this too.
LOGGING = logging_config(env("LOG_FORMAT"))
# django-axes logs every sign-in at INFO; failures and locks are warnings.
LOGGING["loggers"]["axes"] = {"level": "WARNING"}

# Errors to Sentry from web, worker and beat when SENTRY_DSN is set.
SENTRY_DSN = env("SENTRY_DSN")
if SENTRY_DSN:
    import sentry_sdk
    from sentry_sdk.integrations.celery import CeleryIntegration
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(dsn=SENTRY_DSN, integrations=[DjangoIntegration(), CeleryIntegration()], send_default_pii=False)

_ = _  # gettext_lazy is kept for settings that name translatable text

# --- Events --------------------------------------------------------------------
# The zone new events and feeds start in (editors can pick another per event).
EVENTS_DEFAULT_TIME_ZONE = "America/Los_Angeles"
# Right-hand side of the UIDs in exported .ics files (stable across renames).
EVENTS_UID_DOMAIN = "events.sister-cities-cms"
# Outside calendars: the fetch limits, and the window of occurrences kept.
CALENDAR_FEED_MAX_BYTES = 10 * 1024 * 1024
CALENDAR_FEED_TIMEOUT_SECONDS = 20
CALENDAR_FEED_MAX_REDIRECTS = 5
CALENDAR_FEED_PAST_DAYS = 90
CALENDAR_FEED_FUTURE_DAYS = 550
# Meeting notices: reminders N days before each meeting at this local time
# (each site can set its own in Settings > Meeting notices, each event too);
# change and cancellation notices for every meeting not yet started (a
# series compared by its rules, single dates by their changes); beat runs
# the reminder scan every MEETING_NOTICE_SCAN_MINUTES.
MEETING_NOTICE_REMINDER_DAYS = (6, 1)
MEETING_NOTICE_REMINDER_TIME = "08:00"
MEETING_NOTICE_SCAN_MINUTES = 5

# --- Newsletters and other bulk mail (newsletters/sending.py) ----------------
# mailto: in List-Unsubscribe; empty means unsubscribe@<domain of From>.
NEWSLETTER_UNSUBSCRIBE_MAILTO = ""
# Global limit across every worker process (counted in the cache / Redis).
NEWSLETTER_RATE_PER_SECOND = int(env("NEWSLETTER_RATE_PER_SECOND") or 10)
# Most deliveries one task claims and sends over one SMTP connection (a lane
# takes about ten seconds' worth of its share of the rate, up to this).
NEWSLETTER_CHUNK_SIZE = 200
# Tasks sending one run side by side (each claims its own chunks).
NEWSLETTER_LANES = 4
# SMTP 4xx and connection faults are retried with backoff and jitter.
NEWSLETTER_MAX_ATTEMPTS = 8
NEWSLETTER_RETRY_BASE_SECONDS = 60
NEWSLETTER_RETRY_MAX_SECONDS = 3600
# A lane renews its claim (and its run's activity) every third of the lease
# while its process lives. A claim or a sending run quiet for longer belonged
# to a dead worker: the sweep (when a worker starts, and on beat every
# NEWSLETTER_SWEEP_SECONDS) puts its deliveries back and starts new lanes, so
# a crash costs at most lease + sweep seconds.
NEWSLETTER_LEASE_SECONDS = 30
NEWSLETTER_SWEEP_SECONDS = 15
# Subscribe form: (requests, per seconds).
NEWSLETTER_SUBSCRIBE_LIMIT_PER_IP = (10, 3600)
NEWSLETTER_SUBSCRIBE_LIMIT_PER_ADDRESS = (3, 3600)
# Event registration posts: per client address and per email address, per window (seconds).
REGISTRATION_LIMIT_PER_IP = (20, 3600)
REGISTRATION_LIMIT_PER_ADDRESS = (5, 3600)
# Sister-city applications: posts of the public form per client address, per window (seconds).
RELATIONSHIPS_APPLICATIONS_PER_IP = (10, 3600)
# How often beat looks for partnerships' annual reports due and long silences.
RELATIONSHIPS_SCAN_HOURS = 24
# Contact form: messages (requests, per seconds) from one address; copies to
# one sender's address (past it the board still gets the message, no copy).
CONTACT_LIMIT_PER_IP = (5, 3600)
CONTACT_LIMIT_PER_ADDRESS = (3, 3600)
# A contact message that could not be sent is retried after 2, 4, 8, ...
# seconds (at most an hour apart) CONTACT_MAX_RETRIES times; after that, and
# for any whose task was lost, beat's sweep tries again every
# CONTACT_SWEEP_MINUTES for CONTACT_KEEP_TRYING_DAYS.
CONTACT_RETRY_BASE_SECONDS = 2
CONTACT_RETRY_MAX_SECONDS = 3600
CONTACT_MAX_RETRIES = 15
CONTACT_SWEEP_MINUTES = 30
CONTACT_KEEP_TRYING_DAYS = 7

# The chapter's announcement form (chapter/): submissions from one address
# (requests, per seconds) and the largest newsletter PDF. Its confirmation and
# decision mails are retried as contact messages are (CONTACT_RETRY_*).
CHAPTER_ANNOUNCE_LIMIT_PER_IP = (5, 3600)
CHAPTER_NEWSLETTER_MAX_BYTES = 10 * 1024 * 1024
