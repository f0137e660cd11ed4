"""Indexing through Wagtail: publishing, unpublishing, editing a draft and deleting a clause
change what search finds, through Wagtail's signal handlers, on both backends; and what one
version of a clause does to which version its readers are shown (the others are re-indexed)."""

import pytest
from wagtail.models import Locale

from clauses.database.spec import clause_query, clause_search
from clauses.models import Clause
from clauses.tests.factories import build_taxonomy, make_clause

from .data import publish


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


def translate(clause, code, title):
    """A published translation of `clause` into `code`."""
    translated = clause.copy_for_translation(Locale.objects.get(language_code=code))
    translated.title, translated.live = title, False
    translated.save()
    return publish(translated)


def test_publishing_unpublishing_and_deleting_a_version_changes_what_is_shown(
    fresh_search_backend,
):
    # A Spanish agreement, entered in English first.
    clause = make_clause(build_taxonomy(), "Quarterly keystroke audits", original_language="es")

    def shown(code):
        fresh_search_backend.refresh()
        results = clause_search(
            clause_query(shown_in=code, languages=(code, "en", "es"), page_size=5)
        )
        assert results.total == len(results.hits) == 1
        return results.hits[0].record.title

    assert [shown(code) for code in ("en", "fr", "pt")] == ["Quarterly keystroke audits"] * 3
    french = translate(clause, "fr", "Audits trimestriels des frappes")
    assert [shown(code) for code in ("en", "fr", "pt")] == [
        "Quarterly keystroke audits",
        "Audits trimestriels des frappes",
        "Quarterly keystroke audits",
    ]
    # Published in its original language: readers without a translation get that.
    spanish = translate(clause, "es", "Auditorías trimestrales de pulsaciones")
    assert [shown(code) for code in ("en", "fr", "pt", "ar")] == [
        "Quarterly keystroke audits",
        "Audits trimestriels des frappes",
        "Auditorías trimestrales de pulsaciones",
        "Auditorías trimestrales de pulsaciones",
    ]
    french.refresh_from_db()
    french.unpublish()
    assert shown("fr") == "Auditorías trimestrales de pulsaciones"
    spanish.refresh_from_db()
    spanish.delete()
    assert [shown(code) for code in ("fr", "pt")] == ["Quarterly keystroke audits"] * 2
