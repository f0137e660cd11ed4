"""The Digital Impact Framework's self-assessment: a team chooses its level on each dimension and
gets its result as a page with a chart, a dated PDF and a small file to compare with next time."""

from django.utils.translation import gettext_lazy as _

from ..registry import Tool, register

TOOL = register(
    Tool(
        key="impact_framework",
        label=_("Self-assessment on the dimensions (Digital Impact Framework)"),
        entry="impact_assess",
        start_template="workshops/tools/impact/start.html",
        urls="workshops.tools.impact.urls",
    )
)
