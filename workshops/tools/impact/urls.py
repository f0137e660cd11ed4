"""The self-assessment's addresses under its tool page."""

from ourdigitalfuture.core.routing import route

from . import views

urlpatterns = [
    route("assess/", views.impact_assess, "impact_assess"),
    route("result/", views.impact_result, "impact_result"),
    route("result/goals/", views.impact_goals, "impact_goals"),
    route("result/pdf/", views.impact_download, "impact_pdf", fmt="pdf"),
    route("result/file/", views.impact_download, "impact_file", fmt="json"),
]
