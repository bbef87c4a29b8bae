from django.urls import path

from . import views

app_name = "relationships"

urlpatterns = [
    path("sister-city-application/<int:page_id>/", views.apply, name="apply"),
    path("sister-city-application/follow/<str:token>/", views.follow, name="follow"),
]
