"""Identifiers sort by their number everywhere (DBH-0999, DBH-2000, DBH-10000, not as text): in
the database view's "year" sort among clauses of the same year (on both search backends), in
the admin's clause listing and snippet chooser; the next identifier follows the highest number."""

import re

import pytest
from django.urls import reverse

from clauses.models import Clause
from clauses.models.clause import next_identifier

from .factories import make_clause, make_hub

pytestmark = pytest.mark.django_db

TAXONOMY = "one_of_each"
# Made in this order, so that neither creation order nor text order is numeric order.
MADE = ["DBH-10000", "DBH-2000", "DBH-0999"]
NUMERIC = ["DBH-0999", "DBH-2000", "DBH-10000"]


@pytest.fixture
def clauses(taxonomy):
    return [
        make_clause(taxonomy, f"Clause {identifier}", identifier=identifier, year=2020)
        for identifier in MADE
    ]


def in_page(html):
    return [i for i in re.findall(r"DBH-\d+", html) if i in MADE]


def first_seen(identifiers):
    return list(dict.fromkeys(identifiers))


def test_the_database_view_sorts_same_year_clauses_by_number(client, clauses, fresh_search_backend):
    hub = make_hub()
    fresh_search_backend.rebuild([Clause])
    response = client.get(hub.database_url(sort="year"))
    assert response.status_code == 200
    assert first_seen(in_page(response.content.decode())) == NUMERIC


def test_the_admin_listing_and_chooser_sort_by_number(admin_client, clauses):
    listing = admin_client.get(reverse(Clause.snippet_viewset.get_url_name("list")))
    assert listing.status_code == 200
    assert first_seen(in_page(listing.content.decode())) == NUMERIC

    chooser = admin_client.get(
        reverse(Clause.snippet_viewset.chooser_viewset.get_url_name("choose"))
    )
    assert chooser.status_code == 200
    assert first_seen(in_page(chooser.content.decode())) == NUMERIC


def test_the_next_identifier_follows_the_highest_number(clauses):
    assert [clause.identifier_number for clause in clauses] == [10000, 2000, 999]
    assert next_identifier() == "DBH-10001"
    assert make_clause_without_identifier().identifier == "DBH-10001"


def make_clause_without_identifier():
    clause = Clause(title="Next", text="Text.", clause_type="agreement_clause")
    clause.save()
    return clause
