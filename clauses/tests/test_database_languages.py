"""The demo's clause database in every language, on both search backends: without a query it
lists every live clause once, in the reader's language where translated, otherwise in its
original language, marked with its own `lang` and `dir`; the language filter narrows to one
language or lists every version; keywords find clauses in any language."""

import re

import pytest
from django.utils.html import escape
from wagtail.models import Locale

from clauses.models import Clause, HubPage

# The demo site is copied in before the module's transaction (module_db) opens.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]

HIT = re.compile(
    r'<article class="clause-box search-hit"([^>]*)>\s*<h3><a href="[^"]*clauses/(DBH-\d+)/">'
    r"(.*?)</a>"
)
TOTAL = re.compile(r'role="status" aria-live="polite">(\d+)')
RTL = {"ar"}


@pytest.fixture(scope="module")
def search_data(demo_site, module_db):
    """The hub in every language: the locale synchronisation makes an alias of it where there
    is no translation; made here if it has not."""
    english = HubPage.objects.get(locale__language_code="en")
    for locale in Locale.objects.exclude(pk=english.locale_id):
        if not HubPage.objects.filter(translation_key=english.translation_key, locale=locale):
            english.copy_for_translation(locale, copy_parents=True, alias=True)


@pytest.fixture(scope="module")
def search_models():
    return [Clause]


@pytest.fixture
def hubs(search_backend, db):
    return {hub.locale.language_code: hub for hub in HubPage.objects.select_related("locale")}


def database_pages(client, hub, query=""):
    """(total shown, [(identifier, attributes, title)] of every page of results)."""
    found, total, page = [], None, 1
    while True:
        response = client.get(f"{hub.url}database/?{query}&page={page}")
        assert response.status_code == 200
        html = response.content.decode()
        total = int(TOTAL.search(html).group(1)) if total is None else total
        found += [(i, attrs, title) for attrs, i, title in HIT.findall(html)]
        if len(found) >= total or f"page={page + 1}" not in html:
            return total, found
        page += 1


def versions():
    """{identifier: {language code: title}} of the live clauses."""
    found = {}
    for identifier, code, title in Clause.objects.filter(live=True).values_list(
        "identifier", "locale__language_code", "title"
    ):
        found.setdefault(identifier, {})[code] = title
    return found


def expected_language(identifier, reader):
    clause = Clause.objects.filter(live=True, identifier=identifier)
    codes = set(clause.values_list("locale__language_code", flat=True))
    original = clause.first().original_language
    return next(code for code in (reader, original, "en") if code in codes)


def test_arabic_readers_get_every_live_clause_once_marked_with_its_language(client, hubs):
    total, found = database_pages(client, hubs["ar"])
    live = Clause.objects.filter(live=True)
    assert total == len(found) == live.values("translation_key").distinct().count()
    identifiers = [identifier for identifier, _attrs, _title in found]
    assert len(set(identifiers)) == len(identifiers)
    assert set(identifiers) == set(live.values_list("identifier", flat=True))
    titles = versions()
    for identifier, attrs, title in found:
        language = expected_language(identifier, "ar")
        assert title == escape(titles[identifier][language])
        direction = "rtl" if language in RTL else "ltr"
        assert attrs == ("" if language == "ar" else f' lang="{language}" dir="{direction}"')
    assert {attrs for _i, attrs, _t in found} >= {"", ' lang="en" dir="ltr"'}


def test_each_reader_gets_their_language_where_translated_else_the_original(client, hubs):
    titles = versions()
    for reader in ("fr", "pt"):
        _total, found = database_pages(client, hubs[reader])
        assert len(found) == len(titles)
        for identifier, attrs, title in found:
            language = expected_language(identifier, reader)
            assert title == escape(titles[identifier][language])
            assert attrs == ("" if language == reader else f' lang="{language}" dir="ltr"')
    # Translated into French: in French. Not into Portuguese: in English, marked.
    shown = {identifier: (attrs, title) for identifier, attrs, title in found}
    assert shown["DBH-0038"] == (' lang="en" dir="ltr"', escape(titles["DBH-0038"]["en"]))
    _total, found = database_pages(client, hubs["fr"], "q=lone+worker+devices")
    assert found[0][:2] == ("DBH-0038", "")
    # The clause's own page shows the same version as the database.
    html = client.get(f"{hubs['pt'].url}clauses/DBH-0038/").content.decode()
    assert '<html lang="pt"' in html and '<div lang="en">' in html


def test_the_language_filter_narrows_to_one_language_or_every_version(client, hubs):
    french = Clause.objects.filter(live=True, locale__language_code="fr")
    total, found = database_pages(client, hubs["ar"], "language=fr")
    assert total == len(found) == french.count()
    assert {attrs for _i, attrs, _t in found} == {' lang="fr" dir="ltr"'}
    response = client.get(f"{hubs['ar'].url}database/?language=all")
    total = int(TOTAL.search(response.content.decode()).group(1))
    assert total == Clause.objects.filter(live=True).count()


def test_a_keyword_on_the_arabic_pages_finds_english_clauses(client, hubs):
    total, found = database_pages(client, hubs["ar"], "q=lone+worker+devices")
    assert len({i for i, _a, _t in found}) == len(found) == total
    assert found[0][:2] == ("DBH-0038", ' lang="en" dir="ltr"')
    for identifier, attrs, _title in found:
        language = expected_language(identifier, "ar")
        assert attrs == ("" if language == "ar" else f' lang="{language}" dir="ltr"')
