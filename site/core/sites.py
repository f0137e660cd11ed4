"""The site's own address: absolute URLs are made on the Wagtail Site's host and port (Settings →
Sites in the admin; the demo loader sets it from WAGTAILADMIN_BASE_URL), never on whatever Host a
request happened to carry. Pages' full URLs (`Page.get_full_url`), the sitemap, robots.txt, the
API's links, hreflang alternates and citations all use it."""

from urllib.parse import urlsplit

from wagtail.models import Site


def site_for(request=None):
    """The Wagtail Site serving `request` (the default site when none matches, or no request)."""
    site = Site.find_for_request(request) if request is not None else None
    return site or Site.objects.select_related("root_page").get(is_default_site=True)


def absolute_url(request, path):
    """`path` (starting with "/") on the site's own host."""
    return site_for(request).root_url + path


def configure_default_site(base_url):
    """Point the default Site at `base_url`'s host and port; returns True if it changed."""
    parts = urlsplit(base_url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    site = Site.objects.get(is_default_site=True)
    if (site.hostname, site.port) == (parts.hostname, port):
        return False
    site.hostname, site.port = parts.hostname, port
    site.save()
    return True
