"""The Data Rights Tool: its parts as steps, with guidance for workers under the GDPR or elsewhere
and example clauses from the hub, and a worksheet (XLSX) to log what management says."""

from django.utils.translation import gettext_lazy as _

from ..registry import Tool, register

TOOL = register(
    Tool(
        key="worksheet",
        label=_("Steps through the parts, with a worksheet (Data Rights Tool)"),
        entry="data_rights_steps",
        start_template="workshops/tools/data_rights/start.html",
        urls="workshops.tools.data_rights.urls",
    )
)
