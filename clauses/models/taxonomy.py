"""The hub's taxonomy: themes and sub-themes (translatable), unions, countries and sectors."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ourdigitalfuture.core.regions import COUNTRY_REGIONS


class Sector(models.Model):
    """One of the federation's sectors."""

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=100)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def __str__(self):
        return self.name


class Country(models.Model):
    code = models.CharField(
        _("ISO 3166 code"),
        max_length=2,
        unique=True,
        help_text=_("Two capital letters, e.g. FR for France."),
    )
    name = models.CharField(_("name"), max_length=100)
    region = models.CharField(_("region"), max_length=32, choices=COUNTRY_REGIONS)

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("region")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.code = self.code.upper()
        super().save(*args, **kwargs)


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
