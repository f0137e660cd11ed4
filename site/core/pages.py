"""The base every content page type of every app builds on."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index


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

    @classmethod
    def get_indexed_objects(cls):
        # An alias repeats its source's text (indexed once, in its own language).
        return super().get_indexed_objects().filter(alias_of__isnull=True)
