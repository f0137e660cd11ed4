"""Blocks that give each tool's structure its shape: phases, parts, themes, ways in, steps, and
the Digital Impact Framework's dimensions with their five levels."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ourdigitalfuture.core.blocks import TitledTextBlock


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


class ClauseIdentifierBlock(blocks.RegexBlock):
    """A hub clause's public identifier, e.g. DBH-0042. Not a translatable string: wagtail-localize
    copies it unchanged into every translation, and the link follows the reader's language."""

    def __init__(self, **kwargs):
        super().__init__(
            regex=r"^DBH-\d{4,}$",
            error_messages={"invalid": _("Enter a hub identifier such as DBH-0042.")},
            max_length=16,
            **kwargs,
        )

    class Meta:
        icon = "link"


class PartBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Part"))
    summary = blocks.TextBlock(label=_("Summary"))
    questions = blocks.ListBlock(blocks.TextBlock(label=_("Question")), label=_("Questions"))
    limits = blocks.ListBlock(blocks.TextBlock(label=_("Limit")), label=_("Limits to set"))
    tips = blocks.ListBlock(blocks.TextBlock(label=_("Tip")), label=_("Tips"))
    gdpr_guidance = blocks.TextBlock(
        label=_("Under the GDPR"),
        required=False,
        help_text=_("The rights workers can use in the EU and EEA, and how to use them."),
    )
    elsewhere_guidance = blocks.TextBlock(
        label=_("Elsewhere"),
        required=False,
        help_text=_("What to check and negotiate where the GDPR does not apply."),
    )
    clauses = blocks.ListBlock(
        ClauseIdentifierBlock(label=_("Hub identifier")),
        label=_("Example clauses"),
        help_text=_("Identifiers of hub clauses that show how other unions set these limits."),
    )

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
            "tips": ["Ask for the list in writing."],
            "gdpr_guidance": "Use the right of access to get a copy of your data.",
            "elsewhere_guidance": "Check whether your national law gives a right of access.",
            "clauses": ["DBH-0019"],
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


LEVEL_COUNT = 5


class LevelBlock(blocks.StructBlock):
    description = blocks.TextBlock(label=_("What the union does at this level"))
    next_level = blocks.TextBlock(
        label=_("What you would be doing at the next level"),
        required=False,
        help_text=_("Leave empty on the fifth level."),
    )

    class Meta:
        icon = "pick"
        label = _("Level")


class DimensionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Dimension"), max_length=120)
    description = blocks.TextBlock(label=_("What it covers"), required=False)
    levels = blocks.ListBlock(
        LevelBlock(),
        min_num=LEVEL_COUNT,
        max_num=LEVEL_COUNT,
        label=_("Levels 1 to 5"),
        help_text=_("Exactly five levels, from the lowest to the highest."),
    )

    class Meta:
        icon = "order"
        label = _("Dimension")
        template = "workshops/blocks/dimension.html"
        description = _("A dimension of the Digital Impact Framework, with its five levels.")
        preview_value = {
            "title": "Members' data",
            "description": "How the union looks after the data it holds about its members.",
            "levels": [
                {"description": f"Level {n} practice.", "next_level": f"Level {n + 1} practice."}
                for n in range(1, LEVEL_COUNT)
            ]
            + [{"description": "Level 5 practice.", "next_level": ""}],
        }


DIMENSION_BLOCKS = [("dimension", DimensionBlock())]
