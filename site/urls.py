"""Root URLs: admin, documents, API and sitemap outside the language prefix; pages under it."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from clauses.api import api_urls as hub_api_urls

from . import health
from .api import api_urls
from .sitemaps import SiteSitemap
from .views import favicon, robots_txt

# The site's own error pages, in the visitor's language (site/views.py); 404 is Django's
# default view with the site's 404.html.
handler400 = "ourdigitalfuture.views.bad_request"
handler403 = "ourdigitalfuture.views.permission_denied"
handler500 = "ourdigitalfuture.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The API answers JSON, errors included (a JSON 404 for any other path under it).
    path("api/v2/", api_urls),
    # The hub's clause API (clauses/api.py), JSON with an OpenAPI description.
    path("api/hub/v1/", hub_api_urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": SiteSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
    # Health checks for the production set-up (site/health.py), outside the language prefix.
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    # Wagtail's page URLs all end in a slash; the hub's open-data files end in .csv/.json, so
    # this pattern hands them to Wagtail's page serving (the HubPage routes them).
    re_path(r"^((?:[\w\-]+/)*data/clauses\.(?:csv|json))$", wagtail_views.serve),
    # Likewise the hub's data package and its Atom feeds (clauses/hub_urls.py).
    re_path(
        r"^((?:[\w\-]+/)*(?:data/datapackage\.json|feeds/(?:[\w\-]+/)?[^/]+\.atom))$",
        wagtail_views.serve,
    ),
    # Likewise a clause's citation downloads, cite.bib, cite.ris and cite.json (clauses/views.py).
    re_path(r"^((?:[\w\-]+/)*clauses/[^/]+/cite\.(?:bib|ris|json))$", wagtail_views.serve),
    # Likewise a workshop's or the course's facilitator pack, pack.pdf (workshops/packs).
    re_path(r"^((?:[\w\-]+/)*pack\.pdf)$", wagtail_views.serve),
    path("search/", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
