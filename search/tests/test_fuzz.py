"""Property-based tests: whatever the query parameters, the search pages answer 200 or 400
(with a message), never a server error, on both backends."""

from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .fuzzing import PARAMETERS, chosen_clauses, identifiers, values

pytestmark = pytest.mark.django_db

query_parameters = st.dictionaries(st.sampled_from(PARAMETERS), values, max_size=6)
FUZZ = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def assert_answers(response):
    assert response.status_code in (200, 400), response.status_code
    if response.status_code == 400:
        assert b"not valid" in response.content or b"too long" in response.content


@FUZZ
@given(params=query_parameters)
def test_the_clause_database_never_fails(hub, params):
    assert_answers(Client().get(f"{hub.url}database/", params))


@FUZZ
@given(params=query_parameters)
def test_site_search_never_fails(hub, params):
    assert_answers(Client().get("/en/search/", params))


@FUZZ
@given(params=query_parameters)
def test_suggestions_never_fail(hub, params):
    response = Client().get("/en/search/suggest/", params)
    assert response.status_code in (200, 400)


def assert_api_answers(response, statuses=(200, 400, 404)):
    assert response.status_code in statuses, response.status_code
    assert response["Content-Type"].startswith("application/json")
    if response.status_code != 200:
        assert response.json()["message"]


@FUZZ
@given(params=query_parameters)
def test_the_clause_api_never_fails(hub, params):
    assert_api_answers(Client().get("/api/hub/v1/clauses", params))


@FUZZ
@given(identifier=values, params=query_parameters)
def test_the_clause_api_s_clause_and_themes_never_fail(hub, identifier, params):
    assert_api_answers(Client().get(f"/api/hub/v1/clauses/{quote(identifier, safe='')}", params))
    assert_api_answers(Client().get("/api/hub/v1/themes", params), statuses=(200, 400))


@FUZZ
@given(chosen=chosen_clauses, params=query_parameters)
def test_the_comparison_never_fails(hub, chosen, params):
    response = Client().get(f"{hub.url}compare/", {**params, "c": chosen})
    assert response.status_code in (200, 400, 404), response.status_code
    if response.status_code != 200:
        assert b'class="notice" role="alert"' in response.content


@FUZZ
@given(identifier=identifiers, extension=st.sampled_from(["bib", "ris", "json", "pdf", ""]))
def test_citations_never_fail(hub, identifier, extension):
    path = f"{hub.url}clauses/{quote(identifier, safe='')}/cite.{extension}"
    response = Client().get(path)
    assert response.status_code in (200, 404), response.status_code
    if response.status_code == 200:
        assert response["Content-Disposition"].startswith("attachment; filename=")


@FUZZ
@given(
    kind=st.sampled_from(["themes", "countries", "clauses", "other"]),
    key=st.one_of(st.sampled_from(["1", "3", "FR", "fr", "GB", "ZZ", "0", "١"]), values),
    params=query_parameters,
)
def test_the_feeds_never_fail(hub, kind, key, params):
    """An Atom feed, or a 404 that says what is missing (clauses/feeds.py); a key that is not
    one path segment falls through to the site's 404 page or a redirect adding a slash."""
    path = f"{hub.url}feeds/{kind}/{quote(key, safe='')}.atom"
    if kind == "clauses":
        path = f"{hub.url}feeds/clauses.atom"
    response = Client().get(path, params)
    assert response.status_code in (200, 301, 404), response.status_code
    if response.status_code == 200:
        assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    if response.status_code == 404:
        assert response.content.strip()


@FUZZ
@given(page=st.sampled_from(["data/", "data/datapackage.json"]), params=query_parameters)
def test_the_data_package_and_codebook_never_fail(hub, page, params):
    """They take no parameter: any is ignored."""
    assert Client().get(f"{hub.url}{page}", params).status_code == 200
