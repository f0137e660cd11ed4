"""The clause database's layout as the server renders it, before any JavaScript: a "Skip to
results" link to the results' heading, the search box first, then the filters in a <details>
("Filters", with how many are on), then the results with the active filters as links that
remove them; in English and in Arabic. (The browser's side: tests/test_browser_database.py.)"""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from wagtail.models import Locale

from clauses.models import Clause

from .factories import make_clause

pytestmark = pytest.mark.django_db


@pytest.fixture
def hubs(hub, taxonomy):
    """The hub in English and Arabic (an alias, as the locale synchronisation makes it), with
    one collective agreement clause."""
    make_clause(taxonomy, "Rota data clause", clause_type="agreement_clause")
    arabic = hub.copy_for_translation(
        Locale.objects.get(language_code="ar"), copy_parents=True, alias=True
    )
    return {"en": hub, "ar": arabic}


def page(client, hub, query=""):
    response = client.get(f"{hub.url}database/{query}")
    return response.status_code, BeautifulSoup(response.content, "html.parser")


def in_document_order(html, *elements):
    order = {id(element): i for i, element in enumerate(html.find_all(True))}
    return [order[id(element)] for element in elements] == sorted(
        order[id(element)] for element in elements
    )


@pytest.mark.parametrize("language", ["en", "ar"])
def test_filters_are_a_closed_disclosure_after_the_search_box_and_before_the_results(
    client, hubs, language
):
    status, html = page(client, hubs[language], "?q=rota&type=agreement_clause&language=all")
    assert status == 200
    assert html.html["lang"] == language
    assert html.html["dir"] == ("rtl" if language == "ar" else "ltr")
    with translation.override(language):
        skip = html.find("a", string=translation.gettext("Skip to results"))
        filters_label = translation.gettext("Filters")
    # The skip link leads to the results' heading, which can take the focus.
    assert skip["href"] == "#results-heading"
    heading = html.find(id="results-heading")
    assert heading.name == "h2" and heading["tabindex"] == "-1"
    assert heading.find_parent("section", class_="search-results") is not None

    form = html.find("form", id="database-search")
    query = form.find("input", attrs={"name": "q"})
    filters = form.find("details", class_="hub-database__filters")
    assert not filters.has_attr("open")  # closed until the reader opens it (or a wide screen)
    summary = filters.find("summary", recursive=False)
    assert summary.get_text(" ", strip=True).startswith(filters_label)
    assert "2" in summary.find(class_="hub-database__badge").get_text()  # type and language
    # Every filter is in the disclosure, with a button to apply them without JavaScript.
    for name in ("type", "union", "country", "sector", "level", "wording", "year_from"):
        assert filters.find(attrs={"name": name}) is not None, name
    assert filters.find("input", attrs={"name": "language", "value": "all"}).has_attr("checked")
    assert filters.find("nav", class_="themes-nav") is not None
    assert filters.find("button", type="submit") is not None
    # The query is outside the disclosure, and the results come after it.
    assert query.find_parent("details") is None and query["value"] == "rota"
    assert in_document_order(html, skip, query, filters, heading)
    assert "Rota data clause" in html.find("section", class_="search-results").get_text()

    # The active filters are links that remove them, named by what they remove.
    chips = html.select(".search-results .active-filters a")
    assert len(chips) == 3  # the type, the language and the query
    for chip in chips:
        assert chip.get_text(strip=True)
    removed = {chip["href"] for chip in chips}
    assert "?q=rota&language=all" in removed  # the type's chip
    assert "?type=agreement_clause&language=all" in removed  # the query's chip


def test_without_filters_the_disclosure_counts_none(client, hubs):
    _status, html = page(client, hubs["en"], "?q=rota")
    summary = html.select_one("details.hub-database__filters > summary")
    assert summary.get_text(strip=True) == "Filters"  # the query is not a filter
    assert html.select_one(".search-results .active-filters a")["href"] == "?"


def test_a_wrong_filter_value_opens_the_filters_to_show_it(client, hubs):
    status, html = page(client, hubs["en"], "?type=no-such-type")
    assert status == 400
    filters = html.select_one("details.hub-database__filters")
    assert filters.has_attr("open")
    assert filters.select_one("select[name=type]").find_next_sibling(class_="errorlist")
    assert html.select_one('[role="alert"]') is not None


def test_each_result_shows_its_details_and_compare_box_and_years_keep_the_search(client, hubs):
    """A result: its title linking to the clause, its identifier, type, unions, country and
    year, the start of its text, and a "Compare" box (ticked when it is among the clauses
    chosen); each year of the year facet narrows the current search to that year."""
    hub = hubs["en"]
    _status, html = page(client, hub, "?type=agreement_clause&c=NOPE-1&page=2")
    hit = html.select_one(".search-results article.search-hit")
    found = Clause.objects.get(title="Rota data clause")
    link = hit.select_one("h3 a")
    assert link["href"] == f"{hub.url}clauses/{found.identifier}/"
    assert link.get_text() == "Rota data clause"
    meta = hit.select_one("p.meta").get_text()
    assert meta.startswith(f"{found.identifier} · Collective agreement clause")
    for detail in [*(u.acronym for u in found.unions.all()), str(found.year)]:
        assert f" · {detail}" in meta
    assert hit.select_one("blockquote").get_text(strip=True)
    box = hit.select_one('.compare-pick input[type="checkbox"][name="c"]')
    assert box["value"] == found.identifier and box["form"] == "compare-form"
    assert not box.has_attr("checked")
    _status, html = page(client, hub, f"?type=agreement_clause&c={found.identifier}")
    assert html.select_one(".compare-pick input").has_attr("checked")

    year = html.select_one(".facet-years a")
    assert year["href"] == (
        f"?type=agreement_clause&c={found.identifier}&year_from={found.year}&year_to={found.year}"
    )
