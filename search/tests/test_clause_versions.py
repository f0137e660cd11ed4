"""The clause database lists every clause once in the reader's language where it is translated,
otherwise in its original language, each result marked with its own language, on both
backends. The language filter narrows to one language or lists every version."""

import re

import pytest
from wagtail.models import Locale

from clauses.database.spec import clause_query, clause_search
from clauses.models import HubPage

from .data import build_hub

pytestmark = pytest.mark.django_db

ALL = ("en", "fr", "es", "pt", "ru", "ar")
HIT = re.compile(
    r'<article class="clause-box search-hit"([^>]*)>\s*<h3><a href="[^"]*clauses/(DBH-\d+)/">'
    r"(.*?)</a>"
)


@pytest.fixture(scope="module")
def search_data(module_db):
    """The search tests' hub, with an Arabic alias of it (the locale synchronisation makes one
    for every page; created here if it does not exist)."""
    data = build_hub()
    arabic = Locale.objects.get(language_code="ar")
    if not HubPage.objects.filter(locale=arabic, translation_key=data.hub.translation_key):
        data.hub.copy_for_translation(arabic, copy_parents=True, alias=True)
    return data


def hub_in(hub, code):
    return HubPage.objects.get(
        translation_key=hub.translation_key, locale__language_code=code
    ).specific


def hits(client, hub, code, query=""):
    """(identifier, attributes of the result, title) of each result on the page."""
    response = client.get(f"{hub_in(hub, code).url}database/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    return [(identifier, attrs, title) for attrs, identifier, title in HIT.findall(html)], html


def reader_query(code, **kwargs):
    """The default query of a reader of `code`, as the database view makes it."""
    languages = (code, *[c for c in ALL if c != code])
    return clause_query(shown_in=code, languages=languages, **kwargs)


def test_every_clause_once_in_french_where_translated_else_marked_english(client, hub):
    found, html = hits(client, hub, "fr")
    assert [identifier for identifier, _attrs, _title in found] == [
        "DBH-9004",
        "DBH-9001",
        "DBH-9002",
        "DBH-9003",
        "DBH-9005",
    ]
    shown = {identifier: (attrs, title) for identifier, attrs, title in found}
    # Translated: in French, like the page, so not marked.
    assert shown["DBH-9001"] == ("", "Suivi GPS des camions-bennes")
    # Not translated: in English, marked as such.
    assert shown["DBH-9003"] == (' lang="en" dir="ltr"', "Right to disconnect")
    assert "5 clauses" in html
    # The default choice, checked, counts each clause once; "all languages" every version.
    assert re.search(r'value="" checked> [^<(]+ \(5\)', html)
    assert re.search(r'value="all"> Toutes les langues \(10\)', html)


def test_arabic_readers_get_every_clause_once(client, hub):
    found, html = hits(client, hub, "ar")
    assert sorted(identifier for identifier, _a, _t in found) == [
        "DBH-9001",
        "DBH-9002",
        "DBH-9003",
        "DBH-9004",
        "DBH-9005",
    ]
    shown = {identifier: (attrs, title) for identifier, attrs, title in found}
    assert shown["DBH-9001"] == ("", "تتبع شاحنات النفايات")
    assert shown["DBH-9002"][0] == ' lang="en" dir="ltr"'
    assert '<html lang="ar" dir="rtl">' in html
    # An Arabic version on an English page is marked right-to-left.
    found, _html = hits(client, hub, "en", "language=ar")
    assert found == [("DBH-9001", ' lang="ar" dir="rtl"', "تتبع شاحنات النفايات")]


def test_the_language_filter_narrows_to_one_language_or_every_version(client, hub):
    found, _html = hits(client, hub, "fr", "language=fr")
    assert [(i, t) for i, _a, t in found] == [("DBH-9001", "Suivi GPS des camions-bennes")]
    found, _html = hits(client, hub, "fr", "language=en")
    assert len(found) == 5 and {a for _i, a, _t in found} == {' lang="en" dir="ltr"'}
    found, html = hits(client, hub, "fr", "language=all")
    versions = sorted(identifier for identifier, _a, _t in found)
    assert versions == ["DBH-9001"] * 4 + ["DBH-9002"] * 3 + ["DBH-9003", "DBH-9004", "DBH-9005"]
    assert "10 clauses" in html


def test_keywords_find_every_clause_once_in_any_language(client, hub):
    # An English word on the Arabic pages finds the English clauses (Arabic has few).
    found, _html = hits(client, hub, "ar", "q=disconnect")
    assert found == [("DBH-9003", ' lang="en" dir="ltr"', "Right to <mark>disconnect</mark>")]
    # A French word on the French pages finds the French translation, marked up.
    found, _html = hits(client, hub, "fr", "q=donn%C3%A9es")
    assert found[0][:2] == ("DBH-9001", "")
    # A word in both versions of a clause finds it once, in the reader's language.
    found, _html = hits(client, hub, "en", "q=GPS")
    assert [(i, a) for i, a, _t in found] == [("DBH-9001", "")]
    found, _html = hits(client, hub, "fr", "q=GPS&language=all")
    assert sorted(i for i, _a, _t in found) == ["DBH-9001"] * 3  # en, fr, ru mention GPS


def test_counts_totals_and_pages_count_each_clause_once(hub):
    french = Locale.objects.get(language_code="fr").pk
    results = clause_search(reader_query("fr"))
    assert results.total == results.shown_total == 5
    assert sum(results.facets["type"].values()) == 5
    assert sum(results.facets["year"].values()) == 4  # DBH-9005 has no year
    assert results.facets["theme"] and sum(results.facets["theme"].values()) == 5
    # The language facet counts every version, for the language choices.
    assert sorted(results.facets["language"].values()) == [1, 1, 1, 1, 1, 5]
    assert results.facets["language"][french] == 1
    # Filtered: every count under the filter, still once each.
    results = clause_search(reader_query("fr", filters={"type": "agreement_clause"}))
    assert results.total == 2 and results.facets["type"]["agreement_clause"] == 2
    # One language chosen: its versions match; the default choice's count is still known.
    results = clause_search(reader_query("fr", filters={"language": french}))
    assert results.total == 1 and results.shown_total == 5
    results = clause_search(reader_query("fr", filters={"language": None}))
    assert results.total == 10 and results.shown_total == 5
    # Pages split the five clauses without repeating one.
    pages = [clause_search(reader_query("ar", page=n, page_size=2)) for n in (1, 2, 3)]
    shown = [(h.record.identifier, h.record.language) for p in pages for h in p.hits]
    assert [i for i, _language in shown] == [
        "DBH-9004",
        "DBH-9001",
        "DBH-9002",
        "DBH-9003",
        "DBH-9005",
    ]
    assert ("DBH-9001", "ar") in shown and {p.num_pages for p in pages} == {3}
    # Sorted by relevance too, each clause once.
    results = clause_search(reader_query("fr", text="workers GPS données", page_size=20))
    identifiers = [h.record.identifier for h in results.hits]
    assert len(identifiers) == len(set(identifiers)) == results.total
