"""Facilitator packs: a workshop, or the whole course, as a PDF drawn from the live pages in the
reader's language (`document`), built once per published version and kept in Django's cache
(`views`), at the page's address `pack.pdf` (`PackRoutesMixin`, the pages' route)."""

from django.http import Http404

from ourdigitalfuture.core.routing import URLconfRoutesMixin

PACK_FILE = "pack.pdf"


class PackRoutesMixin(URLconfRoutesMixin):
    """A page that offers its content as a facilitator pack at `<page>/pack.pdf`.

    Only a public page offers one: Wagtail would answer a private page's pack with the login or
    password form, and the cached file is the same for every visitor, so it is not found."""

    subpage_urlconf = "workshops.packs.urls"

    def route(self, request, path_components):
        if path_components == [PACK_FILE] and self.get_view_restrictions().exists():
            raise Http404
        return super().route(request, path_components)

    def pack_url(self):
        """The address of the page's pack ("" when the page has no address)."""
        url = self.url
        return url + self.reverse_subpage("pack") if url else ""
