"""Elasticsearch stopping mid-suite: the search pages still answer (from the database backend,
with a notice), and an editor's publish still saves; the next update_index catches up.
This test starts and stops a node of its own, so the session's node is unaffected."""

import logging

import pytest
from wagtail.models import Locale

from clauses.database.spec import clause_query, clause_search
from tests.search_fixtures import search_backend_for

from .data import build_hub

pytestmark = pytest.mark.django_db

NOTICE = "The full search service is not available at the moment"


def test_search_answers_when_elasticsearch_is_unreachable(
    own_elasticsearch_node, elasticsearch_url, client, caplog
):
    data = build_hub()
    hub = data.hub
    with search_backend_for(
        "elasticsearch", own_elasticsearch_node.url, with_database_fallback=True
    ) as under_test:
        under_test.rebuild()
        html = client.get(f"{hub.url}database/", {"q": "refuse"}).content.decode()
        assert "DBH-9001" in html and NOTICE not in html

        own_elasticsearch_node.stop()

        for url, params in [
            (f"{hub.url}database/", {"q": "refuse"}),
            (f"{hub.url}database/", {"type": "legislation"}),
            ("/en/search/", {"q": "refuse"}),
        ]:
            response = client.get(url, params)
            assert response.status_code == 200, url
            assert NOTICE in response.content.decode(), url
        assert "DBH-9001" in client.get(f"{hub.url}database/", {"q": "refuse"}).content.decode()
        response = client.get("/en/search/suggest/", {"q": "refu"})
        assert response.status_code == 200
        assert response.json()["suggestions"][0]["value"] == "DBH-9001"

        # An editor publishes while the node is down: the save stands, the failure is logged.
        clause = data.clauses["DBH-9003"]
        clause.title = "Right to disconnect from the smartwatch"
        with caplog.at_level(logging.ERROR):
            clause.save_revision().publish()
        clause.refresh_from_db()
        assert clause.title == "Right to disconnect from the smartwatch"
        assert any("search backend" in r.getMessage() for r in caplog.records)

    # The next update_index, on a node that answers, indexes what the failure missed.
    with search_backend_for("elasticsearch", elasticsearch_url) as recovered:
        recovered.rebuild()
        english = Locale.objects.get(language_code="en")
        results = clause_search(
            clause_query(text="smartwatch", filters={"language": english.pk}, languages=("en",))
        )
        assert not results.degraded
        assert [hit.record.identifier for hit in results.hits] == ["DBH-9003"]
