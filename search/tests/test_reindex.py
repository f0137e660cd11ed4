"""`manage.py update_index` for many clauses: a fixed number of database queries however many
clauses there are (no query per clause), a progress line per chunk, and the same documents
and index entries as Wagtail's own code builds, on both backends."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.elasticsearch8 import Elasticsearch8Mapping
from wagtail.search.models import IndexEntry

from clauses.models import Clause
from clauses.tests.compare_data import translate_clause
from clauses.tests.factories import build_taxonomy, make_clause
from search.backends.elasticsearch import LANGUAGE_FIELDS, PerLanguageMapping, read_link_ids
from tests.search_fixtures import search_backend_for

pytestmark = pytest.mark.django_db


def add_clauses(taxonomy, count, start):
    """`count` clauses, each with two themes, two sub-themes, a sector and a union."""
    themes, subthemes = list(taxonomy.themes), list(taxonomy.subthemes)
    for i in range(start, start + count):
        make_clause(
            taxonomy,
            f"Clause {i} on biometric time clocks",
            commentary=f"<p>Why clause {i} <b>matters</b>.</p>",
            themes=themes[i % 3 : i % 3 + 2],
            subthemes=subthemes[i % 5 : i % 5 + 2],
            sectors=[list(taxonomy.sectors)[i % 3]],
            unions=[list(taxonomy.unions)[i % 3]],
        )


def update_index():
    """The queries and the output of `manage.py update_index` on the default backend."""
    out = io.StringIO()
    with CaptureQueriesContext(connection) as captured:
        call_command("update_index", backend_name="default", stdout=out)
    return len(captured), out.getvalue()


def test_indexing_twice_as_many_clauses_runs_the_same_queries(fresh_search_backend):
    taxonomy = build_taxonomy("three_themes")
    add_clauses(taxonomy, 4, 0)
    translate_clause(Clause.objects.first(), "fr", title="Pointeuses biométriques")
    queries, output = update_index()
    assert "5/5 clauses, " in output and "/s" in output

    add_clauses(taxonomy, 5, 4)
    queries_twice, output = update_index()
    assert "10/10 clauses, " in output
    assert queries_twice == queries


def test_update_index_reports_each_chunk(fresh_search_backend):
    add_clauses(build_taxonomy("three_themes"), 5, 0)
    out = io.StringIO()
    call_command("update_index", backend_name="default", chunk_size=2, stdout=out)
    lines = [line.split(",")[0].strip() for line in out.getvalue().splitlines()]
    assert [line for line in lines if line.endswith(" clauses")] == [
        "2/5 clauses",
        "4/5 clauses",
        "5/5 clauses",
    ]


def test_chunk_documents_are_wagtails_with_the_language_fields():
    taxonomy = build_taxonomy("three_themes")
    add_clauses(taxonomy, 3, 0)
    french = translate_clause(Clause.objects.first(), "fr", title="Pointeuses biométriques")
    items = list(Clause.get_indexed_objects().order_by("pk"))
    read_link_ids(Clause, items)
    Clause.prepare_search_documents(items)
    ours, wagtails = PerLanguageMapping(Clause), Elasticsearch8Mapping(Clause)
    for item in items:
        document = ours.get_document(item)
        languages = document.pop(LANGUAGE_FIELDS)
        fresh = Clause.objects.get(pk=item.pk)  # Wagtail's way: a query per link field
        assert links_sorted(document) == links_sorted(wagtails.get_document(fresh))
        texts = {column: document[column] for column, _boost in ours.text_columns()}
        language = "fr" if item.pk == french.pk else "en"
        assert languages == {language: {k: v for k, v in texts.items() if v not in ("", [])}}
        assert "Pointeuses" in str(languages) if language == "fr" else "biometric" in str(languages)
    assert sorted(document["subthemes_filter"]) == sorted(
        items[-1].subthemes.values_list("pk", flat=True)
    )
    assert len(document["subthemes_filter"]) == 2


def links_sorted(document):
    """The document with the ids of many-to-many links in one order (they are a set)."""
    return {
        key: sorted(value) if key.endswith("_filter") and isinstance(value, list) else value
        for key, value in document.items()
    }


def test_reindexing_replaces_each_database_entry():
    with search_backend_for("database"):
        add_clauses(build_taxonomy("three_themes"), 3, 0)
        clause = Clause.objects.first()
        update_index()
        Clause.objects.filter(pk=clause.pk).update(title="Renamed clause on keystrokes")
        update_index()
        entries = IndexEntry.objects.filter(content_type__model="clause")
        assert entries.count() == Clause.objects.count() == 3
        found = get_search_backend().search("keystrokes", Clause)
        assert [found_clause.pk for found_clause in found] == [clause.pk]
        if connection.vendor == "sqlite":  # PostgreSQL's entries hold tsvectors, not the texts
            entry = entries.get(object_id=str(clause.pk))
            assert entry.title == "Renamed clause on keystrokes"
            assert "Why clause 0 matters." in entry.body
            assert "Renamed clause on keystrokes" in entry.autocomplete


def test_a_rebuilt_elasticsearch_index_refreshes_again(elasticsearch_url):
    """A rebuild pauses Elasticsearch's refresh while it fills the new index: afterwards what
    editors publish must become searchable again by itself."""
    with search_backend_for("elasticsearch", elasticsearch_url) as under_test:
        add_clauses(build_taxonomy("three_themes"), 2, 0)
        call_command("update_index", backend_name="default", verbosity=0)
        (index,) = under_test.backend.get_index_for_model(Clause).aliased_indices()
        settings = under_test.backend.es.indices.get_settings(index=index.name)
        assert settings[index.name]["settings"]["index"].get("refresh_interval", "1s") != "-1"
        assert under_test.backend.es.count(index=index.name)["count"] == 2
