"""The engines search what the apps register (`search.registry`), nothing else: a spec
registered under a new name, with other facets and another order, is what a faceted search
of that name uses, on both backends; site search offers the registered kinds."""

import dataclasses

import pytest
from wagtail.models import Locale

from clauses.database.spec import CLAUSES
from search import registry
from search.engines import FacetedQuery, faceted_search
from search.forms import SiteSearchForm

pytestmark = pytest.mark.django_db

BY_IDENTIFIER = "test-clauses-by-identifier"


@pytest.fixture
def by_identifier():
    spec = dataclasses.replace(
        CLAUSES,
        name=BY_IDENTIFIER,
        term_facets={"type": "clause_type", "language": "locale"},
        order=(("identifier", "asc"),),
    )
    registry.register_index(spec)
    yield spec
    registry.unregister(BY_IDENTIFIER)


def test_a_registered_spec_is_what_the_engines_use(hub, by_identifier):
    english = Locale.objects.get(language_code="en")
    results = faceted_search(
        FacetedQuery(
            index=BY_IDENTIFIER, filters={"language": english.pk}, languages=("en",), sort="year"
        )
    )
    # Its facets only, counted as usual; its order (by identifier, not by year).
    assert set(results.facets) == {"type", "language", "year"}
    assert results.facets["type"]["agreement_clause"] == 2
    assert [hit.record.identifier for hit in results.hits] == [
        "DBH-9001",
        "DBH-9002",
        "DBH-9003",
        "DBH-9004",
        "DBH-9005",
    ]


def test_an_unregistered_index_is_an_error():
    with pytest.raises(LookupError):
        registry.index_spec("nothing-registered-here")


def test_site_search_offers_the_registered_kinds_in_order():
    assert [kind.name for kind in registry.site_kinds()] == ["page", "clause"]
    choices = [value for value, _label in SiteSearchForm().fields["type"].choices]
    assert choices == ["", "page", "clause"]
