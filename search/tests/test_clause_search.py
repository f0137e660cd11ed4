"""The hub's clause database as readers use it, on both backends (the database backend and a
real Elasticsearch node): keyword, every filter, facet counts, highlighting, sort,
pagination, language, the empty state and bad input. Each test runs once per backend (the
default language choice, each clause once in the reader's language: test_clause_versions)."""

import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from clauses.database.spec import clause_query, clause_search
from clauses.models import Clause

from .data import DRAFT_TITLE

pytestmark = pytest.mark.django_db

ALL = ("en", "fr", "es", "pt", "ru", "ar")


def identifiers(html):
    """The identifiers of the results on a database page, in order."""
    return re.findall(
        r'<article class="clause-box search-hit"[^>]*>\s*<h3><a href="[^"]*clauses/(DBH-\d+)/', html
    )


def get(client, hub, query=""):
    response = client.get(f"{hub.url}database/?{query}")
    return response, response.content.decode()


def english_query(**kwargs):
    english = Locale.objects.get(language_code="en")
    filters = kwargs.pop("filters", {})
    filters.setdefault("language", english.pk)
    return clause_query(filters=filters, languages=kwargs.pop("languages", ("en",)), **kwargs)


def test_browsing_lists_published_clauses_newest_first(client, hub):
    response, html = get(client, hub)
    assert response.status_code == 200
    assert identifiers(html) == ["DBH-9004", "DBH-9001", "DBH-9002", "DBH-9003", "DBH-9005"]
    assert DRAFT_TITLE not in html
    assert "5 clauses" in html


def test_keyword_finds_the_matching_clause(client, hub):
    _response, html = get(client, hub, "q=refuse")
    assert identifiers(html) == ["DBH-9001"]
    assert "1 clause" in html


def test_keyword_searches_title_text_and_identifier(client, hub):
    assert identifiers(get(client, hub, "q=disconnect")[1]) == ["DBH-9003"]
    assert identifiers(get(client, hub, "q=72+hours+recordings")[1])[0] == "DBH-9004"
    assert identifiers(get(client, hub, "q=DBH-9002")[1])[0] == "DBH-9002"


@pytest.mark.parametrize(
    "query, expected",
    [
        ("theme=1", {"DBH-9001", "DBH-9004"}),
        ("subtheme=gps", {"DBH-9001"}),
        ("type=legislation", {"DBH-9003"}),
        ("union=CFDT", {"DBH-9001", "DBH-9003"}),
        ("country=GB", {"DBH-9002", "DBH-9004"}),
        ("sector=health", {"DBH-9001", "DBH-9004"}),
        ("year_from=2018&year_to=2020", {"DBH-9001", "DBH-9002"}),
        ("year_from=2021", {"DBH-9004"}),
        ("year_to=2016", {"DBH-9003"}),
        ("theme=2&union=CFDT", {"DBH-9003"}),
        ("q=workers&country=FR", {"DBH-9003"}),
    ],
)
def test_every_filter(client, hub, query, expected):
    response, html = get(client, hub, query)
    assert response.status_code == 200
    assert set(identifiers(html)) == expected


def test_facet_counts_apply_the_other_filters(hub):
    english = Locale.objects.get(language_code="en").pk
    results = clause_search(english_query(filters={"type": "agreement_clause"}))
    assert results.total == 2
    facets = results.facets
    # The type facet ignores the type filter: it counts every type (with the language).
    assert facets["type"] == {
        "agreement_clause": 2,
        "model_clause": 1,
        "legislation": 1,
        "union_guidance": 1,
    }
    # The other facets count within agreement clauses only.
    assert sorted(facets["theme"].values()) == [2]
    assert sorted(facets["country"].values()) == [1, 1]
    assert sorted(facets["year"].items()) == [(2020, 1), (2022, 1)]
    # The language facet counts every language's clauses of that type.
    assert facets["language"][english] == 2
    assert sum(facets["language"].values()) == 2 + 3  # the French, Russian, Arabic DBH-9001


def test_facet_counts_follow_the_keyword(hub):
    results = clause_search(english_query(text="workers"))
    assert {c for c in results.facets["type"]} == {
        "legislation",
        "agreement_clause",
        "union_guidance",
    }
    results = clause_search(english_query(text="workers", filters={"type": "legislation"}))
    assert results.total == 1
    assert sum(results.facets["type"].values()) == results.facets["type"]["legislation"] + 2


def test_facet_counts_show_in_the_filters(client, hub):
    _response, html = get(client, hub, "type=agreement_clause")
    assert re.search(r'<option value="legislation">[^<]*\(1\)</option>', html)
    assert re.search(r'<option value="agreement_clause" selected>[^<]*\(2\)</option>', html)
    assert re.search(r'<option value="FR">France \(1\)</option>', html)
    # A choice that would show nothing is left out.
    assert '<option value="local">' not in html


def test_matches_are_highlighted_and_the_text_escaped(client, hub):
    _response, html = get(client, hub, "q=refuse")
    assert "<mark>refuse</mark>" in html
    _response, html = get(client, hub, "q=recordings")
    assert "<mark>recordings</mark>" in html
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)" in html


def test_highlight_fragments_come_back_for_each_hit(hub):
    results = clause_search(english_query(text="GPS tracking"))
    first = results.hits[0]
    assert first.record.identifier == "DBH-9001"
    assert "\ue000" in first.title
    assert any("\ue000" in fragment for fragment in first.fragments)


def test_sort_by_year_or_relevance(client, hub):
    _response, html = get(client, hub, "q=workers&sort=year")
    assert identifiers(html) == ["DBH-9004", "DBH-9003", "DBH-9005"]
    _response, html = get(client, hub, "q=monitor+drivers&sort=relevance")
    assert identifiers(html)[0] == "DBH-9001"


def test_pagination(hub):
    pages = [clause_search(english_query(page=n, page_size=2)) for n in (1, 2, 3)]
    assert [[h.record.identifier for h in p.hits] for p in pages] == [
        ["DBH-9004", "DBH-9001"],
        ["DBH-9002", "DBH-9003"],
        ["DBH-9005"],
    ]
    assert {p.total for p in pages} == {5}
    assert {p.num_pages for p in pages} == {3}


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99999", "1e3", ""])
def test_any_page_number_answers(client, hub, page):
    response, html = get(client, hub, f"page={page}")
    assert response.status_code == 200
    assert len(identifiers(html)) == 5


def test_a_language_or_all_languages_can_be_chosen(client, hub):
    _response, html = get(client, hub, "language=es")
    assert identifiers(html) == ["DBH-9002"]
    assert "Planificación algorítmica" in html
    _response, html = get(client, hub, "language=all")
    assert len(identifiers(html)) == 5 + 5
    assert 'lang="ru"' in html
    _response, html = get(client, hub, "language=all&q=GPS")
    assert set(identifiers(html)) >= {"DBH-9001"}


@pytest.mark.parametrize(
    "language, query, identifier, on_database",
    [
        ("fr", "données", "DBH-9001", True),
        ("es", "algoritmos", "DBH-9002", True),
        ("pt", "algoritmos", "DBH-9002", True),
        ("ru", "данных", "DBH-9001", True),
        ("en", "monitoring", "DBH-9001", True),
        # Arabic takes prefixes as well as suffixes: only a real Arabic analyzer finds it.
        ("ar", "بيانات", "DBH-9001", False),
    ],
)
def test_each_language_is_stemmed(
    client, hub, search_backend, language, query, identifier, on_database
):
    response, html = get(client, hub, f"language={language}&q={query}")
    found = identifier in identifiers(html)
    if search_backend.kind == "elasticsearch" or on_database:
        assert found, (language, query)
        assert "<mark>" in html
    else:
        assert not found  # the database backend's known limit (see the README)


def test_the_empty_state_suggests_ways_out(client, hub):
    response, html = get(client, hub, "q=zzyzx&type=legislation")
    assert response.status_code == 200
    assert "No clause matches this search." in html
    assert "search the clauses in all languages" in html
    assert "type=legislation" in html and "remove" in html


@pytest.mark.parametrize(
    "query",
    [
        "theme=99",
        "country=ZZ",
        "year_from=abc",
        "type=<script>",
        "language=xx",
        "sort=random",
        "year_from=2020&year_to=2010",
        "q=" + "a" * 501,
        "q=%00",
    ],
)
def test_bad_values_answer_400_with_a_message(client, hub, query):
    response, html = get(client, hub, query)
    assert response.status_code == 400
    assert "not valid" in html
    assert "<script>" not in html.split("<main", 1)[1]


@pytest.mark.parametrize(
    "text",
    [
        '"unbalanced',
        "title:(GPS OR",
        "a AND OR NOT",
        "*",
        "\\",
        "~1^2",
        "{title body} : x",
        "GPS\x01\x02data",
        "GPS трекинг données",
        "' OR 1=1 --",
        "!!!",
    ],
)
def test_any_query_text_answers(client, hub, text):
    response = client.get(f"{hub.url}database/", {"q": text})
    assert response.status_code == 200


def test_each_hit_shows_its_clause_with_the_linked_records_names_of_today(
    client, hub, search_backend, settings
):
    """A hit's identifier, type, union, country and year; on Elasticsearch they come from the
    indexed document (no query on the clauses once the page around the results is cached),
    and a union renamed since shows its new acronym."""
    settings.PAGE_CACHE_ENABLED = False  # the view itself, each time
    clause = next(
        c
        for c in Clause.objects.filter(live=True, locale__language_code="en", country__isnull=False)
        if c.unions.exists()
    )
    union = clause.unions.get()
    for warm in ("", "q=data"):  # the page around the results (navigator, feeds) is cached
        get(client, hub, warm)
    with CaptureQueriesContext(connection) as queries:
        response, html = get(client, hub, f"q={clause.identifier}")
    assert response.status_code == 200
    meta = hit_meta(html, clause.identifier)
    assert meta == [
        clause.identifier,
        clause.get_clause_type_display(),
        union.acronym,
        clause.country.display_name,
        str(clause.year),
    ]
    if search_backend.kind == "elasticsearch":
        read = [q["sql"] for q in queries.captured_queries if '"clauses_clause' in q["sql"]]
        assert not read, "the page of hits is read from the search engine's documents"
    union.acronym = "RENAMED"
    union.save()
    assert hit_meta(get(client, hub, f"q={clause.identifier}")[1], clause.identifier)[2] == (
        "RENAMED"
    )


def hit_meta(html, identifier):
    """The details line of the hit of clause `identifier`, item by item."""
    for article in BeautifulSoup(html, "html.parser").select("article.search-hit"):
        if article.select_one("h3 a")["href"].endswith(f"/clauses/{identifier}/"):
            return [part.strip() for part in article.select_one("p.meta").get_text().split("·")]
    raise AssertionError(f"no hit for {identifier}")
