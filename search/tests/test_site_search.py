"""Site search (/<language>/search/) and the search boxes' suggestions, on both backends:
pages and clauses of the active language, labelled by kind, with pagination."""

import json
import re

import pytest
from wagtail.models import Locale

from .data import DRAFT_TITLE

pytestmark = pytest.mark.django_db


def titles(html):
    return [
        re.sub(r"<[^>]+>", "", title)
        for title in re.findall(r'<h3><a href="[^"]*">(.*?)</a></h3>', html)
    ]


def test_pages_and_clauses_of_the_language_labelled_by_kind(client, hub):
    response = client.get("/en/search/", {"q": "GPS"})
    html = response.content.decode()
    assert response.status_code == 200
    found = titles(html)
    assert "About GPS tracking at work" in found
    assert "GPS tracking of refuse trucks" in found
    assert DRAFT_TITLE not in html
    assert "Suivi GPS des camions-bennes" not in html  # French, not English
    assert '<p class="badge">Clause</p>' in html
    assert '<p class="badge">Standard page</p>' in html
    assert "<mark>GPS</mark>" in html
    assert re.search(r"Pages \(1\)", html) and re.search(r"Clauses \(1\)", html)


def test_one_kind_at_a_time(client, hub):
    html = client.get("/en/search/", {"q": "GPS", "type": "clause"}).content.decode()
    assert titles(html) == ["GPS tracking of refuse trucks"]
    html = client.get("/en/search/", {"q": "GPS", "type": "page"}).content.decode()
    assert titles(html) == ["About GPS tracking at work"]


def test_other_languages_search_their_own_content(client, hub):
    html = client.get("/fr/search/", {"q": "données"}).content.decode()
    assert titles(html) == ["Suivi GPS des camions-bennes"]


@pytest.mark.parametrize("page", ["2", "99999", "abc", "-3"])
def test_pages_past_the_end_show_the_last(client, hub, page):
    response = client.get("/en/search/", {"q": "workers", "page": page})
    assert response.status_code == 200
    assert len(titles(response.content.decode())) >= 3


def test_an_empty_search_shows_the_form_only(client, hub):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert 'role="search"' in response.content.decode()


def test_nothing_found_suggests_the_clause_database(client, hub):
    html = client.get("/en/search/", {"q": "zzyzx"}).content.decode()
    assert "Nothing on the site matches this search." in html
    assert "database/?q=zzyzx&amp;language=all" in html


@pytest.mark.parametrize("params", [{"q": "GPS", "type": "video"}, {"q": "a" * 10_000}])
def test_bad_input_answers_400(client, hub, params):
    response = client.get("/en/search/", params)
    assert response.status_code == 400
    assert "not valid" in response.content.decode()


def suggestions(client, language, text):
    response = client.get(f"/{language}/search/suggest/", {"q": text})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)["suggestions"]


def test_suggestions_offer_clause_titles_unions_and_countries(client, hub):
    found = suggestions(client, "en", "refu")
    assert {
        "type": "clause",
        "label": "GPS tracking of refuse trucks",
        "value": "DBH-9001",
        "url": f"{hub.url}clauses/DBH-9001/",
    } in found
    assert any(
        s["type"] == "union" and s["value"] == "UNISON" for s in suggestions(client, "en", "unis")
    )
    country = [s for s in suggestions(client, "en", "fran") if s["type"] == "country"]
    assert country == [
        {
            "type": "country",
            "label": "France",
            "value": "FR",
            "url": f"{hub.url}database/?country=FR",
        }
    ]
    french = suggestions(client, "fr", "suivi")
    french_hub = hub.get_translation(Locale.objects.get(language_code="fr"))
    assert french[0]["label"] == "Suivi GPS des camions-bennes"
    assert french[0]["url"] == f"{french_hub.url}clauses/DBH-9001/"


def test_suggestions_need_two_characters_and_refuse_long_input(client, hub):
    assert suggestions(client, "en", "r") == []
    assert suggestions(client, "en", "((") == []
    assert client.get("/en/search/suggest/", {"q": "x" * 101}).status_code == 400
