from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DEBUG, SECRET_KEY, STORAGES

if DEBUG:
    raise ImproperlyConfigured("DEBUG must be off in production (unset DEBUG or set it to 0).")
if len(SECRET_KEY) < 32 or "insecure" in SECRET_KEY:
    raise ImproperlyConfigured("Set SECRET_KEY to a random string of at least 32 characters.")

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
STORAGES = {
    **STORAGES,  # media: MEDIA_ROOT (served by the proxy) or object storage
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
