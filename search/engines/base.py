"""What the Elasticsearch and database engines share: fetching records in a given order and
as-you-type suggestions (which the registered sources find through Wagtail's own
autocomplete API, on whichever backend answers)."""

from search import analysis, registry

from .types import Results


def in_order(queryset, pks):
    """The records of `queryset` with primary keys `pks`, in that order (missing ones, e.g.
    deleted since they were indexed, left out)."""
    found = queryset.in_bulk([int(pk) for pk in pks])
    return [found[int(pk)] for pk in pks if int(pk) in found]


class BaseEngine:
    name = ""

    def __init__(self, backend):
        self.backend = backend

    def suggest(self, query):
        text = " ".join(analysis.terms(query.text))
        items = []
        if text:
            for source in registry.suggestion_sources():
                items.extend(source.find(self.backend, text, query.locale, query.limit))
        return Results(
            total=len(items), page=1, page_size=query.limit, hits=items, engine=self.name
        )
