"""The adapter for SQLite: the FTS5 table of Wagtail's SQLite backend (django-modelsearch).

modelsearch creates the table as ``fts5(autocomplete, body, title)`` (FTS_COLUMNS): bm25 takes
one weight per column in that order, so the order matters as much as the names.
`search/tests/test_modelsearch_schema.py` compares both with the table the migrations create.
"""

from django.db import connection
from django.db.models.expressions import RawSQL

from search import analysis

from .base import IndexAdapter, get_app_config, index_entries

FTS_MODEL = "SQLiteFTSIndexEntry"
# The FTS5 table's columns, in the order modelsearch's migration creates them.
FTS_COLUMNS = ("autocomplete", "body", "title")
# bm25 weight of each column: the title counts three times the body; autocomplete not at all.
WEIGHTS = {"autocomplete": 0.0, "body": 1.0, "title": 3.0}
# The columns a keyword search matches.
MATCHED = ("title", "body")


def fts_table():
    return get_app_config().get_model(FTS_MODEL)._meta.db_table


class SQLiteAdapter(IndexAdapter):
    """The full-text query always runs first, once, as a subquery or CTE: joined row by row,
    SQLite would run it per row."""

    # FTS5 runs the match again in every statement that uses it; SQLite's values are typed per
    # value, so the counts' UNION ALL keeps each facet's type.
    counts_together = True

    def __init__(self, backend):
        super().__init__(backend)
        self.table = fts_table()

    def expression(self, stems):
        # Terms are letters and digits only (search.analysis), so quoting cannot break out.
        parts = [f'"{s}"*' if len(s) >= analysis.MIN_STEM else f'"{s}"' for s in stems]
        return "{" + " ".join(MATCHED) + "} : (" + " OR ".join(parts) + ")"

    def entries(self, stems):
        matching = RawSQL(
            f"SELECT rowid FROM {self.table} WHERE {self.table} MATCH %s",
            (self.expression(stems),),
        )
        return index_entries().filter(id__in=matching)

    def ranked_rows(self, stems, entries, offset, limit):
        """(content type, object id) of `entries` in bm25 order (lower is better)."""
        weights = ", ".join(str(WEIGHTS[column]) for column in FTS_COLUMNS)
        sql, params = entries.values("id", "content_type_id", "object_id").query.sql_with_params()
        query = (
            f"WITH hits AS MATERIALIZED (SELECT rowid AS id, "
            f"bm25({self.table}, {weights}) AS score FROM {self.table} "
            f"WHERE {self.table} MATCH %s) "
            f"SELECT e.content_type_id, e.object_id FROM hits JOIN ({sql}) e ON e.id = hits.id "
            "ORDER BY hits.score, e.object_id LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(query, [self.expression(stems), *params, limit, offset])
            return cursor.fetchall()
