"""Small site-wide views that are not pages."""

import logging

from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET

from ourdigitalfuture.core.sites import absolute_url

logger = logging.getLogger(__name__)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {absolute_url(request, reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_GET
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says: send them to the site's icon."""
    return HttpResponseRedirect(static("img/favicon.svg"))


# Error pages ----------------------------------------------------------------------------------
# Django's own handlers answer in whatever language happens to be active (none at all when the
# error comes before LocaleMiddleware, as a bad Host does behind SECURE_SSL_REDIRECT). These pick
# the visitor's language themselves (the URL's language prefix, then the cookie and
# Accept-Language) and render the site's templates without a request context: no database, no
# Host header, nothing that could fail again while reporting the first failure.


def error_language(request):
    """The language of an error page: the URL's prefix, else the visitor's preference."""
    language = translation.get_language_from_path(request.path_info)
    if language:
        return language
    try:
        return translation.get_language_from_request(request)
    except Exception:  # an error page must not fail on a malformed header
        return settings.LANGUAGE_CODE


def render_error(request, template_name, status):
    language = error_language(request)
    with translation.override(language):
        try:
            content = loader.get_template(template_name).render()
        except Exception:
            if template_name == "500.html":
                logger.exception("The 500 page could not be rendered.")
                content = "<!DOCTYPE html><title>Server error</title><h1>Server error</h1>"
            else:
                raise
    response = HttpResponse(content, status=status)
    response["Content-Language"] = language
    return response


def bad_request(request, exception=None):
    return render_error(request, "400.html", 400)


def permission_denied(request, exception=None):
    return render_error(request, "403.html", 403)


def server_error(request):
    return render_error(request, "500.html", 500)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: the site's page instead of Django's technical one."""
    return render_error(request, "403_csrf.html", 403)
