"""The hub's clause database: its form, view, taxonomy cache and what it registers with
`search` (the index spec of the faceted search, the clause kind of site search result, the
search boxes' suggestions).

`register()` runs from ClausesConfig.ready(): it registers those with `search.registry` and
connects the taxonomy cache's signals, and those that index a clause's other versions again
when one is saved or deleted (`clauses.models.versions`)."""

from django.db.models.signals import post_delete, post_save

from clauses.models import Clause
from clauses.models.versions import reindex_other_versions
from search import registry

from . import spec, taxonomy


def register():
    registry.register_index(spec.CLAUSES)
    registry.register_site_kind(spec.CLAUSE_KIND)
    registry.register_suggestions(spec.SUGGESTIONS)
    taxonomy.connect_signals()
    uid = "reindex-other-versions"
    post_save.connect(reindex_other_versions, sender=Clause, dispatch_uid=uid)
    post_delete.connect(reindex_other_versions, sender=Clause, dispatch_uid=uid)
