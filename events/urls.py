"""Wagtail serves only slash-ended paths without dots; the .ics routes of
event pages (`…/feed.ics`, `…/event.ics`) come through here to the same
page routing, so they keep their natural file names."""

from django.urls import re_path
from wagtail import views as wagtail_views


def serve_ics(request, path):
    return wagtail_views.serve(request, path + "/")


urlpatterns = [
    re_path(r"^((?:[\w\-]+/)*[\w\-]+\.ics)$", serve_ics, name="events_ics"),
]
