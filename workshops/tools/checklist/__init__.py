"""The co-governance guide's questions as a checklist for a meeting with management, exported as
PDF or CSV and loaded back from the CSV to continue."""

from django.utils.translation import gettext_lazy as _

from ..registry import Tool, register

TOOL = register(
    Tool(
        key="checklist",
        label=_("Checklist of the themes' questions (co-governance guide)"),
        entry="checklist",
        start_template="workshops/tools/checklist/start.html",
        urls="workshops.tools.checklist.urls",
    )
)
