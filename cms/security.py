"""Security headers every response carries, beyond Django's own.

Content-Security-Policy (django-csp, CONTENT_SECURITY_POLICY in settings): the
site's pages run only the site's own script and style files. Wagtail's admin
still writes some inline script and style (date pickers, inline panels,
wagtail-localize's editor), so pages under the admin prefix get those two
allowances and nothing else. Permissions-Policy turns off the device features
no page here uses.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings

PERMISSIONS_POLICY = ", ".join(f"{feature}=()" for feature in (
    "accelerometer", "camera", "geolocation", "gyroscope", "magnetometer", "microphone", "payment", "usb"))


class SiteCSPMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        if request.path.startswith(settings.ADMIN_PATH_PREFIX) and getattr(response, "_csp_update", None) is None:
            response._csp_update = settings.ADMIN_CSP_ALLOWANCES
        response = super().process_response(request, response)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
