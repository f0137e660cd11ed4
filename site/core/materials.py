"""Training materials: a document from the library or an external link, in a language.

Workshops list their facilitator material and regions their training materials with the same
fields; each page type has its own child model built on `MaterialBase`."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.documents import get_document_model_string
from wagtail.models import Orderable

MATERIAL_KINDS = [
    ("facilitator_guide", _("Facilitator's guide")),
    ("slides", _("Slide deck")),
    ("exercise_slides", _("Exercise slides")),
    ("worksheet", _("Worksheet")),
    ("factsheet", _("Factsheet")),
    ("video", _("Video")),
    ("recording", _("Recording")),
    ("handout", _("Handout")),
    ("reading", _("Background reading")),
]

AUDIENCES = [
    ("organiser", _("Digital Rights Organisers")),
    ("leader", _("Union leaders")),
    ("bargaining", _("Bargaining officers and union staff")),
]


class MaterialBase(Orderable):
    kind = models.CharField(_("kind"), max_length=32, choices=MATERIAL_KINDS)
    title = models.CharField(_("title"), max_length=255)
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("The language the material itself is in."),
    )
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Upload or choose the file, or give an external link below."),
    )
    url = models.URLField(
        _("external link"),
        blank=True,
        help_text=_("A video or a file hosted elsewhere, if there is no document."),
    )
    description = models.CharField(_("description"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("language")]),
        FieldPanel("title"),
        FieldPanel("document"),
        FieldPanel("url"),
        FieldPanel("description"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("title"),
        APIField("language"),
        APIField("link_url"),
        APIField("description"),
    ]

    class Meta(Orderable.Meta):
        abstract = True

    def clean(self):
        super().clean()
        if not self.document_id and not self.url:
            raise ValidationError(_("Choose a document or give an external link."))
        if self.document_id and self.url:
            raise ValidationError(_("Give either a document or an external link, not both."))

    @property
    def link_url(self):
        return self.document.url if self.document_id else self.url

    @property
    def is_external(self):
        return not self.document_id

    def __str__(self):
        return self.title
