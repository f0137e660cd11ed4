"""The clause API on the demo site (acceptance 1 of #15), on each search backend: for fixed
parameter sets, the clause identifiers it returns and their count. The lists are written here
by reading clauses/demo_content/clauses.json (and clauses/demo.py), not computed by the site's
query code. Without a keyword the API's order is the database view's: newest year first, then
by identifier number; without `language` each clause comes once, in English (every demo clause
has an English version). Each item links to its clause page on its own language's hub."""

from urllib.parse import urlencode

import pytest
from django.test import Client
from django.utils.html import escape
from wagtail.models import Site

from clauses.models import Clause

# The demo site is copied in before the module's transaction (module_db) opens.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]

API = "/api/hub/v1/clauses"
CANADA = ["DBH-0055", "DBH-0054", "DBH-0064", "DBH-0027", "DBH-0013", "DBH-0014"]
# The three clauses the demo translates into Portuguese (2021, 2020, 2018).
PORTUGUESE = ["DBH-0056", "DBH-0032", "DBH-0061"]
CASES = [
    # No filter: all 66 clauses once; the first five are the three of 2022, then 2021's first.
    ({"page_size": "5"}, 66, ["DBH-0043", "DBH-0055", "DBH-0057", "DBH-0018", "DBH-0019"]),
    (
        {"country": "NO"},
        6,
        ["DBH-0028", "DBH-0015", "DBH-0016", "DBH-0010", "DBH-0011", "DBH-0053"],
    ),
    (
        {"theme": "4", "type": "legislation"},
        11,
        ["DBH-0057", "DBH-0052", "DBH-0054", "DBH-0056", "DBH-0058", "DBH-0059"]
        + ["DBH-0060", "DBH-0048", "DBH-0062", "DBH-0022", "DBH-0021"],
    ),
    ({"level": "national"}, 3, ["DBH-0012", "DBH-0010", "DBH-0011"]),
    ({"level": "municipal"}, 2, ["DBH-0015", "DBH-0016"]),
    ({"union": "ver.di"}, 4, ["DBH-0037", "DBH-0007", "DBH-0008", "DBH-0009"]),
    ({"year_from": "2005", "year_to": "2015"}, 4, ["DBH-0013", "DBH-0014", "DBH-0065", "DBH-0053"]),
    ({"language": "fr", "country": "CA"}, 6, CANADA),
    ({"language": "pt"}, 3, PORTUGUESE),
    # Words only one clause has, in any of its languages: "telematics", and an identifier.
    ({"q": "telematics"}, 1, ["DBH-0018"]),
    ({"q": "DBH-0042"}, 1, ["DBH-0042"]),
]


@pytest.fixture(scope="module")
def search_data(demo_site, module_db):
    return None


@pytest.fixture(scope="module")
def search_models():
    return [Clause]


@pytest.fixture
def api(search_backend, db):
    return Client(raise_request_exception=False)


def clauses(api, params):
    response = api.get(API, params)
    assert response.status_code == 200, response.content
    return response.json()


@pytest.mark.parametrize("params, count, expected", CASES, ids=[urlencode(c[0]) for c in CASES])
def test_fixed_parameters_find_the_demo_clauses(api, params, count, expected):
    body = clauses(api, params)
    assert [item["identifier"] for item in body["results"]] == expected
    assert body["count"] == count
    language = params.get("language", "en")
    assert {item["language"] for item in body["results"]} == {language}


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"language": "pt"}, PORTUGUESE),
        ({"language": "fr", "country": "CA", "page_size": "2"}, CANADA[:2]),
    ],
    ids=["pt", "fr-CA"],
)
def test_items_link_to_their_page_on_their_language_s_hub(api, params, expected):
    root = Site.objects.get(is_default_site=True).root_url
    language = params["language"]
    items = clauses(api, params)["results"]
    assert [item["url"] for item in items] == [
        f"{root}/{language}/hub/clauses/{identifier}/" for identifier in expected
    ]
    for item in items:
        page = api.get(item["url"])
        assert page.status_code == 200, item["url"]
        html = page.content.decode()
        assert f'<html lang="{language}"' in html
        assert escape(item["title"]) in html
