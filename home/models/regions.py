"""The regions: their index and a page per region, with its coordinators and training materials."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ourdigitalfuture.core.materials import AUDIENCES, LicensedMaterialBase
from ourdigitalfuture.core.pages import BasePage
from ourdigitalfuture.core.regions import region_title
from ourdigitalfuture.core.translation import localize, with_source_language

from .snippets import Contact


class RegionIndexPage(BasePage):
    # The main menu and breadcrumbs name the section with this, in the reader's language.
    menu_label = pgettext_lazy("main menu", "Regions")
    intro = RichTextField(_("introduction"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.RegionPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]

    class Meta:
        verbose_name = _("region index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["regions"] = with_source_language(
            RegionPage.objects.live().child_of(self).order_by("path")
        )
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

    intro = RichTextField(_("introduction"), blank=True)
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

    def region_title(self):
        """The name of the region this page is about (by its slug) in the reader's language,
        shown while the page still shows its English text; None for another slug."""
        return region_title(self.slug)

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


class RegionMaterial(LicensedMaterialBase):
    page = ParentalKey(RegionPage, on_delete=models.CASCADE, related_name="materials")
    audience = models.CharField(_("audience"), max_length=32, choices=AUDIENCES)

    panels = [FieldPanel("audience")] + LicensedMaterialBase.panels
    api_fields = [APIField("audience")] + LicensedMaterialBase.api_fields
