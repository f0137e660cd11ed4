"""What the database backend on SQLite indexes (search.backends.index_texts and sqlite_bulk):
the same texts as Wagtail's own indexer, whether read from rows or from model instances, a
rich text stripped as Wagtail strips it, and an index entry that changes with its record and
only then."""

import io
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.db import connection
from hypothesis import given
from hypothesis import strategies as st
from modelsearch.index import RelatedFields, SearchField
from wagtail.models import Page
from wagtail.rich_text import get_text_for_indexing
from wagtail.search.models import IndexEntry

from clauses.models import Clause
from clauses.tests.factories import build_taxonomy, make_clause
from search.backends.index_texts import (
    instance_texts,
    row_reader,
    strip_plain_markup,
    text_fields,
)
from tests.search_fixtures import search_backend_for

SQLITE_ONLY = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 index")

# Pieces of rich text: Draftail's markup, and what HTML's parser reads in its own way.
PIECES = [
    "<p>",
    "</p>",
    "<b>",
    "</b>",
    "<i>",
    "</i>",
    "<br/>",
    "<br />",
    "<br>",
    "<hr/>",
    "<h2>",
    "</h2>",
    "<ul>",
    "<li>",
    "</li>",
    "</ul>",
    "<blockquote>",
    "</blockquote>",
    '<a href="https://example.org/x?y=1">',
    "<a linktype='page' id='3'>",
    "</a>",
    '<p data-block-key="ab1c">',
    "<p   >",
    "</p  >",
    "<P>",
    "</LI>",
    "<script>",
    "</script>",
    "<style>",
    "<!-- note -->",
    "<!DOCTYPE html>",
    "&amp;",
    "&lt;",
    "&#39;",
    "&nbsp",
    "&",
    "<",
    ">",
    "< p>",
    "<p",
    "<1>",
    "\n",
    "  ",
    " data ",
    "Arbeitszeit ",
    "données ",
    "حماية البيانات",
    "защита данных",
]


@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_plain_markup_is_stripped_as_wagtail_strips_it(pieces):
    source = "".join(pieces)
    text = strip_plain_markup(source)
    assert text is None or text == get_text_for_indexing(source)


def test_a_commentary_as_editors_write_it_is_plain_markup():
    source = (
        '<h2 data-block-key="h1">Why it matters</h2><p data-block-key="p1">Workers <b>must</b> '
        'be consulted.<br/>See <a href="https://example.org/">the law</a>.</p><ul><li>one</li>'
        "<li>two</li></ul>"
    )
    assert strip_plain_markup(source) == get_text_for_indexing(source)
    assert strip_plain_markup(source) == (
        "Why it matters Workers must be consulted. See the law. one two"
    )


@SQLITE_ONLY
@pytest.mark.django_db
def test_texts_from_rows_and_instances_are_wagtails():
    # Wagtail's SQLite backend module can only be imported on SQLite.
    from wagtail.search.backends.database.sqlite.sqlite import ObjectIndexer

    taxonomy = build_taxonomy("three_themes")
    make_clause(taxonomy, "Biometric time clocks", commentary="<p>Why it <b>matters</b>.</p>")
    make_clause(taxonomy, "Scheduling & algorithms", commentary="<p>R&amp;D &lt;teams&gt;</p>")
    make_clause(taxonomy, "No commentary", commentary="", keywords="")
    fields = text_fields(Clause)
    assert fields is not None
    queryset = Clause.get_indexed_objects().order_by("pk")
    rows = row_reader(Clause)(queryset, 10)
    clauses = list(queryset)
    assert [row.pk for row in rows] == [clause.pk for clause in clauses]
    for row, clause in zip(rows, clauses, strict=True):
        wagtails = ObjectIndexer(clause, SimpleNamespace(config=None))
        expected = (wagtails.title, wagtails.body, wagtails.autocomplete)
        assert row.texts == expected
        assert instance_texts(fields, clause) == expected
    assert "R&D <teams>" in rows[1].texts[1]


def test_a_model_with_texts_beyond_its_columns_is_read_from_instances():
    assert text_fields(Page) is not None  # its title and other columns
    assert row_reader(Page) is not None

    class WithMethod:
        """Clause with one more text: a method's."""

        _meta = Clause._meta

        @classmethod
        def get_search_fields(cls):
            return [*Clause.get_search_fields(), SearchField("keyword_list")]

    class WithRelated(WithMethod):
        @classmethod
        def get_search_fields(cls):
            return [*Clause.get_search_fields(), RelatedFields("unions", [SearchField("name")])]

    for model in (WithMethod, WithRelated):
        assert text_fields(model) is None
        assert row_reader(model) is None


def fts_ids(words):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT rowid FROM wagtailsearch_indexentry_fts WHERE wagtailsearch_indexentry_fts "
            "MATCH %s",
            [words],
        )
        return {row[0] for row in cursor.fetchall()}


@SQLITE_ONLY
@pytest.mark.django_db
def test_update_index_rewrites_changed_entries_only():
    with search_backend_for("database"):
        taxonomy = build_taxonomy("three_themes")
        first = make_clause(taxonomy, "Keystroke logging", commentary="<p>Old remark</p>")
        second = make_clause(taxonomy, "Video surveillance")
        call_command("update_index", backend_name="default", stdout=io.StringIO())
        entries = IndexEntry.objects.filter(content_type__model="clause")
        before = {entry.object_id: entry for entry in entries}
        assert fts_ids("remark") == {before[str(first.pk)].id}

        Clause.objects.filter(pk=first.pk).update(commentary="<p>New <i>wording</i></p>")
        call_command("update_index", backend_name="default", stdout=io.StringIO())

        after = {entry.object_id: entry for entry in entries.all()}
        assert after.keys() == before.keys()
        changed = after[str(first.pk)]
        assert changed.id == before[str(first.pk)].id
        assert "New wording" in changed.body and "Old remark" not in changed.body
        assert fts_ids("remark") == set()
        assert fts_ids("wording") == {changed.id}
        unchanged = after[str(second.pk)]
        assert (unchanged.id, unchanged.body) == (
            before[str(second.pk)].id,
            before[str(second.pk)].body,
        )
        assert fts_ids("surveillance") == {unchanged.id}
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO wagtailsearch_indexentry_fts(wagtailsearch_indexentry_fts) "
                "VALUES ('integrity-check')"
            )
