"""The clause database's provenance filters, as readers use them, on both search backends (the
database backend and a real Elasticsearch node): the bargaining level (`level`) and whether the
text is the source's own words or a summary (`wording`) narrow the results, each choice shows
how many clauses it would give, in every language, and an unknown value answers 400 with a
message. The data is the search tests' small hub (search/tests/data.py) with provenance added."""

import re

import pytest

from clauses.models import Clause, HubPage
from search.tests.data import build_hub

pytestmark = pytest.mark.django_db

# identifier -> (bargaining level, text status) of the hub's five published clauses.
PROVENANCE = {
    "DBH-9001": ("national", "summary"),
    "DBH-9002": ("municipal", "verbatim"),
    "DBH-9003": ("national", ""),
    "DBH-9004": ("workplace", "summary"),
    "DBH-9005": ("", ""),
}


@pytest.fixture(scope="module")
def search_data(module_db):
    """The search tests' hub; every language version of a clause shares its provenance."""
    data = build_hub()
    for identifier, (level, status) in PROVENANCE.items():
        Clause.objects.filter(identifier=identifier).update(
            bargaining_level=level, text_status=status
        )
    return data


@pytest.fixture(scope="module")
def search_models():
    return [Clause]


@pytest.fixture
def hubs(search_data, search_backend, db):
    return {hub.locale.language_code: hub for hub in HubPage.objects.select_related("locale")}


def get(client, hub, query=""):
    response = client.get(f"{hub.url}database/?{query}")
    return response, response.content.decode()


def identifiers(html):
    """The identifiers of the results on a database page."""
    return set(
        re.findall(
            r'<article class="clause-box search-hit"[^>]*>\s*<h3><a href="[^"]*clauses/(DBH-\d+)/',
            html,
        )
    )


def select(html, name):
    """The <select> of filter `name`, as HTML."""
    return re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S).group(1)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("level=national", {"DBH-9001", "DBH-9003"}),
        ("level=municipal", {"DBH-9002"}),
        ("level=workplace", {"DBH-9004"}),
        ("level=sectoral", set()),
        ("wording=summary", {"DBH-9001", "DBH-9004"}),
        ("wording=verbatim", {"DBH-9002"}),
        ("level=national&wording=summary", {"DBH-9001"}),
        ("level=national&type=legislation", {"DBH-9003"}),
        ("wording=summary&q=cameras", {"DBH-9004"}),
    ],
)
def test_level_and_wording_filter_the_clauses(client, hubs, query, expected):
    response, html = get(client, hubs["en"], query)
    assert response.status_code == 200
    assert identifiers(html) == expected


def test_each_level_and_wording_shows_its_count(client, hubs):
    _response, html = get(client, hubs["en"])
    levels = select(html, "level")
    assert re.search(r'<option value="national">National \(2\)</option>', levels)
    assert re.search(r'<option value="municipal">Municipal \(1\)</option>', levels)
    assert re.search(r'<option value="workplace">Workplace or company \(1\)</option>', levels)
    # A level no clause has would show nothing: it is left out.
    assert 'value="sectoral"' not in levels
    wording = select(html, "wording")
    assert re.search(r'<option value="summary">A summary of the source \(2\)</option>', wording)
    assert re.search(
        r'<option value="verbatim">The source&#x27;s own words \(1\)</option>', wording
    )


def test_counts_follow_the_other_filters(client, hubs):
    _response, html = get(client, hubs["en"], "level=national")
    # Among national agreements one text is a summary, none verbatim.
    wording = select(html, "wording")
    assert re.search(r'<option value="summary">[^<]*\(1\)</option>', wording)
    assert 'value="verbatim"' not in wording
    # The level filter still offers the other levels, counted without itself.
    levels = select(html, "level")
    assert re.search(r'<option value="national" selected>National \(2\)</option>', levels)
    assert re.search(r'<option value="municipal">Municipal \(1\)</option>', levels)


def test_an_active_filter_can_be_removed(client, hubs):
    _response, html = get(client, hubs["en"], "level=municipal")
    assert "Bargaining level: Municipal" in html
    assert 'aria-label="Active search and filters"' in html


def test_the_filters_work_in_another_language(client, hubs):
    # The French hub lists DBH-9001 in French and the others in English (not yet translated).
    _response, html = get(client, hubs["fr"], "level=national")
    assert identifiers(html) == {"DBH-9001", "DBH-9003"}
    assert "Suivi GPS des camions-bennes" in html
    _response, html = get(client, hubs["fr"], "wording=verbatim&language=all")
    # Every language version of DBH-9002 shares its source's wording status.
    assert identifiers(html) == {"DBH-9002"}
    assert html.count('clauses/DBH-9002/"') == 3  # English, Spanish and Portuguese


@pytest.mark.parametrize("query", ["level=galactic", "wording=paraphrase", "level=<script>"])
def test_unknown_values_answer_400_with_a_message(client, hubs, query):
    response, html = get(client, hubs["en"], query)
    assert response.status_code == 400
    assert "Some filter values are not valid" in html
    assert "is not one of the available choices" in html
    assert "<script>" not in html.split("<main", 1)[1]
