"""A bargaining clause: the contract language, why it matters, every facet to find it by, and
where it comes from (its provenance)."""

import re

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.rich_text import RichTextMaxLengthValidator
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..validators import validate_public_web_address
from . import versions
from .choices import (
    BARGAINING_LEVELS,
    CLAUSE_TYPES,
    ORIGINAL_LANGUAGES,
    TEXT_STATUSES,
)
from .taxonomy import Union

# Bounds of a clause's long texts, in characters (the commentary's counts its text, not its
# markup). The longest clause in the demo content is under 1,000 characters; a whole agreement
# belongs in the source document.
TEXT_MAX_LENGTH = 20_000
COMMENTARY_MAX_LENGTH = 20_000

IDENTIFIER_NUMBER = re.compile(r"(\d+)$")


def identifier_number(identifier):
    """The number an identifier ends with (42 for DBH-0042), by which identifiers sort."""
    found = IDENTIFIER_NUMBER.search(identifier or "")
    return int(found.group(1)) if found else None


def next_identifier():
    """The next free public identifier, DBH-0001 onwards (shared by a clause's translations)."""
    highest = (
        Clause.objects.filter(identifier__startswith="DBH-")
        .order_by("-identifier_number")
        .values_list("identifier_number", flat=True)
        .first()
    )
    return f"DBH-{(highest or 0) + 1:04d}"


class Clause(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    identifier = models.CharField(
        _("identifier"),
        max_length=16,
        blank=True,
        db_index=True,
        help_text=_("The public identifier for citation, e.g. DBH-0042. Leave empty for the next."),
    )
    # The identifier's number, so that DBH-2000 sorts before DBH-10000 (set on save).
    identifier_number = models.PositiveIntegerField(null=True, editable=False, db_index=True)
    title = models.CharField(_("title"), max_length=255)
    text = models.TextField(
        _("clause text"),
        max_length=TEXT_MAX_LENGTH,
        # Django checks a TextField's max_length in forms only; the validator also holds for
        # the import and every other save through full_clean().
        validators=[MaxLengthValidator(TEXT_MAX_LENGTH)],
        help_text=_("The contract language itself, as agreed or proposed."),
    )
    commentary = RichTextField(
        _("commentary"),
        blank=True,
        max_length=COMMENTARY_MAX_LENGTH,
        validators=[RichTextMaxLengthValidator(COMMENTARY_MAX_LENGTH)],
        help_text=_("Why it matters and how negotiators can use or adapt it."),
    )
    themes = ParentalManyToManyField(
        "clauses.Theme", verbose_name=_("themes"), blank=True, related_name="clauses"
    )
    subthemes = ParentalManyToManyField(
        "clauses.SubTheme", verbose_name=_("sub-themes"), blank=True, related_name="clauses"
    )
    clause_type = models.CharField(_("clause type"), max_length=32, choices=CLAUSE_TYPES)
    unions = ParentalManyToManyField(
        "clauses.Union",
        verbose_name=_("signatory unions"),
        blank=True,
        related_name="clauses",
        help_text=_("The unions that signed the agreement, or that drafted the model clause."),
    )
    country = models.ForeignKey(
        "clauses.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="clauses",
        help_text=_("Leave empty for international or European agreements."),
    )
    sectors = ParentalManyToManyField(
        "clauses.Sector", verbose_name=_("sectors"), blank=True, related_name="clauses"
    )
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True, db_index=True)
    source_title = models.CharField(
        _("source agreement"),
        max_length=300,
        blank=True,
        help_text=_("The agreement's or law's title."),
    )
    employer = models.CharField(
        _("employer or public authority"),
        max_length=300,
        blank=True,
        help_text=_("Who signed the agreement on the employers' side. Leave empty if unknown."),
    )
    bargaining_level = models.CharField(
        _("bargaining level"),
        max_length=16,
        choices=BARGAINING_LEVELS,
        blank=True,
        db_index=True,
        help_text=_("The level at which the agreement was bargained. Leave empty if unknown."),
    )
    date_signed = models.DateField(_("date signed"), null=True, blank=True)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    workers_covered = models.PositiveIntegerField(
        _("workers covered"),
        null=True,
        blank=True,
        help_text=_("How many workers the agreement covers, as its source states it."),
    )
    text_status = models.CharField(
        _("verbatim or summary"),
        max_length=16,
        choices=TEXT_STATUSES,
        blank=True,
        db_index=True,
        help_text=_(
            "Whether the clause text quotes the source or summarises it. Leave empty if unknown."
        ),
    )
    source_url = models.URLField(
        _("source link"), blank=True, max_length=500, validators=[validate_public_web_address]
    )
    source_document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("source document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    original_language = models.CharField(
        _("original language"), max_length=8, choices=ORIGINAL_LANGUAGES, default="en"
    )
    keywords = models.CharField(
        _("keywords"), max_length=300, blank=True, help_text=_("Comma-separated, e.g. gps, data")
    )
    is_synthetic = models.BooleanField(
        _("synthetic"),
        default=False,
        help_text=_("Generated for volume tests; never real contract language."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Let deleting a clause delete its revisions and workflow states too (Wagtail's pattern).
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="clause")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="clause",
        for_concrete_model=False,
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("identifier"),
        FieldPanel("text"),
        FieldPanel("commentary"),
        MultiFieldPanel(
            [
                FieldPanel("clause_type"),
                FieldPanel("themes"),
                FieldPanel("subthemes"),
                FieldPanel("unions"),
                FieldRowPanel([FieldPanel("country"), FieldPanel("year")]),
                FieldPanel("sectors"),
                FieldPanel("original_language"),
                FieldPanel("keywords"),
            ],
            heading=_("Facets"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("source_title"),
                FieldPanel("employer"),
                FieldRowPanel([FieldPanel("bargaining_level"), FieldPanel("text_status")]),
                FieldRowPanel(
                    [
                        FieldPanel("date_signed"),
                        FieldPanel("valid_from"),
                        FieldPanel("valid_until"),
                    ]
                ),
                FieldPanel("workers_covered"),
                FieldPanel("source_url"),
                FieldPanel("source_document"),
            ],
            heading=_("Source"),
        ),
    ]

    # The wording is translated; the facets are the same fact in every language. Facets point at
    # the default language's themes and sub-themes, and pages show their translations.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("text"),
        TranslatableField("commentary"),
        TranslatableField("keywords"),
        TranslatableField("source_title"),
        SynchronizedField("identifier", overridable=False),
        SynchronizedField("clause_type", overridable=False),
        SynchronizedField("themes", overridable=False),
        SynchronizedField("subthemes", overridable=False),
        SynchronizedField("unions", overridable=False),
        SynchronizedField("country", overridable=False),
        SynchronizedField("sectors", overridable=False),
        SynchronizedField("year", overridable=False),
        SynchronizedField("identifier_number", overridable=False),
        SynchronizedField("employer"),
        SynchronizedField("bargaining_level", overridable=False),
        SynchronizedField("date_signed", overridable=False),
        SynchronizedField("valid_from", overridable=False),
        SynchronizedField("valid_until", overridable=False),
        SynchronizedField("workers_covered", overridable=False),
        SynchronizedField("text_status", overridable=False),
        SynchronizedField("source_url"),
        SynchronizedField("source_document"),
        SynchronizedField("original_language", overridable=False),
        SynchronizedField("is_synthetic", overridable=False),
    ]

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("text"),
        index.SearchField("commentary"),
        index.SearchField("keywords", boost=2),
        index.SearchField("source_title"),
        index.AutocompleteField("title"),
        # Facets of the hub's database view (search.engines): Elasticsearch filters and counts
        # on these; the identifier also orders results with equal scores or years.
        index.FilterField("identifier"),
        index.FilterField("identifier_number"),
        index.FilterField("bargaining_level"),
        index.FilterField("text_status"),
        index.FilterField("themes"),
        index.FilterField("subthemes"),
        index.FilterField("unions"),
        index.FilterField("sectors"),
        index.FilterField("clause_type"),
        index.FilterField("country"),
        index.FilterField("year"),
        index.FilterField("original_language"),
        index.FilterField("locale"),
        index.FilterField("live"),
        # The languages whose readers are shown this version of the clause (`versions`).
        index.FilterField("shown_in"),
    ]
    api_fields = [
        APIField("identifier"),
        APIField("title"),
        APIField("text"),
        APIField("commentary"),
        APIField("clause_type"),
        APIField("year"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["identifier_number", "identifier"]
        verbose_name = _("clause")
        verbose_name_plural = _("clauses")
        # A clause page's related clauses (clauses.views.related_clauses): one language's
        # clauses newest first, read in index order until enough share a sub-theme.
        indexes = [
            models.Index(fields=["locale", "-year", "identifier"], name="clause_locale_year_ident")
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["identifier", "locale"], name="unique_clause_identifier_per_locale"
            )
        ]

    def __str__(self):
        return f"{self.identifier} {self.title}".strip()

    def clean(self):
        super().clean()
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("The agreement cannot end before it starts.")})

    def save(self, *args, **kwargs):
        if not self.identifier:
            self.identifier = next_identifier()
        self.identifier_number = identifier_number(self.identifier)
        super().save(*args, **kwargs)

    @property
    def revisions(self):
        return self._revisions

    def shown_in(self):
        """The language codes in which the clause database shows this version (`versions`)."""
        return versions.shown_in(self)

    @classmethod
    def prepare_search_documents(cls, items):
        """Called by the search backend before indexing a chunk of clauses."""
        versions.prepare_for_indexing(cls, items)

    def keyword_list(self):
        return [k.strip() for k in self.keywords.split(",") if k.strip()]

    def get_preview_template(self, request, mode_name):
        return "clauses/clause_preview.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["clause"] = self
        return context


def public_clauses():
    """Live clauses with everything a clause box shows, in a bounded number of queries."""
    return (
        Clause.objects.filter(live=True)
        .select_related("country", "locale")
        .prefetch_related(
            Prefetch("unions", queryset=Union.objects.only("id", "acronym", "name")),
            "sectors",
        )
    )
