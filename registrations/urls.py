from django.urls import path

from . import views

app_name = "registrations"

# Mounted under each language prefix (cms/urls.py), before Wagtail's pages.
urlpatterns = [
    path("events/register/<int:page_id>/", views.register, name="register"),
    path("events/registration/confirm/<str:token>/", views.confirm, name="confirm"),
    path("events/registration/<str:token>/", views.manage, name="manage"),
]
