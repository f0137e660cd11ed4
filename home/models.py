"""The site's own pages: the home page of each locale."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class HomePage(Page):
    """The root of each language's tree: what the project is and where to go next."""

    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("One or two paragraphs saying what the project is and who it is for."),
    )

    parent_page_types = ["wagtailcore.Page"]
    max_count = None  # one per locale root: one per language

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("home page")
