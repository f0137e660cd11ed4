"""The facilitator course (six workshops) and the tools and guides it teaches."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import CONTENT_BLOCKS, RICH_FEATURES, table_of_contents
from home.models import MaterialBase
from home.models.pages import BasePage

from .blocks import DIMENSION_BLOCKS, TOOL_STRUCTURE_BLOCKS

WORKSHOP_COUNT = 6


class WorkshopIndexPage(BasePage):
    intro = RichTextField(_("introduction"), blank=True, features=RICH_FEATURES)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["workshops.WorkshopPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]

    class Meta:
        verbose_name = _("workshop index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["workshops"] = WorkshopPage.objects.live().child_of(self).order_by("number")
        return context


class WorkshopPage(BasePage):
    """One meeting of the course: its plan for the facilitator and the material to run it."""

    number = models.PositiveSmallIntegerField(
        _("number"),
        validators=[MinValueValidator(1), MaxValueValidator(WORKSHOP_COUNT)],
        help_text=_("The workshop's place in the course, 1 to 6. Each number is used once."),
    )
    strapline = models.CharField(
        _("strapline"), max_length=255, help_text=_("One line under the title.")
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"),
        validators=[MinValueValidator(15), MaxValueValidator(480)],
        help_text=_("How long the meeting takes, e.g. 90 or 120."),
    )
    audience = models.CharField(
        _("audience"), max_length=255, help_text=_("Who the workshop is for.")
    )
    body = StreamField(
        CONTENT_BLOCKS,
        blank=True,
        verbose_name=_("body"),
        help_text=_("The workshop plan. Section headings make the table of contents."),
    )
    related_tool = models.ForeignKey(
        "workshops.ToolPage",
        verbose_name=_("related tool"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="workshops",
        help_text=_("The tool or guide this workshop teaches, if any."),
    )

    parent_page_types = ["workshops.WorkshopIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("strapline"),
        FieldRowPanel([FieldPanel("number"), FieldPanel("duration_minutes")]),
        FieldPanel("audience"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("related_tool"),
        MultiFieldPanel(
            [InlinePanel("materials", label=_("Material"))],
            heading=_("Facilitator material"),
            help_text=_("Each item is a document or an external link (e.g. a video)."),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("strapline"),
        index.SearchField("body"),
        index.FilterField("number"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("number"),
        APIField("strapline"),
        APIField("duration_minutes"),
        APIField("audience"),
        APIField("body"),
        APIField("related_tool"),
        APIField("materials"),
    ]

    class Meta:
        verbose_name = _("workshop page")

    def clean(self):
        # Page.locale is not a local field, so a database constraint cannot hold this rule.
        super().clean()
        clash = WorkshopPage.objects.filter(number=self.number, locale_id=self.locale_id).exclude(
            pk=self.pk
        )
        if self.number and self.locale_id and clash.exists():
            raise ValidationError({"number": _("Another workshop already has this number.")})

    def course_neighbours(self):
        """(previous, next, total): the neighbouring live workshops in the same course."""
        siblings = list(
            WorkshopPage.objects.live()
            .sibling_of(self, inclusive=False)
            .only("id", "title", "number", "url_path", "slug")
            .order_by("number")
        )
        previous = [w for w in siblings if w.number < self.number]
        following = [w for w in siblings if w.number > self.number]
        return (
            previous[-1] if previous else None,
            following[0] if following else None,
            len(siblings) + 1,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        previous, following, total = self.course_neighbours()
        context.update(
            previous_workshop=previous,
            next_workshop=following,
            workshop_total=max(total, WORKSHOP_COUNT),
            toc=table_of_contents(self.body),
            materials=self.materials.select_related("document"),
        )
        return context


class WorkshopMaterial(MaterialBase):
    page = ParentalKey(WorkshopPage, on_delete=models.CASCADE, related_name="materials")


class ToolIndexPage(BasePage):
    intro = RichTextField(_("introduction"), blank=True, features=RICH_FEATURES)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["workshops.ToolPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]

    class Meta:
        verbose_name = _("tool index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tools"] = ToolPage.objects.live().child_of(self).order_by("path")
        return context


class ToolPage(RoutablePageMixin, BasePage):
    """A tool or guide: why it matters, its structure, how to use it and what to download.

    A tool page can also offer one of the interactive tools, built on its own content; the routes
    below hand each request to `workshops.views`. Nothing a visitor enters is stored."""

    KIND_CHOICES = [
        ("guide", _("Guide")),
        ("interactive", _("Interactive tool")),
        ("database", _("Database")),
    ]
    IMPACT_FRAMEWORK = "impact_framework"
    CHECKLIST = "checklist"
    WORKSHEET = "worksheet"
    PRINTABLE = "printable"
    INTERACTIVE_CHOICES = [
        (IMPACT_FRAMEWORK, _("Self-assessment on the dimensions (Digital Impact Framework)")),
        (CHECKLIST, _("Checklist of the themes' questions (co-governance guide)")),
        (WORKSHEET, _("Steps through the parts, with a worksheet (Data Rights Tool)")),
        (PRINTABLE, _("Printable one-page version of the phases (Data Lifecycle)")),
    ]

    kind = models.CharField(_("kind"), max_length=16, choices=KIND_CHOICES)
    why_it_matters = RichTextField(_("why it matters"), blank=True, features=RICH_FEATURES)
    structure = StreamField(
        TOOL_STRUCTURE_BLOCKS,
        blank=True,
        verbose_name=_("structure"),
        help_text=_(
            "The tool's parts, in order: lifecycle phases, tool parts, themes with their "
            "questions, ways in or steps."
        ),
    )
    how_to_use = RichTextField(_("how to use it"), blank=True, features=RICH_FEATURES)
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

    def interactive_url(self):
        """The address of the interactive version's first screen, or "" if there is none."""
        route = {
            self.IMPACT_FRAMEWORK: "impact_assess",
            self.CHECKLIST: "checklist",
            self.WORKSHEET: "data_rights_steps",
            self.PRINTABLE: "printable",
        }.get(self.interactive)
        return self.url + self.reverse_subpage(route) if route and self.url else ""

    # Interactive routes: each view checks that it belongs to this page's interactive version.

    @path("assess/")
    def impact_assess(self, request):
        from . import views

        return views.impact_assess(request, self)

    @path("result/")
    def impact_result(self, request):
        from . import views

        return views.impact_result(request, self)

    @path("result/pdf/")
    def impact_pdf(self, request):
        from . import views

        return views.impact_download(request, self, "pdf")

    @path("result/file/")
    def impact_file(self, request):
        from . import views

        return views.impact_download(request, self, "json")

    @path("checklist/")
    def checklist(self, request):
        from . import views

        return views.checklist(request, self)

    @path("checklist/load/")
    def checklist_load(self, request):
        from . import views

        return views.checklist_load(request, self)

    @path("steps/")
    def data_rights_steps(self, request):
        from . import views

        return views.data_rights_steps(request, self)

    @path("worksheet/")
    def data_rights_worksheet(self, request):
        from . import views

        return views.data_rights_worksheet(request, self)

    @path("print/")
    def printable(self, request):
        from . import views

        return views.printable(request, self)


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
