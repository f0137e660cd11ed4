"""Faster indexing for Wagtail's SQLite search backend (django-modelsearch's FTS5 index), used by
`search.backends.database` on SQLite: what `update_index` for 100,000 clauses spends its time on.

Wagtail's `SQLiteIndex.add_items` (1) reads every search field of an object three times (once
for the title, once for the body, once for the autocomplete text: a rich text's tags are
stripped three times); (2) updates the entries of objects already indexed one UPDATE per
object; and (3) after every chunk recomputes the title norms with two scans of the whole
index, so a rebuild's cost grew with the square of the table. Here (1) each field is read once,
(2) a chunk's old entries are deleted in one statement and its entries inserted in one (the
FTS5 table follows through the backend's triggers), and (3) during a rebuild
(`SQLiteSearchRebuilder`, which `update_index` uses) the norms are computed once, at the end,
as the rebuilder already does for the whole index, without the FTS5 trigger that would
rewrite every row's texts for a change of norm (`fts_trigger_set_aside`). Outside a rebuild
(an editor publishing one clause) the norms are refreshed after each call, as before.

The classes are built from the backend's own (`bulk_backend_class`), because Wagtail's SQLite
module can only be imported when the database is SQLite.
"""

from contextlib import contextmanager
from functools import cache

from django.db import transaction
from django.utils.encoding import force_str
from django.utils.functional import cached_property
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.utils import get_content_type_pk


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


@cache
def bulk_backend_class(backend_class, object_indexer):
    """`backend_class` (Wagtail's SQLite backend, or a subclass) with the index and rebuilders
    described above; `object_indexer` is its module's ObjectIndexer."""
    indexer = indexer_class(object_indexer)

    class BulkSQLiteIndex(backend_class.index_class):
        # Set by the rebuilders below while `update_index` fills the index.
        rebuilding = False

        def add_items(self, model, objs):
            if not model.get_search_fields() or not objs:
                return
            content_type_pk = get_content_type_pk(model)
            texts = {}
            for obj in objs:
                one = indexer(obj, self.backend)
                texts[force_str(obj.pk)] = one.texts
            entries = self.entries.filter(content_type_id=content_type_pk, object_id__in=list(texts))
            # An object indexed again keeps its entry's id, as Wagtail's UPDATE kept it: a test
            # database restored from its serialized copy (serialized_rollback) expects that id.
            ids = dict(entries.values_list("object_id", "id"))
            entries._raw_delete(using=self.write_connection.alias)
            self.entries.bulk_create(
                self.entries.model(
                    id=ids.get(object_id),
                    content_type_id=content_type_pk,
                    object_id=object_id,
                    title=title,
                    body=body,
                    autocomplete=autocomplete,
                )
                for object_id, (title, body, autocomplete) in texts.items()
            )
            if not self.rebuilding:
                self._refresh_title_norms()

        def _refresh_title_norms(self, full=False):
            if not full:
                return super()._refresh_title_norms(full)
            with fts_trigger_set_aside(self.write_connection, self.entries.model._meta.db_table):
                return super()._refresh_title_norms(full=True)

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

    return type(
        f"Bulk{backend_class.__name__}",
        (backend_class,),
        {
            "index_class": BulkSQLiteIndex,
            "rebuilder_class": rebuilder(backend_class.rebuilder_class),
            "atomic_rebuilder_class": rebuilder(backend_class.atomic_rebuilder_class),
        },
    )
