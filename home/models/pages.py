"""The site's general page types: home, about the project, regions, publications, standard pages."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..blocks import CONTENT_BLOCKS, RICH_FEATURES
from ..translation import localize
from .materials import AUDIENCES, MaterialBase
from .snippets import Contact


class BasePage(Page):
    """Fields and behaviour every content page shares."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("Two or three sentences shown on listings and cards."),
    )

    search_fields = Page.search_fields + [index.SearchField("summary")]
    api_fields = [APIField("summary")]

    class Meta:
        abstract = True


class HomePage(Page):
    """The root of each language's tree: what the project is and where to go next."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_FEATURES,
        help_text=_("One or two paragraphs saying what the project is and who it is for."),
    )
    audiences = StreamField(
        [
            (
                "audience",
                blocks.StructBlock(
                    [
                        ("title", blocks.CharBlock(label=_("Audience"))),
                        ("text", blocks.TextBlock(label=_("What the project offers them"))),
                    ],
                    icon="group",
                    label=_("Audience"),
                ),
            )
        ],
        blank=True,
        verbose_name=_("audiences"),
        help_text=_("The three audiences the project trains."),
    )
    course_blurb = models.CharField(_("course blurb"), max_length=300, blank=True)
    tools_blurb = models.CharField(_("tools blurb"), max_length=300, blank=True)
    hub_blurb = models.CharField(_("hub blurb"), max_length=300, blank=True)
    regions_blurb = models.CharField(_("regions blurb"), max_length=300, blank=True)
    featured = StreamField(
        [("page", blocks.PageChooserBlock(label=_("Featured page")))],
        blank=True,
        verbose_name=_("featured"),
        help_text=_("Pages to feature on the home page, in this order."),
    )

    parent_page_types = ["wagtailcore.Page"]

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("audiences"),
        MultiFieldPanel(
            [
                FieldPanel("course_blurb"),
                FieldPanel("tools_blurb"),
                FieldPanel("hub_blurb"),
                FieldPanel("regions_blurb"),
            ],
            heading=_("Entry points"),
            help_text=_("One sentence each under the links to the course, tools, hub and regions."),
        ),
        FieldPanel("featured"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [
        APIField("intro"),
        APIField("audiences"),
        APIField("course_blurb"),
        APIField("tools_blurb"),
        APIField("hub_blurb"),
        APIField("regions_blurb"),
        APIField("featured"),
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The home page's entry points are its first live child of each section type.
        sections = {}
        for child in self.get_children().live().specific():
            sections.setdefault(child._meta.label_lower, child)
        context["course_page"] = sections.get("workshops.workshopindexpage")
        context["tools_page"] = sections.get("workshops.toolindexpage")
        context["hub_page"] = sections.get("clauses.hubpage")
        context["regions_page"] = sections.get("home.regionindexpage")
        context["project_page"] = sections.get("home.projectpage")
        context["publications_page"] = sections.get("home.publicationindexpage")
        featured_ids = [block.value.id for block in self.featured if block.value]
        pages = Page.objects.live().filter(id__in=featured_ids).specific().in_bulk()
        context["featured_pages"] = [pages[i] for i in featured_ids if i in pages]
        return context


class ProjectPage(BasePage):
    """About the project: goals, training topics, audiences, timeline and regional contacts."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_FEATURES)
    goals = StreamField(
        [("goal", blocks.CharBlock(label=_("Goal")))],
        blank=True,
        verbose_name=_("goals"),
    )
    topics = StreamField(
        [("topic", blocks.CharBlock(label=_("Training topic")))],
        blank=True,
        verbose_name=_("training topics"),
        help_text=_("The training topics, in order; they are shown numbered."),
    )
    audiences = StreamField(
        [
            (
                "audience",
                blocks.StructBlock(
                    [
                        ("name", blocks.CharBlock(label=_("Audience"))),
                        ("description", blocks.TextBlock(label=_("Who they are"))),
                        (
                            "format",
                            blocks.CharBlock(
                                label=_("Format"), help_text=_("e.g. 3 workshops of 3 hours")
                            ),
                        ),
                    ],
                    icon="group",
                ),
            )
        ],
        blank=True,
        verbose_name=_("audiences and formats"),
    )
    timeline = StreamField(
        [
            (
                "milestone",
                blocks.StructBlock(
                    [
                        ("when", blocks.CharBlock(label=_("When"))),
                        ("what", blocks.TextBlock(label=_("What"))),
                    ],
                    icon="date",
                ),
            )
        ],
        blank=True,
        verbose_name=_("timeline"),
    )
    contacts_intro = models.TextField(_("contacts introduction"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.StandardPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("goals"),
        FieldPanel("topics"),
        FieldPanel("audiences"),
        FieldPanel("timeline"),
        MultiFieldPanel(
            [FieldPanel("contacts_intro"), InlinePanel("contacts", label=_("Contact"))],
            heading=_("Regional contacts"),
        ),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = BasePage.api_fields + [
        APIField("intro"),
        APIField("goals"),
        APIField("topics"),
        APIField("audiences"),
        APIField("timeline"),
        APIField("contacts"),
    ]

    class Meta:
        verbose_name = _("project page")

    def grouped_contacts(self):
        """[(region, [contact])], each contact in this page's language where translated."""
        items = list(self.contacts.select_related("contact__locale"))
        contacts = localize(
            [i.contact for i in items], self.locale, Contact.objects.select_related("locale")
        )
        groups = {}
        for item, contact in zip(items, contacts, strict=True):
            groups.setdefault(item.region, []).append(contact)
        return list(groups.items())


class ProjectContact(Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="contacts")
    region = models.CharField(_("region"), max_length=100, help_text=_("e.g. Africa"))
    contact = models.ForeignKey(
        "home.Contact", verbose_name=_("contact"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("region"), FieldPanel("contact")]
    api_fields = [APIField("region"), APIField("contact")]
    translatable_fields = [
        TranslatableField("region"),
        SynchronizedField("contact", overridable=False),
    ]


class StandardPage(BasePage):
    """Anything else: licence, privacy, contact."""

    body = StreamField(CONTENT_BLOCKS, blank=True, verbose_name=_("body"))

    parent_page_types = ["home.HomePage", "home.StandardPage", "home.ProjectPage"]
    subpage_types = ["home.StandardPage"]

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    api_fields = BasePage.api_fields + [APIField("body")]

    class Meta:
        verbose_name = _("standard page")


class RegionIndexPage(BasePage):
    intro = RichTextField(_("introduction"), blank=True, features=RICH_FEATURES)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.RegionPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]

    class Meta:
        verbose_name = _("region index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["regions"] = RegionPage.objects.live().child_of(self).order_by("path")
        return context


class RegionPageForm(WagtailAdminPageForm):
    languages = forms.MultipleChoiceField(
        label=_("Languages"),
        choices=settings.LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The languages the region works in and has materials in."),
    )


class RegionPage(BasePage):
    """A region: its coordinators and its training materials, by audience and language."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_FEATURES)
    languages = models.JSONField(_("languages"), default=list, blank=True)

    base_form_class = RegionPageForm
    parent_page_types = ["home.RegionIndexPage"]
    subpage_types = ["home.StandardPage"]

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("languages"),
        InlinePanel(
            "coordinators",
            label=_("Coordinator"),
            help_text=_("Choose the region's coordinators from the contacts."),
        ),
        InlinePanel(
            "materials",
            label=_("Training material"),
            help_text=_("Materials are grouped on the page by audience, then by language."),
        ),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = BasePage.api_fields + [
        APIField("intro"),
        APIField("languages"),
        APIField("coordinators"),
        APIField("materials"),
    ]

    class Meta:
        verbose_name = _("region page")

    def coordinator_contacts(self):
        """The coordinators, each in this page's language where translated."""
        contacts = [item.contact for item in self.coordinators.select_related("contact__locale")]
        return localize(contacts, self.locale, Contact.objects.select_related("locale"))

    def language_names(self):
        names = dict(settings.LANGUAGES)
        return [names.get(code, code) for code in self.languages]

    def materials_by_audience(self):
        """[(audience label, [(language name, [materials])])] in the audiences' order."""
        names = dict(settings.LANGUAGES)
        grouped = {key: {} for key, _label in AUDIENCES}
        for material in self.materials.select_related("document"):
            grouped[material.audience].setdefault(material.language, []).append(material)
        return [
            (label, [(names.get(code, code), items) for code, items in grouped[key].items()])
            for key, label in AUDIENCES
            if grouped[key]
        ]


class RegionCoordinator(Orderable):
    page = ParentalKey(RegionPage, on_delete=models.CASCADE, related_name="coordinators")
    contact = models.ForeignKey(
        "home.Contact", verbose_name=_("contact"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("contact")]
    api_fields = [APIField("contact")]
    # Contacts are shared snippets: the page shows the contact's translation where it exists.
    translatable_fields = [SynchronizedField("contact", overridable=False)]


class RegionMaterial(MaterialBase):
    page = ParentalKey(RegionPage, on_delete=models.CASCADE, related_name="materials")
    audience = models.CharField(_("audience"), max_length=32, choices=AUDIENCES)

    panels = [FieldPanel("audience")] + MaterialBase.panels
    api_fields = [APIField("audience")] + MaterialBase.api_fields


class PublicationIndexPage(BasePage):
    intro = RichTextField(_("introduction"), blank=True, features=RICH_FEATURES)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.PublicationPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]

    class Meta:
        verbose_name = _("publication index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["publications"] = (
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
                        ("text", blocks.RichTextBlock(label=_("Text"), features=RICH_FEATURES)),
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
    licence = models.TextField(_("licence"), blank=True)
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
