"""The hub's pages: the landing page (which also routes clause pages, the database view, open
data and the submission form) and one report-view page per theme."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import RICH_FEATURES, TitledTextBlock
from home.models.pages import BasePage


class HubPage(RoutablePageMixin, BasePage):
    """The Digital Bargaining Hub: what it is, the ways in, how to contribute, the themes."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_FEATURES)
    ways_in = StreamField(
        [("way_in", TitledTextBlock(label=_("Way in")))],
        blank=True,
        verbose_name=_("ways in"),
        help_text=_("The ways into the hub: themes, report view, database view, search."),
    )
    how_to_contribute = RichTextField(_("how to contribute"), blank=True, features=RICH_FEATURES)

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

    @path("clauses/<str:identifier>/")
    def clause(self, request, identifier):
        from clauses.views import clause_detail

        return clause_detail(request, self, identifier)

    @path("database/")
    def database(self, request):
        from clauses.views import database_view

        return database_view(request, self)

    # Wagtail adds a trailing slash to the remaining path before routing.
    @re_path(r"^data/clauses\.(?P<fmt>csv|json)/?$")
    def open_data(self, request, fmt):
        from clauses.open_data import open_data_view

        return open_data_view(request, self, fmt)

    @path("submit/")
    def submit(self, request):
        from clauses.submissions import submit_clause

        return submit_clause(request, self)

    def database_url(self, **filters):
        from django.utils.http import urlencode

        url = self.url + self.reverse_subpage("database")
        return f"{url}?{urlencode(filters)}" if filters else url

    def clause_url(self, identifier):
        return self.url + self.reverse_subpage("clause", kwargs={"identifier": identifier})


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
        from clauses.views import theme_context

        context = super().get_context(request, *args, **kwargs)
        context.update(theme_context(self))
        return context


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
