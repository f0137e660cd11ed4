"""Data Lifecycle at Work on one printable page: for each phase, what to ask management and what
to negotiate. Nothing is entered, so nothing is sent."""

from django.utils.translation import gettext_lazy as _

from ourdigitalfuture.core.routing import route

from . import responses
from .registry import Tool, register

TEMPLATE = "workshops/tools/lifecycle/print.html"


def printable(request, page):
    """The phases on one printable page."""
    phases = [block.value for block in page.structure if block.block_type == "phase"]
    return responses.render(request, page, TEMPLATE, phases=phases)


urlpatterns = [route("print/", printable, "printable")]

TOOL = register(
    Tool(
        key="printable",
        label=_("Printable one-page version of the phases (Data Lifecycle)"),
        entry="printable",
        start_template="workshops/tools/lifecycle/start.html",
        urls=__name__,
    )
)
