"""Wagtail's database search backend, with what a visitor types made safe for it.

Use it in WAGTAILSEARCH_BACKENDS as ``"BACKEND": "search.backends.database"``: it is Wagtail's
``wagtail.search.backends.database`` (the backend matching the database: SQLite's FTS5 table,
PostgreSQL's tsvector columns, or the fallback without an index), with two fixes for the
searches Wagtail itself runs (the admin's listings and choosers, the API):

* Quoting on SQLite. Wagtail's SQLite backend (django-modelsearch) puts each search term inside
  an FTS5 string, ``"term"``, but does not double a ``"`` inside the term as FTS5 requires, so
  any search with a double quote in it (``'"‹``, ``say "hi``) ended in "unterminated string" or
  "fts5: syntax error" and a 500 (wagtail/wagtail#13227). Here every ``"`` is doubled; inside an
  FTS5 string nothing else is special but NUL, which ends the string early and becomes a space.
  FTS5's tokenizer ignores the quote characters themselves, so a search finds what it found
  before, minus the error. A search of nothing but spaces (which the backend cannot build a
  query from) matches nothing.
* Indexing speed on SQLite: see `search.backends.sqlite_bulk`.
* A bound on the terms, on SQLite and PostgreSQL. Both backends combine the terms into a nested
  expression that Django compiles recursively, so a search of a thousand words ended in a
  RecursionError. As in the site's own search (`search.analysis.MAX_TERMS`), only the first
  terms count.
"""

from functools import cache

from django.db import connection
from modelsearch.query import MATCH_ALL, And, Not, Or, Phrase, PlainText
from wagtail.search.backends.database import SearchBackend as WagtailDatabaseSearchBackend

from search.analysis import MAX_TERMS
from search.backends.sqlite_bulk import bulk_backend_class


def bounded(text):
    """`text`'s first MAX_TERMS words (NUL counts as a space), or None if it has none."""
    words = text.replace("\x00", " ").split()[:MAX_TERMS]
    return " ".join(words) if words else None


def transformed(query, text_of):
    """`query` (a modelsearch query) with the text of each term and phrase passed through
    `text_of`; text without words matches nothing."""
    if isinstance(query, (PlainText, Phrase)):
        text = bounded(query.query_string)
        if text is None:
            return Not(MATCH_ALL)
        if isinstance(query, Phrase):
            return Phrase(text_of(text))
        return PlainText(text_of(text), operator=query.operator, boost=query.boost)
    if isinstance(query, Not):
        return Not(transformed(query.subquery, text_of))
    if isinstance(query, (And, Or)):
        return type(query)([transformed(subquery, text_of) for subquery in query.subqueries])
    return query


def fts5_text(text):
    """`text` fit for the inside of an FTS5 string: each double quote doubled."""
    return text.replace('"', '""')


def as_is(text):
    return text


@cache
def safe_backend_class(backend_class, text_of):
    """`backend_class` whose query compilers transform the query first (see `transformed`)."""

    def safe(compiler_class):
        class SafeQueryCompiler(compiler_class):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.query = transformed(self.query, text_of)

        SafeQueryCompiler.__name__ = f"Safe{compiler_class.__name__}"
        return SafeQueryCompiler

    return type(
        f"Safe{backend_class.__name__}",
        (backend_class,),
        {
            "query_compiler_class": safe(backend_class.query_compiler_class),
            "autocomplete_query_compiler_class": safe(
                backend_class.autocomplete_query_compiler_class
            ),
        },
    )


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up in a backend module)
    backend = WagtailDatabaseSearchBackend(params)
    if connection.vendor == "sqlite":
        from wagtail.search.backends.database.sqlite.sqlite import (
            ObjectIndexer,
            SQLiteSearchBackend,
        )

        if type(backend) is SQLiteSearchBackend:
            safe = safe_backend_class(SQLiteSearchBackend, fts5_text)
            return bulk_backend_class(safe, ObjectIndexer)(params)
    elif connection.vendor == "postgresql":
        from wagtail.search.backends.database.postgres.postgres import PostgresSearchBackend

        if type(backend) is PostgresSearchBackend:
            return safe_backend_class(PostgresSearchBackend, as_is)(params)
    return backend
