from django.urls import path

from . import views

app_name = "newsletters"

# Mounted under each language prefix (cms/urls.py), before Wagtail's pages.
urlpatterns = [
    path("newsletter/subscribe/", views.subscribe, name="subscribe"),
    path("newsletter/confirm/<str:token>/", views.confirm, name="confirm"),
    path("newsletter/preferences/<str:token>/", views.preferences, name="preferences"),
    path("newsletter/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("meetings/unsubscribe/<str:token>/", views.notices_unsubscribe, name="notices_unsubscribe"),
]
