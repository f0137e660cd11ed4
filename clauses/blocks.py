"""The hub's own content blocks.

A way in is a card of the hub landing; the editor says where it leads (`target`), so that the
cards can be reordered, added or removed without any card leading somewhere else. The code is
not translated: wagtail-localize offers no segment for a choice, so a translation of the hub
keeps its source's targets (`clauses.templatetags.ways_in_tags` resolves each to the address in
the reader's language)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ourdigitalfuture.core.blocks import TitledTextBlock

WAY_IN_TARGETS = [
    ("themes", _("Themes and report view")),
    ("database", _("Database view")),
    ("search", _("Keyword search")),
    ("submit", _("Submit a clause")),
]


class WayInBlock(TitledTextBlock):
    """A titled text whose whole card leads to one of the hub's views, or nowhere."""

    target = blocks.ChoiceBlock(
        label=_("Leads to"),
        choices=WAY_IN_TARGETS,
        required=False,
        help_text=_(
            "Where the card leads when a reader clicks it, in the reader's language: the first "
            "theme's report view, the database view, the database's keyword search box or the "
            "form to submit a clause. Leave empty for a card that is not a link."
        ),
    )

    class Meta:
        label = _("Way in")
        preview_value = {
            "title": "Database view",
            "text": "<p>Filter every clause.</p>",
            "target": "database",
        }
