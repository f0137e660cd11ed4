"""The hub's clause database: its form, view, taxonomy cache and what it registers with
`search` (the index spec of the faceted search, the clause kind of site search result, the
search boxes' suggestions).

`register()` runs from ClausesConfig.ready(): it registers those with `search.registry` and
connects the taxonomy cache's signals."""

from search import registry

from . import spec, taxonomy


def register():
    registry.register_index(spec.CLAUSES)
    registry.register_site_kind(spec.CLAUSE_KIND)
    registry.register_suggestions(spec.SUGGESTIONS)
    taxonomy.connect_signals()
