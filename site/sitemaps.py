"""The sitemap: every live public page in every language, each listing its translations.

Wagtail's own sitemap lists the default site's tree only (the English one: the other languages'
home pages are its root's siblings). This one lists the pages of every language's tree that
have content of their own: an alias (a copy of the English page, kept until a translator
translates it) is left out, as it says nothing its source does not, and so is a translation
started from an alias whose translated version is not published yet (it still shows English).
Each URL carries its translations as `xhtml:link` hreflang alternates (Django's sitemap
template writes them), with the English page as `x-default`. The hub adds its clause pages
(`HubPage.get_sitemap_urls`): each clause published in the hub's language, with its pages in
the other languages as alternates."""

from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from ourdigitalfuture.core.translation import with_own_content


class SiteSitemap(Sitemap):
    def pages(self):
        """The live public pages with content of their own, in every language's tree."""
        root = self.get_wagtail_site().root_page
        roots = [root, *root.get_translations()]
        pages = Page.objects.live().public()
        return with_own_content(pages).filter(
            reduce(or_, (Q(path__startswith=r.path) for r in roots))
        )

    def items(self):
        return self.pages().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        by_location = self._translations_by_location(urls)
        for url_info in urls:
            # The hub's clause pages come with their own alternates.
            url_info.setdefault("alternates", by_location.get(url_info["location"], []))
        return urls

    def _translations_by_location(self, urls):
        """{page URL: [{"lang_code", "location"}]} for the listed pages with translations."""
        locations = {url_info["location"] for url_info in urls}
        pages = self.pages().select_related("locale").order_by("path")
        groups = {}
        for page in pages.only(
            "id", "path", "url_path", "translation_key", "locale__language_code"
        ):
            groups.setdefault(page.translation_key, []).append(
                (page.locale.language_code, page.get_full_url(self.request))
            )
        alternates = {}
        for translations in groups.values():
            if len(translations) < 2:
                continue
            links = [{"lang_code": code, "location": url} for code, url in translations]
            default = dict(translations).get(settings.LANGUAGE_CODE)
            if default:
                links.append({"lang_code": "x-default", "location": default})
            for _code, url in translations:
                if url in locations:
                    alternates[url] = links
        return alternates
