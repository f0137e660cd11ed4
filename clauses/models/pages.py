"""The hub's pages: the landing page (which also routes clause pages, the database view, open
data and the submission form) and one report-view page per theme."""

from django.conf import settings
from django.db import models
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ourdigitalfuture.core.pages import BasePage
from ourdigitalfuture.core.routing import URLconfRoutesMixin
from ourdigitalfuture.core.translation import localize, with_own_content

from ..blocks import WayInBlock
from .clause import Clause, public_clauses
from .counts import clause_counts
from .taxonomy import SubTheme, Theme


class HubPage(URLconfRoutesMixin, BasePage):
    """The Digital Bargaining Hub: what it is, the ways in, how to contribute, the themes. Its
    clause pages, database view, open data and submission form are routed by `clauses.hub_urls`."""

    # The main menu and breadcrumbs name the section with this, in the reader's language.
    menu_label = pgettext_lazy("main menu", "Digital Bargaining Hub")
    subpage_urlconf = "clauses.hub_urls"

    intro = RichTextField(_("introduction"), blank=True)
    ways_in = StreamField(
        [("way_in", WayInBlock())],
        blank=True,
        verbose_name=_("ways in"),
        help_text=_(
            "The ways into the hub, as cards: themes and report view, database view, keyword "
            "search, contributing. Each card says where it leads, so they may come in any order."
        ),
    )
    how_to_contribute = RichTextField(_("how to contribute"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["clauses.ThemePage", "home.StandardPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("ways_in"),
        FieldPanel("how_to_contribute"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = BasePage.api_fields + [
        APIField("intro"),
        APIField("ways_in"),
        APIField("how_to_contribute"),
    ]

    class Meta:
        verbose_name = _("hub page")

    @path("")
    def landing(self, request):
        return self.render(request)

    def database_url(self, **filters):
        url = self.url + self.reverse_subpage("database")
        return f"{url}?{urlencode(filters)}" if filters else url

    def clause_url(self, identifier):
        return self.url + self.reverse_subpage("clause", kwargs={"identifier": identifier})

    def get_sitemap_urls(self, request=None):
        """The hub page, then the page of each clause published in the hub's language, with the
        same clause's pages in the other languages (on hubs of their own) as alternates."""
        urls = super().get_sitemap_urls(request)
        hubs = with_own_content(
            HubPage.objects.live().public().filter(translation_key=self.translation_key)
        ).select_related("locale")
        bases = {
            hub.locale_id: (hub.locale.language_code, hub.get_full_url(request)) for hub in hubs
        }
        if self.locale_id not in bases:
            return urls
        versions = {}
        clauses = Clause.objects.filter(live=True, locale_id__in=bases)
        for key, locale_id, identifier, published in clauses.values_list(
            "translation_key", "locale_id", "identifier", "last_published_at"
        ):
            versions.setdefault(key, {})[locale_id] = (identifier, published)
        default_code = settings.LANGUAGE_CODE
        for found in versions.values():
            if self.locale_id not in found:
                continue
            links = [
                {
                    "lang_code": bases[locale_id][0],
                    "location": f"{bases[locale_id][1]}clauses/{ident}/",
                }
                for locale_id, (ident, _published) in found.items()
            ]
            default = next((link for link in links if link["lang_code"] == default_code), None)
            if len(links) > 1 and default:
                links.append({"lang_code": "x-default", "location": default["location"]})
            identifier, published = found[self.locale_id]
            urls.append(
                {
                    "location": f"{bases[self.locale_id][1]}clauses/{identifier}/",
                    "lastmod": published,
                    "alternates": links if len(links) > 1 else [],
                }
            )
        return urls


class ThemePage(BasePage):
    """The report view of one theme: why it matters, and each sub-theme with highlighted clauses."""

    theme = models.ForeignKey(
        "clauses.Theme",
        verbose_name=_("theme"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The hub theme this page presents."),
    )

    parent_page_types = ["clauses.HubPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("theme"),
        FieldPanel("summary"),
        InlinePanel(
            "highlights",
            label=_("Highlighted clause"),
            help_text=_("Clauses shown under a sub-theme of this page's theme."),
        ),
    ]
    api_fields = BasePage.api_fields + [APIField("theme"), APIField("highlights")]

    class Meta:
        verbose_name = _("theme page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.theme_context(request))
        return context

    def theme_context(self, request=None):
        """The report view of a theme: the theme, and each of its sub-themes once, in the page's
        language, with its highlighted clauses and how many live clauses the database view
        shows this page's readers under it (see `counts`)."""
        locale = self.locale
        theme = localize([self.theme], locale, Theme.objects.select_related("locale"))[0]
        # The default language's sub-themes (the records clauses and highlights point at; each
        # translation of a sub-theme points at the same theme), then their translations.
        source_subthemes = list(
            SubTheme.objects.filter(
                theme__translation_key=self.theme.translation_key, locale=Locale.get_default()
            )
            .select_related("locale")
            .order_by("sort_order", "title")
        )
        subthemes = localize(source_subthemes, locale, SubTheme.objects.select_related("locale"))
        counts = clause_counts(locale.language_code, request).subthemes
        highlights = list(self.highlights.order_by("sort_order"))
        sources = public_clauses().in_bulk([h.clause_id for h in highlights])  # live ones only
        shown = dict(
            zip(sources, localize(sources.values(), locale, public_clauses()), strict=True)
        )
        by_subtheme = {}
        for highlight in highlights:
            if highlight.clause_id in shown:
                by_subtheme.setdefault(highlight.subtheme_id, []).append(shown[highlight.clause_id])
        hub = self.get_parent().specific
        return {
            "theme": theme,
            "hub": hub,
            "sections": [
                {
                    "subtheme": subtheme,
                    "slug": source.slug,
                    "clauses": by_subtheme.get(source.pk, []),
                    "count": counts.get(source.pk, 0),
                    "database_url": hub.database_url(subtheme=source.slug),
                }
                for subtheme, source in zip(subthemes, source_subthemes, strict=True)
            ],
            "database_url": hub.database_url(theme=self.theme.number),
        }


class ThemeHighlight(Orderable):
    page = ParentalKey(ThemePage, on_delete=models.CASCADE, related_name="highlights")
    subtheme = models.ForeignKey(
        "clauses.SubTheme", verbose_name=_("sub-theme"), on_delete=models.CASCADE, related_name="+"
    )
    clause = models.ForeignKey(
        "clauses.Clause", verbose_name=_("clause"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("subtheme"), FieldPanel("clause")]
    translatable_fields = [
        SynchronizedField("subtheme", overridable=False),
        SynchronizedField("clause", overridable=False),
    ]
    api_fields = [APIField("subtheme"), APIField("clause")]
