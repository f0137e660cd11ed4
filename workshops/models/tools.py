"""The tools and guides the course teaches; a tool page can offer one of the interactive tools
(`workshops.tools`)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ourdigitalfuture.core.pages import BasePage
from ourdigitalfuture.core.translation import with_source_language

from .. import tools
from ..blocks import DIMENSION_BLOCKS, TOOL_STRUCTURE_BLOCKS


class ToolIndexPage(BasePage):
    # The main menu and breadcrumbs name the section with this, in the reader's language.
    menu_label = pgettext_lazy("main menu", "Tools")
    intro = RichTextField(_("introduction"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["workshops.ToolPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]

    class Meta:
        verbose_name = _("tool index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tools"] = with_source_language(
            ToolPage.objects.live().child_of(self).order_by("path")
        )
        return context


class ToolPage(RoutablePageMixin, BasePage):
    """A tool or guide: why it matters, its structure, how to use it and what to download.

    A tool page can also offer one of the interactive tools (`workshops.tools`), built on its own
    content; the page then answers that tool's addresses, and only those. Nothing a visitor
    enters is stored."""

    KIND_CHOICES = [
        ("guide", _("Guide")),
        ("interactive", _("Interactive tool")),
        ("database", _("Database")),
    ]
    IMPACT_FRAMEWORK = tools.impact.TOOL.key
    CHECKLIST = tools.checklist.TOOL.key
    WORKSHEET = tools.data_rights.TOOL.key
    PRINTABLE = tools.lifecycle.TOOL.key
    INTERACTIVE_CHOICES = tools.registry.choices()

    kind = models.CharField(_("kind"), max_length=16, choices=KIND_CHOICES)
    why_it_matters = RichTextField(_("why it matters"), blank=True)
    structure = StreamField(
        TOOL_STRUCTURE_BLOCKS,
        blank=True,
        verbose_name=_("structure"),
        help_text=_(
            "The tool's parts, in order: lifecycle phases, tool parts, themes with their "
            "questions, ways in or steps."
        ),
    )
    how_to_use = RichTextField(_("how to use it"), blank=True)
    interactive = models.CharField(
        _("interactive version"),
        max_length=20,
        choices=INTERACTIVE_CHOICES,
        blank=True,
        help_text=_(
            "Which interactive version of this tool the site offers, built from the structure "
            "(or, for the self-assessment, the dimensions) below. Leave empty for none."
        ),
    )
    interactive_intro = models.TextField(
        _("introduction to the interactive version"),
        blank=True,
        help_text=_("A few sentences shown at the top of the interactive version."),
    )
    dimensions = StreamField(
        DIMENSION_BLOCKS,
        blank=True,
        verbose_name=_("dimensions"),
        help_text=_(
            "For the self-assessment: each dimension with its five levels and what a team "
            "would be doing at the next level."
        ),
    )

    parent_page_types = ["workshops.ToolIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("why_it_matters"),
        FieldPanel("structure"),
        FieldPanel("how_to_use"),
        MultiFieldPanel(
            [
                FieldPanel("interactive"),
                FieldPanel("interactive_intro"),
                FieldPanel("dimensions"),
            ],
            heading=_("Interactive version"),
        ),
        InlinePanel("downloads", label=_("Download")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("why_it_matters"),
        index.SearchField("structure"),
        index.SearchField("dimensions"),
        index.FilterField("kind"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("kind"),
        APIField("why_it_matters"),
        APIField("structure"),
        APIField("how_to_use"),
        APIField("interactive"),
        APIField("interactive_intro"),
        APIField("dimensions"),
        APIField("downloads"),
    ]

    class Meta:
        verbose_name = _("tool page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["teaching_workshops"] = self.workshops.live().order_by("number")
        context["downloads"] = self.downloads.select_related("document")
        return context

    def interactive_tool(self):
        """The interactive tool this page offers (`workshops.tools.registry.Tool`), or None."""
        return tools.registry.get(self.interactive)

    def interactive_url(self):
        """The address of the interactive version's first screen, or "" if there is none."""
        tool = self.interactive_tool()
        return self.url + self.reverse_subpage(tool.entry) if tool and self.url else ""

    def get_resolver(self):
        """The page's routes and those of its interactive tool, and no other tool's.

        RoutablePageMixin resolves and reverses every page of a class with one resolver (a
        class method); a tool page's addresses depend on the tool it offers."""
        return tools.registry.resolver(type(self).get_subpage_urls(), self.interactive)


class ToolDownload(Orderable):
    page = ParentalKey(ToolPage, on_delete=models.CASCADE, related_name="downloads")
    title = models.CharField(_("title"), max_length=255)
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("title"), FieldPanel("document")]
    api_fields = [APIField("title"), APIField("document")]
