"""Searches take real work: one visitor may run SEARCHES_PER_MINUTE clause database and site
searches and SUGGESTIONS_PER_MINUTE suggestion requests a minute; past that a 429 in the
visitor's language (JSON for the suggestions) says when to try again."""

import pytest

from clauses.tests.factories import make_hub

pytestmark = pytest.mark.django_db


@pytest.fixture
def hub():
    return make_hub()


def test_clause_database_and_site_search_share_one_allowance(client, hub, settings):
    settings.SEARCHES_PER_MINUTE = 3
    answers = [
        client.get(f"{hub.url}database/"),
        client.get(f"{hub.url}database/", {"q": "data"}),
        client.get("/en/search/", {"q": "data"}),
    ]
    assert [r.status_code for r in answers] == [200, 200, 200]

    for response in [
        client.get(f"{hub.url}database/", {"q": "data"}),
        client.get("/en/search/", {"q": "data"}),
    ]:
        assert response.status_code == 429
        assert 1 <= int(response["Retry-After"]) <= 60
        page = response.content.decode()
        assert "You have made many requests in a short time. Please wait" in page
        assert '<html lang="en"' in page

    # In the visitor's language.
    french = client.get("/fr/search/", {"q": "données"})
    assert french.status_code == 429
    assert '<html lang="fr"' in french.content.decode()

    # Another visitor is not held back.
    assert client.get("/en/search/", {"q": "data"}, REMOTE_ADDR="198.51.100.9").status_code == 200


def test_suggestions_answer_a_json_429(client, settings):
    settings.SUGGESTIONS_PER_MINUTE = 2
    for _ in range(2):
        assert client.get("/en/search/suggest/", {"q": "da"}).status_code == 200
    response = client.get("/en/search/suggest/", {"q": "dat"})
    assert response.status_code == 429
    assert response["Content-Type"] == "application/json"
    assert 1 <= int(response["Retry-After"]) <= 60
    body = response.json()
    assert body["retry_after"] == int(response["Retry-After"])
    assert body["error"].startswith("You have made many requests in a short time.")
    # Searching is a separate allowance.
    assert client.get("/en/search/", {"q": "data"}).status_code == 200


def test_the_throttles_can_be_turned_off(client, hub, settings):
    settings.SEARCHES_PER_MINUTE = 1
    settings.SUGGESTIONS_PER_MINUTE = 1
    settings.RATELIMIT_ENABLED = False
    for _ in range(3):
        assert client.get("/en/search/", {"q": "data"}).status_code == 200
        assert client.get(f"{hub.url}database/").status_code == 200
        assert client.get("/en/search/suggest/", {"q": "da"}).status_code == 200
