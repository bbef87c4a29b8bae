from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DEBUG, SECRET_KEY, STORAGES, TRUSTED_PROXY_COUNT
from .env import env_bool

if DEBUG:
    raise ImproperlyConfigured("DEBUG must be off in production (unset DEBUG or set it to 0).")
if len(SECRET_KEY) < 32 or "insecure" in SECRET_KEY:
    raise ImproperlyConfigured("Set SECRET_KEY to a random string of at least 32 characters.")

# HTTPS only: plain HTTP is redirected, browsers are told to use HTTPS for a
# year (subdomains too), cookies travel over HTTPS only. HTTPS_ONLY=0 is for a
# stack on http://localhost (docker-compose.yml), never for a public site.
HTTPS_ONLY = env_bool("HTTPS_ONLY", True)
SECURE_SSL_REDIRECT = HTTPS_ONLY
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # the container's health check speaks HTTP
SECURE_HSTS_SECONDS = 365 * 24 * 3600 if HTTPS_ONLY else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS_ONLY
# Adding the domain to browsers' preload list is the domain owner's choice
# (it binds every subdomain for months); the header leaves it out.
SECURE_HSTS_PRELOAD = False
SILENCED_SYSTEM_CHECKS = ["security.W021"]
SESSION_COOKIE_SECURE = HTTPS_ONLY
CSRF_COOKIE_SECURE = HTTPS_ONLY
# The scheme the client used, as the proxy that terminates TLS reports it;
# believed only when TRUSTED_PROXY_COUNT says a proxy stands in front.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if TRUSTED_PROXY_COUNT else None
SECURE_CONTENT_TYPE_NOSNIFF = True
STORAGES = {
    **STORAGES,  # media: MEDIA_ROOT (served by the proxy) or object storage
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
