"""The Digital Bargaining Hub's models: taxonomy, clauses, submissions and the hub's pages."""

from .clause import CLAUSE_TYPES, Clause
from .pages import HubPage, ThemeHighlight, ThemePage
from .submission import ClauseSubmission
from .taxonomy import REGIONS, Country, Sector, SubTheme, Theme, Union
from .worker import WorkerHeartbeat

__all__ = [
    "CLAUSE_TYPES",
    "REGIONS",
    "Clause",
    "ClauseSubmission",
    "Country",
    "HubPage",
    "Sector",
    "SubTheme",
    "Theme",
    "ThemeHighlight",
    "ThemePage",
    "Union",
    "WorkerHeartbeat",
]
