"""The API (/api/v2/) answers every error as JSON, outside the language prefix: 400 with a message
for a parameter that is not valid, 404 for an object or endpoint that does not exist; never a
redirect to /en/api/v2/… and an HTML page, never a 500."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return Client(raise_request_exception=False)


def assert_json_error(response, status):
    assert response.status_code == status, (response.status_code, response.get("Location"))
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["message"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/999999/",
        "/api/v2/documents/999999/",
        "/api/v2/images/999999/",
        # Digits that are not ASCII, or a number no database integer holds.
        "/api/v2/pages/%EF%BC%91%EF%BC%92/",
        "/api/v2/pages/99999999999999999999999/",
        "/api/v2/pages/find/?html_path=/no-such-page/",
        "/api/v2/pages/find/?id=999999",
        "/api/v2/no-such-endpoint/",
    ],
)
def test_unknown_objects_are_a_json_404_without_redirect(client, url):
    assert_json_error(client.get(url), 404)


@pytest.mark.parametrize(
    "query",
    [
        "search=data&search_operator=evil",
        "locale=zz",
        "search=" + "data " * 200,
        "search=data%00",
        "child_of=99999999999999999999999",
        "child_of=" + "9" * 5000,
        "search=data&site=%00",
        "offset=99999999999999999999999",
        "id=%EF%BC%91%EF%BC%92",
        "first_published_at=not-a-date",
        "limit=abc",
        "order=no_such_field",
    ],
)
def test_bad_parameters_are_a_json_400(client, query):
    assert_json_error(client.get(f"/api/v2/pages/?{query}"), 400)


@pytest.mark.parametrize("endpoint", ["pages", "documents", "images"])
def test_a_search_with_quotes_and_any_operator_case_answers(client, endpoint):
    response = client.get(f"/api/v2/{endpoint}/", {"search": "'\"‹", "search_operator": "OR"})
    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] == 0


def test_a_known_page_and_locale_still_answer(client):
    listing = client.get("/api/v2/pages/", {"locale": "en"})
    assert listing.status_code == 200
    page_id = listing.json()["items"][0]["id"]
    detail = client.get(f"/api/v2/pages/{page_id}/")
    assert detail.status_code == 200 and detail.json()["id"] == page_id


def test_a_missing_document_is_not_redirected_under_a_language(client):
    response = client.get("/documents/999999/missing.pdf")
    assert response.status_code == 404
    # Pages outside any view are still sent to the language's address.
    assert client.get("/no-such-page/").status_code == 302
