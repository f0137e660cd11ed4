"""Relevance: the queries of relevance.json (66 queries in six languages, each with the clauses
it must return in its top 5) against the demo clauses and their translations.

Every query must pass on Elasticsearch. On the database backends, the queries listed in
DATABASE_LIMITS are known not to: those backends have no language analysis (no stemming but
our light prefixes, no stop words, no Arabic normalisation), as the README explains; every
other query must pass there too."""

import json
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.models import Locale

from clauses.database.spec import clause_query, clause_search
from clauses.models import Clause
from search.engines import RELEVANCE

RELEVANCE_SET = json.loads((Path(__file__).parent / "relevance.json").read_text())["queries"]

# The demo site is copied in before the module's transaction (module_db) opens: a copy into a
# database inside an open transaction would wait for it forever.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]

# query -> why the database backends miss it.
DATABASE_LIMITS = {}


@pytest.fixture(scope="module")
def search_data(demo_site, module_db):
    return None


@pytest.fixture(scope="module")
def search_models():
    return [Clause]


@pytest.fixture(scope="module")
def locales(search_data, django_db_blocker):
    with django_db_blocker.unblock():
        return dict(Locale.objects.values_list("language_code", "pk"))


def top_five(query, language, locales):
    results = clause_search(
        clause_query(
            text=query,
            filters={"language": locales[language]},
            languages=(language,),
            sort=RELEVANCE,
            page_size=5,
        )
    )
    return [hit.record.identifier for hit in results.hits]


def test_the_relevance_set_is_large_enough():
    assert len(RELEVANCE_SET) >= 30
    assert {case["language"] for case in RELEVANCE_SET} == {"en", "fr", "es", "pt", "ru", "ar"}


@pytest.mark.parametrize(
    "case", RELEVANCE_SET, ids=lambda case: f"{case['language']}:{case['query']}"
)
def test_relevance(search_backend, locales, case):
    found = top_five(case["query"], case["language"], locales)
    missing = [identifier for identifier in case["expect"] if identifier not in found]
    if search_backend.kind == "database" and case["query"] in DATABASE_LIMITS:
        return
    assert not missing, f"{case['query']!r} ({case['language']}): top 5 was {found}"


def shown_to_reader(query, language):
    """The top five of the database's default search for a reader of `language`: each clause
    once, in that language where translated (analysed in every language, that one first)."""
    languages = (language, *[code for code, _name in settings.LANGUAGES if code != language])
    results = clause_search(
        clause_query(
            text=query, shown_in=language, languages=languages, sort=RELEVANCE, page_size=5
        )
    )
    return [(hit.record.identifier, hit.record.language) for hit in results.hits]


@pytest.mark.parametrize(
    "case", RELEVANCE_SET, ids=lambda case: f"{case['language']}:{case['query']}"
)
def test_relevance_for_readers_of_the_language(search_backend, case):
    """Without a language chosen, a query finds the same clauses, in the reader's language."""
    found = shown_to_reader(case["query"], case["language"])
    missing = [identifier for identifier in case["expect"] if identifier not in dict(found)]
    if search_backend.kind == "database" and case["query"] in DATABASE_LIMITS:
        return
    assert not missing, f"{case['query']!r} ({case['language']}): top 5 was {found}"
    translated = set(
        Clause.objects.filter(
            live=True, identifier__in=case["expect"], locale__language_code=case["language"]
        ).values_list("identifier", flat=True)
    )
    assert {(identifier, case["language"]) for identifier in translated} <= set(found)
