"""The hub's JSON API (/api/hub/v1/): its OpenAPI description, the clauses the database view's
filters find (identifiers written here, on the small hub of search/tests/hub.json, on each search
backend), pagination, one clause, the themes, and a JSON 4xx with a message for bad input."""

import datetime
import json

import pytest
from django.test import Client

from clauses.models import Clause
from search.tests.data import build_hub

API = "/api/hub/v1"
ALL_FIVE = ["DBH-9004", "DBH-9001", "DBH-9002", "DBH-9003", "DBH-9005"]
# Provenance given to some clauses of the small hub (every version of each).
PROVENANCE = {
    "DBH-9002": {
        "source_title": "Home care agreement",
        "employer": "Riverside Council",
        "bargaining_level": "municipal",
        "text_status": "summary",
        "date_signed": datetime.date(2018, 3, 1),
        "valid_from": datetime.date(2018, 4, 1),
        "valid_until": datetime.date(2021, 3, 31),
        "workers_covered": 1200,
        "original_language": "en",
        "source_url": "https://example.org/home-care.pdf",
        "commentary": "<p>Ask for the <b>parameters</b> &amp; data.</p><ul><li>Sign it</li></ul>",
    },
    "DBH-9003": {"bargaining_level": "national", "text_status": "summary"},
    "DBH-9004": {"bargaining_level": "national", "text_status": "verbatim"},
}


@pytest.fixture(scope="module")
def search_data(module_db):
    data = build_hub()
    for identifier, fields in PROVENANCE.items():
        Clause.objects.filter(identifier=identifier).update(**fields)
    return data


@pytest.fixture
def api(search_data, db):
    return Client(raise_request_exception=False)


@pytest.fixture
def searched(api, search_backend):
    """The API client, with the hub indexed on each search backend."""
    return api


def get(client, endpoint, **params):
    response = client.get(f"{API}/{endpoint}", params)
    assert response["Content-Type"].startswith("application/json"), response["Content-Type"]
    return response


def identifiers(response):
    assert response.status_code == 200, response.content
    return [item["identifier"] for item in response.json()["results"]]


def test_the_openapi_description_lists_the_endpoints_and_filters(api):
    response = api.get(f"{API}/openapi.json")
    assert response.status_code == 200
    document = json.loads(response.content)
    assert document["openapi"].startswith("3.")
    paths = document["paths"]
    assert set(paths) == {f"{API}/clauses", f"{API}/clauses/{{identifier}}", f"{API}/themes"}
    parameters = {p["name"] for p in paths[f"{API}/clauses"]["get"]["parameters"]}
    assert parameters == {
        "q",
        "theme",
        "subtheme",
        "type",
        "union",
        "country",
        "sector",
        "year_from",
        "year_to",
        "language",
        "level",
        "wording",
        "sort",
        "page",
        "page_size",
    }
    detail = {p["name"] for p in paths[f"{API}/clauses/{{identifier}}"]["get"]["parameters"]}
    assert detail == {"identifier", "language"}
    # No interactive docs page (it would need scripts the site's CSP forbids).
    assert api.get(f"{API}/docs").status_code == 404


@pytest.mark.parametrize(
    "params, expected",
    [
        ({}, ALL_FIVE),
        ({"theme": "1"}, ["DBH-9004", "DBH-9001"]),
        ({"country": "GB"}, ["DBH-9004", "DBH-9002"]),
        ({"q": "GPS"}, ["DBH-9001"]),
        ({"q": "disconnect"}, ["DBH-9003"]),
        ({"type": "legislation", "year_from": "2010"}, ["DBH-9003"]),
        ({"type": "agreement_clause", "year_from": "2021"}, ["DBH-9004"]),
        ({"year_from": "2018", "year_to": "2020"}, ["DBH-9001", "DBH-9002"]),
        ({"subtheme": "algorithms"}, ["DBH-9002"]),
        ({"union": "CFDT", "sector": "local"}, ["DBH-9003"]),
        ({"level": "national"}, ["DBH-9004", "DBH-9003"]),
        ({"wording": "summary"}, ["DBH-9002", "DBH-9003"]),
        ({"level": "workplace"}, []),
        ({"language": "fr"}, ["DBH-9001"]),
        ({"q": "workers", "country": "FR"}, ["DBH-9003"]),
    ],
)
def test_filters_find_the_expected_clauses(searched, params, expected):
    response = get(searched, "clauses", **params)
    assert identifiers(response) == expected
    assert response.json()["count"] == len(expected)


def test_every_language_lists_each_version(searched):
    response = get(searched, "clauses", language="all", page_size="100", sort="year")
    versions = sorted((item["identifier"], item["language"]) for item in response.json()["results"])
    assert versions == [
        ("DBH-9001", "ar"),
        ("DBH-9001", "en"),
        ("DBH-9001", "fr"),
        ("DBH-9001", "ru"),
        ("DBH-9002", "en"),
        ("DBH-9002", "es"),
        ("DBH-9002", "pt"),
        ("DBH-9003", "en"),
        ("DBH-9004", "en"),
        ("DBH-9005", "en"),
    ]


def test_an_item_has_its_facets_provenance_and_page(searched):
    response = get(searched, "clauses", subtheme="algorithms")
    assert response.json()["results"] == [
        {
            "identifier": "DBH-9002",
            "language": "en",
            "title": "Algorithmic scheduling in home care",
            "text": "Any scheduling algorithm used to plan home care visits is disclosed to the "
            "union, with its parameters and the data it uses.",
            "commentary": "Ask for the parameters & data.\n\n- Sign it",
            "clause_type": "model_clause",
            "themes": [2],
            "subthemes": ["algorithms"],
            "unions": ["UNISON"],
            "country": "GB",
            "sectors": ["local"],
            "year": 2018,
            "source_title": "Home care agreement",
            "employer": "Riverside Council",
            "bargaining_level": "municipal",
            "date_signed": "2018-03-01",
            "valid_from": "2018-04-01",
            "valid_until": "2021-03-31",
            "workers_covered": 1200,
            "text_status": "summary",
            "original_language": "en",
            "source_url": "https://example.org/home-care.pdf",
            "url": "http://localhost/en/hub/clauses/DBH-9002/",
        }
    ]
    # Unknown provenance is null, not an empty string.
    unknown = get(searched, "clauses", theme="3").json()["results"][0]
    assert (unknown["identifier"], unknown["country"], unknown["employer"]) == (
        "DBH-9005",
        None,
        None,
    )
    assert unknown["unions"] == [] and unknown["year"] is None
    assert unknown["commentary"] == "Negotiators can adapt this clause."


def test_pages_of_results_link_to_each_other(searched):
    first = get(searched, "clauses", page_size="2")
    body = first.json()
    assert (body["count"], body["page"], body["num_pages"]) == (5, 1, 3)
    assert identifiers(first) == ["DBH-9004", "DBH-9001"]
    assert body["previous"] is None
    assert body["next"] == f"http://localhost{API}/clauses?page_size=2&page=2"

    second = searched.get(body["next"])
    assert identifiers(second) == ["DBH-9002", "DBH-9003"]
    assert second.json()["previous"] == f"http://localhost{API}/clauses?page_size=2&page=1"

    third = get(searched, "clauses", page_size="2", page="3")
    assert identifiers(third) == ["DBH-9005"]
    assert third.json()["next"] is None

    past_the_end = get(searched, "clauses", page_size="2", page="4")
    assert past_the_end.status_code == 404
    assert "the last page is 3" in past_the_end.json()["message"]


def test_drafts_never_appear(searched):
    assert identifiers(get(searched, "clauses", q="Unpublished draft")) == []
    everything = get(searched, "clauses", language="all", page_size="100")
    assert "DBH-9099" not in identifiers(everything)
    assert get(searched, "clauses/DBH-9099").status_code == 404


def test_one_clause_in_each_of_its_languages(api):
    english = get(api, "clauses/DBH-9001")
    assert english.status_code == 200
    body = english.json()
    assert (body["language"], body["title"]) == ("en", "GPS tracking of refuse trucks")
    assert body["versions"] == ["ar", "en", "fr", "ru"]
    assert body["url"] == "http://localhost/en/hub/clauses/DBH-9001/"

    french = get(api, "clauses/DBH-9001", language="fr").json()
    assert (french["language"], french["title"]) == ("fr", "Suivi GPS des camions-bennes")
    assert french["url"] == "http://localhost/fr/hub/clauses/DBH-9001/"
    assert french["themes"] == [1] and french["country"] == "FR"

    assert get(api, "clauses/DBH-9001", language="es").status_code == 404
    assert get(api, "clauses/DBH-9001", language="xx").status_code == 400


def test_the_themes_with_their_codes(api):
    response = get(api, "themes")
    assert response.status_code == 200
    assert response.json() == [
        {
            "number": 1,
            "slug": "surveillance",
            "title": "Surveillance",
            "subthemes": [{"slug": "gps", "title": "GPS and location"}],
        },
        {
            "number": 2,
            "slug": "time-algorithms",
            "title": "Working time and algorithms",
            "subthemes": [
                {"slug": "algorithms", "title": "Algorithmic management"},
                {"slug": "time", "title": "Right to disconnect"},
            ],
        },
        {"number": 3, "slug": "skills", "title": "Skills", "subthemes": []},
    ]


def test_answers_are_public_and_cacheable(api):
    response = get(api, "themes")
    assert response["Cache-Control"] == "max-age=60"
    assert response["Access-Control-Allow-Origin"] == "*"
    error = get(api, "clauses", theme="99")
    assert error["Access-Control-Allow-Origin"] == "*"
    assert "max-age" not in error.get("Cache-Control", "")


@pytest.mark.parametrize(
    "params, parameter",
    [
        ({"theme": "99"}, "theme"),
        ({"theme": "abc"}, "theme"),
        ({"theme": "9" * 5000}, "theme"),
        ({"subtheme": "nothing"}, "subtheme"),
        ({"country": "ZZ"}, "country"),
        ({"type": "poem"}, "type"),
        ({"level": "galactic"}, "level"),
        ({"wording": "maybe"}, "wording"),
        ({"language": "xx"}, "language"),
        ({"sort": "random"}, "sort"),
        ({"year_from": "1800"}, "year_from"),
        ({"year_from": "2020", "year_to": "2010"}, "year_to"),
        ({"q": "gps " * 200}, "q"),
        ({"q": "GPS\x00"}, "q"),
        ({"page": "0"}, "page"),
        ({"page": "abc"}, "page"),
        ({"page": "99999"}, "page"),
        ({"page_size": "101"}, "page_size"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_input_is_a_json_400_with_a_message(api, params, parameter):
    response = get(api, "clauses", **params)
    assert response.status_code == 400, response.content
    body = response.json()
    assert body["message"].startswith(parameter), body["message"]


@pytest.mark.parametrize(
    "path", ["clauses/DBH-0000", "clauses/nothing", "clauses/DBH-1%00", "clauses/", "nothing"]
)
def test_unknown_clauses_and_paths_are_a_json_404(api, path):
    response = get(api, path)
    assert response.status_code == 404
    assert response.json()["message"]
    # Never a redirect to the language prefix, even where that URL would be too long for one.
    response = get(api, path, q="данные " * 1000)
    assert response.status_code == 404
    assert response.json()["message"]


def test_too_many_searches_are_a_json_429(api, settings):
    settings.SEARCHES_PER_MINUTE = 1
    assert get(api, "clauses").status_code == 200
    response = get(api, "clauses", q="gps")
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert response.json()["error"].startswith("You have made many requests")
