"""The site's general page types: home, about the project, regions, publications, standard pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ourdigitalfuture.core.blocks import CONTENT_BLOCKS
from ourdigitalfuture.core.pages import BasePage
from ourdigitalfuture.core.regions import translated_area
from ourdigitalfuture.core.translation import (
    in_locale_or_source,
    localize,
    with_source_language,
)

from .snippets import Contact

# The home page's entry points: context name -> the section's page type.
SECTION_TYPES = {
    "course_page": "workshops.workshopindexpage",
    "tools_page": "workshops.toolindexpage",
    "hub_page": "clauses.hubpage",
    "regions_page": "home.regionindexpage",
    "project_page": "home.projectpage",
    "publications_page": "home.publicationindexpage",
}
# "Where to start": the sections it links to, each with the home page's sentence about it.
START_ENTRIES = (
    ("course_page", "course_blurb"),
    ("tools_page", "tools_blurb"),
    ("hub_page", "hub_blurb"),
    ("regions_page", "regions_blurb"),
)


class HomePage(Page):
    """The root of each language's tree: what the project is and where to go next."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
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
        sections = self.sections()
        for name, label in SECTION_TYPES.items():
            context[name] = sections.get(label)
        context["start_pages"] = [
            (context[name], getattr(self, blurb))
            for name, blurb in START_ENTRIES
            if context[name] is not None
        ]
        featured_ids = [block.value.id for block in self.featured if block.value]
        pages = Page.objects.live().filter(id__in=featured_ids).select_related("locale")
        pages = with_source_language(pages).specific().in_bulk()
        featured = [pages[i] for i in featured_ids if i in pages]
        context["featured_pages"] = in_locale_or_source(featured, self.locale)
        return context

    def sections(self):
        """{section type label: page}: the home page's entry points, its first live child of
        each section type. A section this language's tree lacks (the locale not synchronised
        yet, or the page unpublished in it) is the default language's page, or its translation
        here, marked as shown in its own language, so no locale's home page loses it."""
        sections = {}
        # Deferred: the entry points show base Page fields only (no query per page type).
        for child in with_source_language(self.get_children().live()).specific(defer=True):
            sections.setdefault(child._meta.label_lower, child)
        missing = set(SECTION_TYPES.values()) - set(sections)
        default = Locale.get_default()
        source = None
        if missing and self.locale_id != default.pk:
            source = self.get_translation_or_none(default)
        if source is not None and source.live:
            children = source.get_children().live().select_related("locale").specific(defer=True)
            fallbacks = {}
            for child in children:
                if child._meta.label_lower in missing:
                    fallbacks.setdefault(child._meta.label_lower, child)
            labels = list(fallbacks)
            shown = in_locale_or_source([fallbacks[label] for label in labels], self.locale)
            sections.update(zip(labels, shown, strict=True))
        return sections


class ProjectPage(BasePage):
    """About the project: goals, training topics, audiences, timeline and regional contacts."""

    # The main menu and breadcrumbs name the section with this, in the reader's language.
    menu_label = pgettext_lazy("main menu", "About")
    intro = RichTextField(_("introduction"), blank=True)
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
            # Region names are English in every locale's copy: shown in the reader's language.
            groups.setdefault(translated_area(item.region), []).append(contact)
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
