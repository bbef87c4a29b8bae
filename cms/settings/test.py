from .test_workers import separate_test_process

separate_test_process()  # before the settings below read the environment

from .base import *  # noqa: E402, F403
from .base import CACHES, DATA_DIR, DATABASES  # noqa: E402
from .env import env, private_storage  # noqa: E402

SECRET_KEY = "test-only-key"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
if not (env("EMAIL_URL") or env("EMAIL_HOST")):
    # Unit tests read django.core.mail.outbox; a worker process started by an
    # integration test gets EMAIL_URL pointing at an SMTP server on loopback.
    EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = DATA_DIR / "test-media"
PRIVATE_ROOT = DATA_DIR / "test-private"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": private_storage(None, PRIVATE_ROOT),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Its own folder, shared with the worker processes integration tests start.
if CACHES["default"]["BACKEND"].endswith("FileBasedCache"):
    CACHES["default"]["LOCATION"] = str(DATA_DIR / "test-cache")
# A file, not memory, so a worker process started by a test can share it.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test-db.sqlite3")}
# Bulk mail: retries fast enough for integration tests to see them; the claim
# lease and the sweep keep their production values, which recovery tests assert.
NEWSLETTER_RATE_PER_SECOND = int(env("NEWSLETTER_RATE_PER_SECOND") or 2000)
NEWSLETTER_RETRY_BASE_SECONDS = 1
NEWSLETTER_RETRY_MAX_SECONDS = 4
# wagtail-localize's dummy translator (it reverses words): never offered to
# editors, only here, where tests exercise the machine-translation path.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
