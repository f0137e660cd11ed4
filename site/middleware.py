"""Site-wide middleware: the Content-Security-Policy of the Wagtail admin, and Django's
LocaleMiddleware without its redirect of the 404s that views outside the language prefix answer
(`LocaleMiddleware`, below).

Public pages get django-csp's policy from `CONTENT_SECURITY_POLICY` (strict: the site's own
files only, no inline script or style, no nonce, so a cached page is valid for every visitor).
Wagtail's admin and wagtail-localize's translation editor render inline scripts and styles, so
paths under `ADMIN_CSP_PATH_PREFIXES` get `ADMIN_CONTENT_SECURITY_POLICY` instead, which allows
inline code but, like the public policy, no other host.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy chosen by path prefix. A view's own
    `@csp`, `@csp_update` or `@csp_replace` decorator still wins."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        prefixes = tuple(getattr(settings, "ADMIN_CSP_PATH_PREFIXES", ()))
        if prefixes and request.path_info.startswith(prefixes):
            admin_policy = getattr(settings, "ADMIN_CONTENT_SECURITY_POLICY", None) or {}
            config = default_config(admin_policy.get("DIRECTIVES", {}))
            return PolicyParts(config, parts.update, parts.replace, parts.nonce)
        return parts


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, without its redirect of a 404 that a view answered itself.

    Django redirects any 404 outside the language prefix to the same path under it, in case the
    prefix was forgotten (`/hub/` → `/en/hub/`). That is right for a URL that no view matched,
    but wrong for the views that live outside the prefix on purpose: the API's own JSON 404
    (`/api/v2/pages/999999/`) became a redirect to `/en/api/v2/pages/999999/` and an HTML page,
    and a missing document likewise. When a view matched (`request.resolver_match`), its answer
    stands, and Django never builds the redirect (which fails, a 400 page, for a URL over 16 kB:
    `/api/hub/v1/clauses/?q=…` with a long search)."""

    def process_response(self, request, response):
        if response.status_code == 404 and getattr(request, "resolver_match", None) is not None:
            if not translation.get_language_from_path(request.path_info):
                patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
