"""Property-based tests: whatever the query parameters, the search pages answer 200 or 400
(with a message), never a server error, on both backends."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .fuzzing import PARAMETERS, values

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
