"""The checklist's addresses under its tool page."""

from ourdigitalfuture.core.routing import route

from . import views

urlpatterns = [
    route("checklist/", views.checklist_form, "checklist"),
    route("checklist/load/", views.checklist_load, "checklist_load"),
]
