"""The course (`course`) and the tools and guides it teaches (`tools`). Every model is importable
from here, as `workshops.models.X`, the path migrations and other apps name."""

from .course import WORKSHOP_COUNT, WorkshopIndexPage, WorkshopMaterial, WorkshopPage
from .tools import ToolDownload, ToolIndexPage, ToolPage

__all__ = [
    "WORKSHOP_COUNT",
    "ToolDownload",
    "ToolIndexPage",
    "ToolPage",
    "WorkshopIndexPage",
    "WorkshopMaterial",
    "WorkshopPage",
]
