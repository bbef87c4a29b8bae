from django.urls import path

from . import views

app_name = "relationships"

urlpatterns = [
    path("sister-city-application/<int:page_id>/", views.apply, name="apply"),
    path("sister-city-application/follow/<str:token>/", views.follow, name="follow"),
    path("sister-city-application/follow/<str:token>/letter/", views.follow_letter, name="follow_letter"),
    path("sister-city-application/<int:pk>/letter/", views.letter, name="letter"),
]
