"""Faster indexing for Wagtail's SQLite search backend (django-modelsearch's FTS5 index), used by
`search.backends.database` on SQLite: what `update_index` for 100,000 clauses spends its time on.

Wagtail's `SQLiteIndex.add_items` (1) reads every search field of an object three times (once
for the title, once for the body, once for the autocomplete text: a rich text's tags are
stripped three times); (2) updates the entries of objects already indexed one UPDATE per
object; and (3) after every chunk recomputes the title norms with two scans of the whole
index, so a rebuild's cost grew with the square of the table. Here (1) each field is read once
(`search.backends.index_texts`; `update_index` even gives rows instead of model instances,
`chunk_reader`); (2) `write_entries` leaves unchanged entries alone, deletes the changed ones
in one statement and inserts the changed and new ones in one (the FTS5 table follows through
the backend's triggers, which cost five times less inside one statement than in one
statement per entry); and (3) during a rebuild (`SQLiteSearchRebuilder`, which `update_index`
uses) the norms are computed once, at the end, as the rebuilder already does for the whole
index, without the FTS5 trigger that would rewrite every row's texts for a change of norm
(`fts_trigger_set_aside`). Outside a rebuild (an editor publishing one clause) the norms are
refreshed after each call, as before. 100,000 clauses: 51 s -> 12 s into an empty index, 83 s
-> 12 s again unchanged, 110 s -> 39 s all changed (2 cores, load average 8-16).

The classes are built from the backend's own (`bulk_backend_class`), because Wagtail's SQLite
module can only be imported when the database is SQLite.
"""

import sqlite3
from contextlib import contextmanager
from functools import cache, lru_cache

from django.db import transaction
from django.utils.encoding import force_str
from django.utils.functional import cached_property
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.utils import get_content_type_pk

from .index_texts import IndexRow, instance_texts, row_reader, text_fields


@contextmanager
def fts_trigger_set_aside(connection, table):
    """The FTS5 table holds the texts, not the title norms; yet the backend's trigger on any
    UPDATE of an entry rewrites its FTS5 row. While the norms of the whole index are updated
    (the end of a rebuild: 12 s of the 72 s for 100,000 clauses), that trigger is dropped and
    then created again from its own SQL, in one transaction."""
    name = f"update_{table}_fts"
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        cursor.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = %s", [name])
        found = cursor.fetchone()
        if found:
            cursor.execute(f'DROP TRIGGER "{name}"')
        yield
        if found:
            cursor.execute(found[0])


def indexer_class(base):
    """Wagtail's ObjectIndexer reading each search field once for the three texts."""

    class SinglePassIndexer(base):
        @cached_property
        def texts(self):
            title, body, autocomplete = [], [], []
            for field in self.search_fields:
                for current, value in self.prepare_field(self.obj, field):
                    if isinstance(current, AutocompleteField):
                        autocomplete.append(value)
                    elif isinstance(current, SearchField):
                        (title if current.field_name == "title" else body).append(value)
            return " ".join(title), " ".join(body), " ".join(autocomplete)

        @property
        def title(self):
            return self.texts[0]

        @property
        def body(self):
            return self.texts[1]

        @property
        def autocomplete(self):
            return self.texts[2]

    return SinglePassIndexer


# The columns of an entry written by `write_entries`.
ENTRY_COLUMNS = (
    "id",
    "content_type_id",
    "object_id",
    "title",
    "body",
    "autocomplete",
    "title_norm",
)


@lru_cache(maxsize=16)
def insert_sql(table, count):
    values = ", ".join([f"({', '.join(['%s'] * len(ENTRY_COLUMNS))})"] * count)
    return f'INSERT INTO "{table}" ({", ".join(ENTRY_COLUMNS)}) VALUES {values}'


def variable_limit(connection):
    """How many parameters one statement can take on `connection` (SQLite's own limit where
    Python can read it; Django assumes 999)."""
    connection.ensure_connection()
    getlimit = getattr(connection.connection, "getlimit", None)
    if getlimit is None:
        return connection.features.max_query_params
    return getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)


def batches(items, size):
    return [items[start : start + size] for start in range(0, len(items), size)]


def write_entries(connection, table, content_type_pk, texts):
    """Index `texts` ({object id: (title, body, autocomplete)}) of one content type.

    An entry whose texts are unchanged is left as it is; a changed one is deleted and written
    again with its id and title norm (as Wagtail's UPDATE kept them); a new one is inserted
    with the norm 1.0 (recomputed later). Each step is one statement for many entries, the
    backend's triggers keeping the FTS5 table in step: FTS5 writes its pending terms out at the
    end of each statement, and whenever a row comes before the last one it wrote, so a
    statement per entry, or an UPDATE (a delete and an insert of the same row), cost five
    times as much."""
    size = max(1, variable_limit(connection) // len(ENTRY_COLUMNS))
    ids = list(texts)
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        found = {}
        for part in batches(ids, size - 1):
            cursor.execute(
                f'SELECT object_id, id, title, body, autocomplete, title_norm FROM "{table}" '
                f"WHERE content_type_id = %s AND object_id IN ({', '.join(['%s'] * len(part))})",
                [content_type_pk, *part],
            )
            found.update((row[0], row[1:]) for row in cursor.fetchall())
        rows, changed = [], []
        for object_id, (title, body, autocomplete) in texts.items():
            entry = found.get(object_id)
            if entry is None:
                rows.append((None, content_type_pk, object_id, title, body, autocomplete, 1.0))
            elif entry[1:4] != (title, body, autocomplete):
                changed.append(entry[0])
                rows.append(
                    (entry[0], content_type_pk, object_id, title, body, autocomplete, entry[4])
                )
        for part in batches(changed, size):
            cursor.execute(
                f'DELETE FROM "{table}" WHERE id IN ({", ".join(["%s"] * len(part))})', part
            )
        for part in batches(rows, size):
            cursor.execute(insert_sql(table, len(part)), [value for row in part for value in row])


@cache
def bulk_backend_class(backend_class, object_indexer):
    """`backend_class` (Wagtail's SQLite backend, or a subclass) with the index and rebuilders
    described above; `object_indexer` is its module's ObjectIndexer."""
    indexer = indexer_class(object_indexer)

    class BulkSQLiteIndex(backend_class.index_class):
        # Set by the rebuilders below while `update_index` fills the index.
        rebuilding = False

        def texts(self, model, obj):
            if isinstance(obj, IndexRow):
                return obj.texts
            fields = text_fields(model)
            if fields is not None:
                return instance_texts(fields, obj)
            return indexer(obj, self.backend).texts

        def add_items(self, model, objs):
            if not model.get_search_fields() or not objs:
                return
            content_type_pk = get_content_type_pk(model)
            texts = {force_str(obj.pk): self.texts(model, obj) for obj in objs}
            table = self.entries.model._meta.db_table
            write_entries(self.write_connection, table, content_type_pk, texts)
            if not self.rebuilding:
                self._refresh_title_norms()

        def _refresh_title_norms(self, full=False):
            if not full:
                return super()._refresh_title_norms(full)
            with fts_trigger_set_aside(self.write_connection, self.entries.model._meta.db_table):
                return super()._refresh_title_norms(full=True)

    class BulkSQLiteBackend(backend_class):
        index_class = BulkSQLiteIndex

        def chunk_reader(self, model):
            """For `update_index`: how to read a chunk of `model`'s records as rows (see
            `search.backends.index_texts.row_reader`), or None."""
            return row_reader(model)

    def rebuilder(base):
        class BulkRebuilder(base):
            def start(self):
                index = super().start()
                index.rebuilding = True
                return index

            def finish(self):
                self.index.rebuilding = False
                super().finish()  # the norms of the whole index, once

        return BulkRebuilder

    BulkSQLiteBackend.rebuilder_class = rebuilder(backend_class.rebuilder_class)
    BulkSQLiteBackend.atomic_rebuilder_class = rebuilder(backend_class.atomic_rebuilder_class)
    BulkSQLiteBackend.__name__ = f"Bulk{backend_class.__name__}"
    return BulkSQLiteBackend
