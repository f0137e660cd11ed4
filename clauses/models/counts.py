"""Live clauses per theme and per sub-theme, as the clause database counts them for a reader of
a language: each clause once, in the version it shows that reader (`versions.shown_versions`),
under the default language's theme and sub-theme records the clauses point at (the records the
database view filters on). Two GROUP BY queries, whatever the number of themes or clauses."""

from dataclasses import dataclass

from django.db.models import Count

from .clause import Clause
from .versions import shown_versions

# Where a request keeps the counts it has read (a theme page and its navigator share them).
COUNTS_ATTRIBUTE = "_hub_clause_counts"


@dataclass
class ThemeCounts:
    """{primary key: live clauses} of the default language's themes and sub-themes."""

    themes: dict
    subthemes: dict


def clause_counts(language, request=None):
    """The clause counts for a reader of `language` (read once per request when `request` is
    given)."""
    memo = getattr(request, COUNTS_ATTRIBUTE, None) if request is not None else None
    if memo is not None and language in memo:
        return memo[language]
    shown = shown_clauses(language).values("pk")
    themes = Clause.themes.through.objects.filter(clause__in=shown).order_by()
    subthemes = Clause.subthemes.through.objects.filter(clause__in=shown).order_by()
    counts = ThemeCounts(
        themes=dict(themes.values_list("theme").annotate(n=Count("clause"))),
        subthemes=dict(subthemes.values_list("subtheme").annotate(n=Count("clause"))),
    )
    if request is not None:
        memo = memo if memo is not None else {}
        memo[language] = counts
        setattr(request, COUNTS_ATTRIBUTE, memo)
    return counts


def shown_clauses(language):
    """The live clauses the clause database lists for a reader of `language`: each once."""
    return Clause.objects.filter(live=True).filter(shown_versions(Clause, language)).order_by()


def facet_counts(language):
    """{(clause type, year, country code, country name): live clauses} for a reader of
    `language`, counted as `clause_counts` counts them: one GROUP BY query (the hub's charts)."""
    rows = shown_clauses(language).values_list(
        "clause_type", "year", "country__code", "country__name"
    )
    return {row[:4]: row[4] for row in rows.annotate(n=Count("pk"))}
