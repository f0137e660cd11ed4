"""The database engine's adapters (search/engines/adapters) read django-modelsearch's tables
directly: the IndexEntry table, SQLite's FTS5 table and the order of its columns (bm25 takes
one weight per column, by position), PostgreSQL's tsvector columns. modelsearch does not
promise any of that, so a new version could change it under us without a single error, only
worse results. These tests compare what the adapters expect with what modelsearch's models,
migrations and SQL actually create in the test database, and fail loudly if they differ."""

import re
from pathlib import Path

import modelsearch
import pytest
from django.db import connection
from wagtail.search.backends import get_search_backend

from search.engines.adapters import PostgresAdapter, SQLiteAdapter, adapter_for, postgres, sqlite
from search.engines.adapters.base import INDEX_ENTRY_FIELDS, index_entry_model

pytestmark = pytest.mark.django_db

MIGRATIONS = Path(modelsearch.__file__).parent / "migrations"
FTS5_TABLE = re.compile(r"CREATE VIRTUAL TABLE (\S+) USING fts5\(([^)]*)\)")


def columns_of(table):
    with connection.cursor() as cursor:
        return [c.name for c in connection.introspection.get_table_description(cursor, table)]


def test_the_database_backend_gets_the_adapter_for_its_database():
    # Were Wagtail's backend classes to move or be renamed, the engine would fall back to
    # LIKE matching without ranking, silently.
    adapter = adapter_for(get_search_backend("default"))
    expected = {"sqlite": SQLiteAdapter, "postgresql": PostgresAdapter}[connection.vendor]
    assert type(adapter) is expected


def test_index_entry_has_the_fields_and_columns_the_adapters_read():
    model = index_entry_model()
    fields = {name: model._meta.get_field(name) for name in INDEX_ENTRY_FIELDS}
    columns = columns_of(model._meta.db_table)
    for field in fields.values():
        assert field.column in columns, f"{model._meta.db_table} has no column {field.column}"


def test_modelsearch_migrations_create_the_fts5_columns_in_the_adapters_order():
    """Read from modelsearch's migrations, whatever the database of this test run."""
    found = [
        (table, [column.strip() for column in columns.split(",")])
        for path in sorted(MIGRATIONS.glob("*.py"))
        for table, columns in FTS5_TABLE.findall(path.read_text())
    ]
    assert found, "modelsearch's migrations no longer create an FTS5 table"
    for table, columns in found:
        assert columns == list(sqlite.FTS_COLUMNS), f"{table}: fts5({', '.join(columns)})"


def test_the_sqlite_weights_and_matched_columns_name_fts5_columns():
    assert set(sqlite.WEIGHTS) == set(sqlite.FTS_COLUMNS)
    assert set(sqlite.MATCHED) <= set(sqlite.FTS_COLUMNS)


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 table")
def test_the_fts5_table_in_the_database_has_the_adapters_columns_in_order():
    table = sqlite.fts_table()
    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA table_info({table})")
        columns = [row[1] for row in cursor.fetchall()]
    assert columns == list(sqlite.FTS_COLUMNS)
    assert table == f"{index_entry_model()._meta.db_table}_fts"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's tsvector columns")
def test_the_index_entry_text_columns_are_tsvectors():
    table = index_entry_model()._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT column_name, udt_name FROM information_schema.columns WHERE table_name = %s",
            [table],
        )
        types = dict(cursor.fetchall())
    for column in postgres.VECTOR_COLUMNS:
        assert types.get(column) == "tsvector", f"{table}.{column} is {types.get(column)}"
    assert set(postgres.WEIGHTS) == set(postgres.VECTOR_COLUMNS)
