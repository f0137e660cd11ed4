"""A URL configuration for tests only: the site's own URLs plus two views that fail on purpose
(a server error, a refused permission), so that the error pages can be tried end to end."""

from django.conf.urls.i18n import i18n_patterns
from django.core.exceptions import PermissionDenied
from django.urls import path

from ourdigitalfuture import urls as site_urls

# The site's error handlers, whichever it defines (Django looks them up on the root URLconf).
for _name in ("handler400", "handler403", "handler404", "handler500"):
    if hasattr(site_urls, _name):
        globals()[_name] = getattr(site_urls, _name)


def failing_view(request):
    raise RuntimeError("a deliberate failure for the 500 page")


def forbidden_view(request):
    raise PermissionDenied("a deliberate refusal for the 403 page")


urlpatterns = [
    *i18n_patterns(
        path("test-errors/500/", failing_view),
        path("test-errors/403/", forbidden_view),
        prefix_default_language=True,
    ),
    *site_urls.urlpatterns,
]
