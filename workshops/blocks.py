"""Blocks that give each tool's structure its shape: phases, parts, themes, ways in, steps."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import TitledTextBlock


class PhaseBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Phase"))
    what_to_ask = blocks.ListBlock(blocks.TextBlock(label=_("Question")), label=_("What to ask"))
    what_to_negotiate = blocks.ListBlock(
        blocks.TextBlock(label=_("Demand")), label=_("What to negotiate")
    )

    class Meta:
        icon = "repeat"
        label = _("Lifecycle phase")
        template = "workshops/blocks/phase.html"
        description = _("A phase of the data lifecycle: what to ask and what to negotiate.")
        preview_value = {
            "title": "Collection",
            "what_to_ask": ["Which data is collected, and why?"],
            "what_to_negotiate": ["No collection without a stated purpose."],
        }


class PartBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Part"))
    summary = blocks.TextBlock(label=_("Summary"))
    questions = blocks.ListBlock(blocks.TextBlock(label=_("Question")), label=_("Questions"))
    limits = blocks.ListBlock(blocks.TextBlock(label=_("Limit")), label=_("Limits to set"))

    class Meta:
        icon = "list-ul"
        label = _("Tool part")
        template = "workshops/blocks/part.html"
        description = _("A part of the Data Rights Tool: its questions and the limits to set.")
        preview_value = {
            "title": "Data sources",
            "summary": "Where the data about workers comes from.",
            "questions": ["Which sources feed the system?"],
            "limits": ["No data from private social media accounts."],
        }


class ThemeBlock(blocks.StructBlock):
    number = blocks.IntegerBlock(label=_("Number"), min_value=1)
    title = blocks.CharBlock(label=_("Theme"))
    summary = blocks.TextBlock(label=_("Summary"), required=False)
    questions = blocks.ListBlock(
        blocks.TextBlock(label=_("Question")),
        label=_("Questions to management"),
        help_text=_("Add the questions to put to management under this theme."),
    )

    class Meta:
        icon = "help"
        label = _("Theme with questions")
        template = "workshops/blocks/theme.html"
        description = _("A theme of the co-governance guide and the questions it asks.")
        preview_value = {
            "number": 1,
            "title": "Transparency and procurement contracts",
            "summary": "",
            "questions": ["Which systems are in use?"],
        }


TOOL_STRUCTURE_BLOCKS = [
    ("phase", PhaseBlock()),
    ("part", PartBlock()),
    ("theme", ThemeBlock()),
    (
        "way_in",
        TitledTextBlock(
            label=_("Way in"), description=_("One of the ways into a database or tool.")
        ),
    ),
    (
        "step",
        TitledTextBlock(
            label=_("Step"), description=_("A step in using the tool; steps are numbered.")
        ),
    ),
]
