"""Indexing through Wagtail: publishing, unpublishing, editing a draft and deleting a clause
change what search finds, through Wagtail's signal handlers, on both backends."""

import pytest
from wagtail.models import Locale

from clauses.database.spec import clause_query, clause_search
from clauses.models import Clause
from clauses.tests.factories import build_taxonomy, make_clause


def found(search_backend, text):
    search_backend.refresh()
    english = Locale.objects.get(language_code="en")
    results = clause_search(
        clause_query(text=text, filters={"language": english.pk}, languages=("en",))
    )
    return [hit.record.identifier for hit in results.hits]


def test_publish_unpublish_and_delete_update_the_index(fresh_search_backend):
    taxonomy = build_taxonomy()
    clause = make_clause(taxonomy, live=False, title="Quarterly keystroke audits")
    assert found(fresh_search_backend, "keystroke") == []

    clause.save_revision().publish()
    assert found(fresh_search_backend, "keystroke") == [clause.identifier]

    clause.refresh_from_db()  # publishing saved another instance of it
    clause.unpublish()
    assert found(fresh_search_backend, "keystroke") == []

    clause.save_revision().publish()
    clause.refresh_from_db()
    clause.delete()
    assert found(fresh_search_backend, "keystroke") == []


def test_a_draft_edit_does_not_change_what_the_public_finds(fresh_search_backend):
    taxonomy = build_taxonomy()
    clause = make_clause(taxonomy, title="Quarterly keystroke audits")
    clause.title = "Weekly biometric audits"
    clause.save_revision()  # a draft: the published clause keeps its title
    assert found(fresh_search_backend, "keystroke") == [clause.identifier]
    assert found(fresh_search_backend, "biometric") == []
    clause.get_latest_revision().publish()
    assert found(fresh_search_backend, "biometric") == [clause.identifier]
    assert found(fresh_search_backend, "keystroke") == []


@pytest.mark.parametrize("fresh_search_backend", ["elasticsearch"], indirect=True)
def test_update_index_rebuilds_atomically_behind_an_alias(fresh_search_backend):
    taxonomy = build_taxonomy()
    make_clause(taxonomy, title="Quarterly keystroke audits")
    backend = fresh_search_backend.backend
    alias = backend.get_index_for_model(Clause)
    before = [index.name for index in alias.aliased_indices()]
    fresh_search_backend.rebuild()
    after = [index.name for index in alias.aliased_indices()]
    assert alias.is_alias() and len(after) == 1 and after != before
    assert found(fresh_search_backend, "keystroke")
