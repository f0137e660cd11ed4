"""The database engine on SQLite counts a keyword search's facets and totals in one statement,
over the matches materialised once (search.engines.database.count_together), rather than
running the full-text match again for each of the eleven facets and the totals; the numbers are
the same as counted one by one. (PostgreSQL counts each facet in its own statement: its
adapter's `counts_together` is off, so there is nothing to compare there.)"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from clauses.database.spec import clause_query
from search.engines import default_backend
from search.engines.database import DatabaseEngine
from tests.search_fixtures import search_backend_for

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "sqlite", reason="PostgreSQL counts each facet on its own"
    ),
]


@pytest.fixture(scope="module")
def search_backend(module_db, search_data, django_db_blocker):
    with search_backend_for("database") as under_test:
        with django_db_blocker.unblock():
            under_test.rebuild()
        yield under_test


def query(text, languages=("en",), **filters):
    english = Locale.objects.get(language_code="en")
    if languages == ("en",):
        filters.setdefault("language", english.pk)
    return clause_query(text=text, filters=filters, languages=languages)


SEARCHES = [
    ("workers", {}),
    ("workers", {"type": "legislation"}),
    ("surveillance cameras", {"type": "agreement_clause"}),
    ("DBH-9002", {}),
    ("données", {"languages": ("fr", "en")}),
    ("nothing-like-this-anywhere", {}),
]


def search(text, filters, together):
    engine = DatabaseEngine(default_backend())
    engine.adapter.counts_together = together
    return engine.faceted_search(query(text, **filters))


@pytest.mark.parametrize("text, filters", SEARCHES)
def test_counted_together_or_one_by_one_the_numbers_are_the_same(hub, text, filters):
    together, one_by_one = search(text, filters, True), search(text, filters, False)
    assert together.facets == one_by_one.facets
    assert (together.total, together.shown_total) == (one_by_one.total, one_by_one.shown_total)
    assert [hit.record for hit in together.hits] == [hit.record for hit in one_by_one.hits]


def test_a_keyword_search_runs_the_full_text_match_twice_not_once_per_count(hub):
    with CaptureQueriesContext(connection) as queries:
        results = search("workers", {"type": "legislation"}, True)
    assert results.total == 1 and sum(results.facets["type"].values()) == 3
    matches = [q["sql"] for q in queries.captured_queries if " MATCH " in q["sql"]]
    # The page of hits in rank order, and every count.
    assert len(matches) == 2
