"""Site search and the search boxes' suggestions, under each language's prefix."""

from django.urls import path

from . import views

app_name = "search"
urlpatterns = [
    path("", views.site_search_view, name="site_search"),
    path("suggest/", views.suggest_view, name="suggest"),
]
