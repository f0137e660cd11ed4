"""The Digital Bargaining Hub's models: taxonomy, clauses, submissions and the hub's pages."""

from .choices import (
    BARGAINING_LEVELS,
    CLAUSE_TYPES,
    ORIGINAL_LANGUAGES,
    PROVENANCE_DATES,
    PROVENANCE_FIELDS,
    TEXT_STATUSES,
)
from .clause import Clause, identifier_number, public_clauses
from .pages import HubPage, ThemeHighlight, ThemePage
from .submission import ClauseSubmission
from .taxonomy import Country, Sector, SubTheme, Theme, Union
from .worker import WorkerHeartbeat

__all__ = [
    "BARGAINING_LEVELS",
    "CLAUSE_TYPES",
    "ORIGINAL_LANGUAGES",
    "PROVENANCE_DATES",
    "PROVENANCE_FIELDS",
    "TEXT_STATUSES",
    "identifier_number",
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
    "public_clauses",
]
