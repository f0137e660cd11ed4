"""Cheaper page routing for every reader, signed in or not, whether or not the page cache holds
the page: the route Wagtail finds for a URL, kept under the site generation
(ourdigitalfuture.core.page_cache), and each request's Locale lookups made once.

**Routes.** Wagtail's `serve` view finds a page by walking the tree from the site's root in the
active language (`Site.find_for_request`, `root_page.localized`, one `get_children().get(slug=…)`
and one `.specific` per level): four to eight queries before the page's own work starts.
`RouteCacheMiddleware` keeps, for the host, port, language and path, the Site, the page's id and
type and the path components left for the page's own route (a routable page's sub-page: a
clause, the database view, a pack). On the next request it loads that page (one query) and asks
the page itself to route the rest (`page.route`), so a routable page's sub-routes, a page's own
checks (a pack of a private page) and Wagtail's view restrictions and hooks all run as before;
whether the page or an ancestor has a view restriction is kept too (when none has, Wagtail's
check does not look them up again; when one has, it does).
The key holds the site generation, which every publish, unpublish, move, delete, Site, Locale or
page change increments: a kept route is never one of an older tree. Only a route to a live page
is kept; a 404 is found afresh each time. The setting ROUTE_CACHE_ENABLED (default on) turns it
off (the tests that count a page's rendering queries do).

**Locales.** Wagtail looks the active and the default Locale up by language code whenever it
needs one (`Locale.get_active`, `get_default`, `.localized`): five to ten times per page.
`remember_locales` (connected in the kernel's `ready`) makes `Locale.objects.get_for_language`
answer repeated lookups within one request from what that request already read; outside a
request (commands, the shell, tasks) nothing is remembered.
"""

import contextvars
import copy

from django.apps import apps
from django.http import Http404
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Page, PageViewRestriction
from wagtail.models.i18n import LocaleManager

from .near_cache import get_part, set_part
from .page_cache import digest, request_generation, setting

# Locales read during the current request: {(database alias, language code): Locale}.
_request_locales = contextvars.ContextVar("odf_request_locales", default=None)


class RouteCacheMiddleware:
    """See the module's docstring. Placed after LocaleMiddleware (the active language is part of
    the route: a locale's home page is the site root's translation)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_locales.set({})
        try:
            return self.get_response(request)
        finally:
            _request_locales.reset(token)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or not setting("ROUTE_CACHE_ENABLED", True):
            return None
        path = view_kwargs["path"] if "path" in view_kwargs else (view_args or ("",))[0]
        key = route_key(request, path)
        entry = get_part(key)
        if entry is not None and use(request, entry):
            return None
        # Not kept (or no longer usable): Wagtail's own routing, whose result is then kept.
        result = Page.route_for_request(request, path)
        if result is not None:
            entry = describe(request, path, result[0])
            if entry is not None:
                set_part(key, entry)
        return None


def route_key(request, path):
    return (
        f"route:{request_generation(request)}:"
        f"{digest(request._get_raw_host(), request.get_port(), get_language(), path)}"
    )


def components(path):
    return [component for component in path.split("/") if component]


def describe(request, path, page):
    """(site, page id, page model, path components left for the page's own route) for a route
    Wagtail found, or None if its page is not where its URL path says (a page whose own route
    answered for a descendant's path some other way): such a route is not kept."""
    site = getattr(request, "_wagtail_site", None)
    if site is None or not page.live:
        return None
    parts = components(path)
    consumed = page.depth - site.root_page.depth
    if consumed < 0 or consumed > len(parts):
        return None
    own = [part for part in page.url_path.split("/") if part]
    if consumed and own[-consumed:] != parts[:consumed]:
        return None
    restricted = page.get_view_restrictions().exists()
    return (site, page.pk, page._meta.label_lower, parts[consumed:], restricted)


def use(request, entry):
    """Route `request` as `entry` says (Wagtail's serve view then finds it on the request, as if
    it had routed it itself); False if the entry no longer leads anywhere."""
    site, page_id, label, remaining, restricted = entry
    try:
        model = apps.get_model(label)
    except LookupError:
        return False
    page = model.objects.filter(pk=page_id).first()
    if page is None:
        return False
    if not restricted:
        # Neither the page nor an ancestor has a view restriction (any new one increments the
        # generation): Wagtail's check and a pack's route need not look them up again.
        page.get_view_restrictions = PageViewRestriction.objects.none
    try:
        result = page.route(request, list(remaining))
    except Http404:
        return False
    request._wagtail_site = site
    request._wagtail_route_for_request = result
    return True


# Locales ----------------------------------------------------------------------------------------

_get_for_language = LocaleManager.get_for_language


def get_for_language(manager, language_code):
    """Wagtail's `LocaleManager.get_for_language`, answered from the request's earlier lookups
    (a copy each time: callers may set attributes on the object they get)."""
    remembered = _request_locales.get()
    if remembered is None:
        return _get_for_language(manager, language_code)
    key = (manager.db, language_code)
    locale = remembered.get(key)
    if locale is None:
        locale = remembered[key] = _get_for_language(manager, language_code)
    return copy.copy(locale)


def remember_locales():
    """Called from the kernel's AppConfig.ready()."""
    LocaleManager.get_for_language = get_for_language
