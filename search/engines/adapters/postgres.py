"""The adapter for PostgreSQL: the tsvector columns of Wagtail's PostgreSQL backend
(django-modelsearch), GIN-indexed. `search/tests/test_modelsearch_schema.py` checks that
IndexEntry still has them (VECTOR_COLUMNS) as tsvector columns."""

import math

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import Count, F, Q

from search import analysis

from .base import IndexAdapter, index_entries

# The IndexEntry columns holding the indexed text as tsvectors, and their weights in ranking.
VECTOR_COLUMNS = ("title", "body")
WEIGHTS = {"title": 3, "body": 1}


class PostgresAdapter(IndexAdapter):
    def __init__(self, backend):
        super().__init__(backend)
        self.config = backend.config

    def query(self, stems):
        # The same configuration as the index, so the prefixes are stemmed as its words were.
        # A term shorter than a stem ("y", "de") is matched whole, as on SQLite: as a prefix it
        # would match most words of the language.
        raw = " | ".join(f"'{s}':*" if len(s) >= analysis.MIN_STEM else f"'{s}'" for s in stems)
        return SearchQuery(raw, search_type="raw", config=self.config)

    @staticmethod
    def matches(query):
        condition = Q()
        for column in VECTOR_COLUMNS:
            condition |= Q(**{column: query})
        return condition

    def entries(self, stems):
        return index_entries().filter(self.matches(self.query(stems)))

    def ranked_rows(self, stems, entries, offset, limit):
        """ts_rank weighted by each term's rarity. ts_rank alone counts occurrences without
        inverse document frequency, so a common prefix ("work*") would outrank the one rare
        word a reader is looking for ("observatory")."""
        terms = [self.query([stem]) for stem in stems]
        frequencies = self.entries(stems).aggregate(
            **{f"t{i}": Count("pk", filter=self.matches(term)) for i, term in enumerate(terms)}
        )
        total = index_entries().count()
        score = None
        for i, term in enumerate(terms):
            found = frequencies[f"t{i}"] or 0
            weight = math.log(1 + (total - found + 0.5) / (found + 0.5))
            rank = None
            for column in VECTOR_COLUMNS:
                part = SearchRank(F(column), term) * WEIGHTS[column]
                rank = part if rank is None else rank + part
            part = rank * weight
            score = part if score is None else score + part
        return list(
            entries.filter(pk__in=self.entries(stems).values("pk"))
            .annotate(score=score)
            .order_by("-score", "object_id")
            .values_list("content_type_id", "object_id")[offset : offset + limit]
        )
