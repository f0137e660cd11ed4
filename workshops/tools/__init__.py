"""The interactive tools a tool page can offer, built on the page's own content. Nothing a visitor
enters is stored (see `responses`).

Each tool is a module or subpackage here that registers itself with `registry` when imported:
importing this package registers them all. A tool's views and its PDF and spreadsheet code are
imported only when one of its addresses is first visited."""

# isort: off
# In the order editors see them (the choices of `ToolPage.interactive`).
from . import impact
from . import checklist
from . import data_rights
from . import lifecycle

# isort: on
from . import registry

__all__ = ["checklist", "data_rights", "impact", "lifecycle", "registry"]
