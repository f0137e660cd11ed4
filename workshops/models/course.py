"""The facilitator course: six workshops, each with its plan and the material to run it."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ourdigitalfuture.core.blocks import CONTENT_BLOCKS, table_of_contents
from ourdigitalfuture.core.materials import LicensedMaterialBase
from ourdigitalfuture.core.pages import BasePage
from ourdigitalfuture.core.translation import with_source_language

from ..packs import PackRoutesMixin

WORKSHOP_COUNT = 6


class WorkshopIndexPage(PackRoutesMixin, BasePage):
    # The main menu and breadcrumbs name the section with this, in the reader's language.
    menu_label = pgettext_lazy("main menu", "Course")
    intro = RichTextField(_("introduction"), blank=True)

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
        context["workshops"] = with_source_language(
            WorkshopPage.objects.live().child_of(self).order_by("number")
        )
        return context


class WorkshopPage(PackRoutesMixin, BasePage):
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


class WorkshopMaterial(LicensedMaterialBase):
    page = ParentalKey(WorkshopPage, on_delete=models.CASCADE, related_name="materials")
