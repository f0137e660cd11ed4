"""The Data Rights Tool's addresses under its tool page."""

from ourdigitalfuture.core.routing import route

from . import views

urlpatterns = [
    route("steps/", views.data_rights_steps, "data_rights_steps"),
    route("worksheet/", views.data_rights_worksheet, "data_rights_worksheet"),
]
