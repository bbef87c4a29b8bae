from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core import i18n
from core.sitemap import TranslatedSitemap
from home import views as home_views
from newsletters import views as newsletter_views
from newsletters import webhooks
from worker import health

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("healthz/live", health.live, name="healthz_live"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedSitemap}}, name="sitemap"),
    path("i18n/", include("django.conf.urls.i18n")),
    # RFC 8058 one-click target named in List-Unsubscribe: no language prefix,
    # so it keeps working whatever the reader's language later becomes.
    path("newsletter/unsubscribe/<str:token>/", newsletter_views.unsubscribe, {"prefixed": False},
         name="newsletters_one_click"),
    path("meetings/unsubscribe/<str:token>/", newsletter_views.notices_unsubscribe, {"prefixed": False},
         name="notices_one_click"),
    # The ESP's bounce and complaint webhook, only when a secret is set.
    path("anymail/", include((webhooks.urlpatterns(), "anymail"))),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Readers' pages live under a language prefix: /en/, /fr/, ... ; "/" redirects
# by the browser's language (LocaleMiddleware).
# A page missing in the reader's language falls back to the default one
# (core/i18n.py), so Wagtail's page view is wrapped; same name and pattern.
urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path("", include("events.urls")),  # .ics feeds, then Wagtail's pages
    path("", include("newsletters.urls")),
    path("", include("registrations.urls")),
    path("", include("relationships.urls")),
    # Last but Wagtail's own: it catches every slug path.
    re_path(r"^(?!_util/)((?:[\w\-]+/)*)$", i18n.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
)
