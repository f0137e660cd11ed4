"""One adapter per database for the database engine (`search.engines.database`): how keyword
matching and ranking run on the index Wagtail's database backend keeps.

* `sqlite.SQLiteAdapter`: the FTS5 table, ranked with bm25 (title weighted 3);
* `postgres.PostgresAdapter`: the tsvector columns, ranked with ts_rank (title weighted 3);
* `base.LikeAdapter`: any other database (Wagtail's fallback backend keeps no index): LIKE on
  the main fields, no ranking.

Each adapter reads django-modelsearch's tables directly; the names and column order it relies
on are constants of its module, checked against the real schema by
`search/tests/test_modelsearch_schema.py`.
"""

from django.db import connection

from .base import LikeAdapter
from .postgres import PostgresAdapter
from .sqlite import SQLiteAdapter

__all__ = ["LikeAdapter", "PostgresAdapter", "SQLiteAdapter", "adapter_for"]


def adapter_for(backend):
    """The adapter for `backend` (a Wagtail search backend) on the current database."""
    # Wagtail's backend modules can only be imported on their own database (their models are
    # vendor-specific), hence the imports here, of the one matching the connection.
    if connection.vendor == "sqlite":
        from wagtail.search.backends.database.sqlite.sqlite import SQLiteSearchBackend

        if isinstance(backend, SQLiteSearchBackend):
            return SQLiteAdapter(backend)
    elif connection.vendor == "postgresql":
        from wagtail.search.backends.database.postgres.postgres import PostgresSearchBackend

        if isinstance(backend, PostgresSearchBackend):
            return PostgresAdapter(backend)
    return LikeAdapter(backend)
