"""The hub's taxonomy: themes, sub-themes and sectors (translatable), unions and countries."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ourdigitalfuture.core.countries import (
    COUNTRY_REGION,
    ISO_COUNTRY_CODES,
    country_name,
    validate_country_code,
)
from ourdigitalfuture.core.regions import COUNTRY_REGIONS


class Sector(TranslatableMixin, models.Model):
    """One of the federation's sectors: a translatable snippet. Clauses, unions and submissions
    name the default language's sector; pages show its translation (`localize`)."""

    slug = models.SlugField(_("slug"))
    name = models.CharField(_("name"), max_length=100)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [
        SynchronizedField("slug", overridable=False),
        TranslatableField("name"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_sector_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class Country(models.Model):
    """A country by its ISO 3166-1 code. Every country has a row (a migration makes them);
    pages, filters and the admin name it in the reader's language (CLDR), and `name` keeps the
    English name for the admin's search."""

    code = models.CharField(
        _("ISO 3166 code"),
        max_length=2,
        unique=True,
        validators=[validate_country_code],
        help_text=_("Two capital letters, e.g. FR for France."),
    )
    name = models.CharField(_("name"), max_length=100, blank=True)
    region = models.CharField(_("region"), max_length=32, choices=COUNTRY_REGIONS)

    panels = [FieldPanel("code"), FieldPanel("region")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self):
        return self.display_name

    def save(self, *args, **kwargs):
        self.code = self.code.upper()
        if self.code in ISO_COUNTRY_CODES:
            self.name = country_name(self.code, "en")
            self.region = self.region or COUNTRY_REGION[self.code]
        super().save(*args, **kwargs)

    @property
    def display_name(self):
        """The country's name in the active language."""
        return self.name_in()

    def name_in(self, language=None):
        """The country's name in `language` (the active language by default)."""
        if self.code.upper() in ISO_COUNTRY_CODES:
            return country_name(self.code, language)
        return self.name or self.code


class Union(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=255)
    acronym = models.CharField(_("acronym"), max_length=50, unique=True)
    country = models.ForeignKey(
        Country, verbose_name=_("country"), on_delete=models.PROTECT, related_name="unions"
    )
    sectors = models.ManyToManyField(Sector, verbose_name=_("sectors"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("acronym"),
        FieldPanel("country"),
        FieldPanel("sectors"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("acronym"),
        index.AutocompleteField("name"),
        index.AutocompleteField("acronym"),
    ]

    class Meta:
        ordering = ["acronym"]
        verbose_name = _("union")
        verbose_name_plural = _("unions")

    def __str__(self):
        return f"{self.acronym} — {self.name}" if self.acronym != self.name else self.name


class Theme(TranslatableMixin, models.Model):
    number = models.PositiveSmallIntegerField(
        _("number"), help_text=_("The theme's number in the hub, 1 to 8.")
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100)
    summary = models.TextField(_("summary"))
    why_it_matters = RichTextField(_("why it matters"), blank=True)
    how_unions_respond = RichTextField(_("how unions respond"), blank=True)

    panels = [
        FieldPanel("number"),
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("why_it_matters"),
        FieldPanel("how_unions_respond"),
    ]
    api_fields = [APIField("number"), APIField("title"), APIField("summary")]
    translatable_fields = [
        SynchronizedField("number", overridable=False),
        SynchronizedField("slug", overridable=False),
        TranslatableField("title"),
        TranslatableField("summary"),
        TranslatableField("why_it_matters"),
        TranslatableField("how_unions_respond"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["number"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [
            models.UniqueConstraint(
                fields=["number", "locale"], name="unique_theme_number_per_locale"
            )
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"


class SubTheme(TranslatableMixin, models.Model):
    theme = models.ForeignKey(
        Theme, verbose_name=_("theme"), on_delete=models.CASCADE, related_name="subthemes"
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100)
    commentary = models.TextField(_("commentary"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("theme"),
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("commentary"),
        FieldPanel("sort_order"),
    ]
    # The theme reference stays on the default language's theme; pages show its translation.
    translatable_fields = [
        SynchronizedField("theme", overridable=False),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order", overridable=False),
        TranslatableField("title"),
        TranslatableField("commentary"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["theme__number", "sort_order", "title"]
        verbose_name = _("sub-theme")
        verbose_name_plural = _("sub-themes")

    def __str__(self):
        return self.title
