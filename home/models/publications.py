"""The project's reports and publications."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ourdigitalfuture.core.pages import BasePage
from ourdigitalfuture.core.translation import with_source_language


class PublicationIndexPage(BasePage):
    # The main menu and breadcrumbs name the section with this, in the reader's language.
    menu_label = pgettext_lazy("main menu", "Publications")
    intro = RichTextField(_("introduction"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.PublicationPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]

    class Meta:
        verbose_name = _("publication index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["publications"] = with_source_language(
            PublicationPage.objects.live().child_of(self).order_by("-year", "title")
        )
        return context


class PublicationPage(BasePage):
    """A report or guide: what it found, its sections, the file, its licence and how to cite it."""

    year = models.PositiveSmallIntegerField(_("year"))
    authors = models.CharField(
        _("authors and publisher"),
        max_length=300,
        help_text=_("As it should appear in a citation."),
    )
    key_findings = StreamField(
        [("finding", blocks.TextBlock(label=_("Key finding")))],
        blank=True,
        verbose_name=_("key findings"),
    )
    sections = StreamField(
        [
            (
                "section",
                blocks.StructBlock(
                    [
                        ("title", blocks.CharBlock(label=_("Title"))),
                        ("text", blocks.RichTextBlock(label=_("Text"))),
                    ],
                    icon="doc-full",
                    template="blocks/section.html",
                ),
            )
        ],
        blank=True,
        verbose_name=_("sections"),
    )
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The full publication to download."),
    )
    licence = models.TextField(
        _("licence"),
        blank=True,
        help_text=_(
            "The licence or copyright the publication itself states, shown on its page. Leave "
            "blank when it states none: nothing is shown then (the site's own licence, in the "
            "footer, does not cover publications)."
        ),
    )
    how_to_cite = models.TextField(_("how to cite"), blank=True)

    parent_page_types = ["home.PublicationIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("year"),
        FieldPanel("authors"),
        FieldPanel("key_findings"),
        FieldPanel("sections"),
        FieldPanel("document"),
        FieldPanel("licence"),
        FieldPanel("how_to_cite"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("authors"),
        index.SearchField("key_findings"),
        index.SearchField("sections"),
        index.FilterField("year"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("year"),
        APIField("authors"),
        APIField("key_findings"),
        APIField("sections"),
        APIField("document"),
        APIField("licence"),
        APIField("how_to_cite"),
    ]

    class Meta:
        verbose_name = _("publication page")

    def table_of_contents(self):
        return [block.value["title"] for block in self.sections]
