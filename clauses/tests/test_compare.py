"""Comparing clauses (issue 15, point 7): the reader ticks two to four clauses in the database
view or on a clause page, and sees their text, provenance and facets side by side at a URL to
share, in their language where the clauses are translated; without JavaScript; and any other
choice gets a 4xx saying what is wrong."""

import pytest
from bs4 import BeautifulSoup

from .compare_data import ARABIC_TEXT, ARABIC_THEME, ARABIC_TITLE, build

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def search_data(module_db):
    return build()


@pytest.fixture
def data(search_data, db):
    return search_data


def compare(client, hub, *identifiers):
    query = "&".join(f"c={identifier}" for identifier in identifiers)
    return client.get(f"{hub.url}compare/?{query}")


def table(response):
    """The column headers of the comparison, and {field: [cell, one per clause]}."""
    soup = BeautifulSoup(response.content, "html.parser")
    grid = soup.find("table", class_="compare-table")
    columns = grid.select("thead th[scope=col]")
    rows = {}
    for row in grid.select("tbody tr[data-field]"):
        assert row.find("th", scope="row").get_text(strip=True)  # each field is a row header
        rows[row["data-field"]] = row.find_all("td")
    assert all(len(cells) == len(columns) for cells in rows.values())
    return columns, rows


def texts(cells):
    return [cell.get_text(" ", strip=True) for cell in cells]


def test_two_clauses_side_by_side_with_their_text_provenance_and_facets(client, data):
    hub = data.hubs["en"]
    response = compare(client, hub, data.gps.identifier, data.rota.identifier)
    assert response.status_code == 200
    columns, rows = table(response)
    assert [c.find("a").get_text(strip=True) for c in columns] == [
        "GPS tracking of refuse trucks",
        "Rota algorithms are disclosed",
    ]
    assert [c.find("a")["href"] for c in columns] == [
        f"{hub.url}clauses/{data.gps.identifier}/",
        f"{hub.url}clauses/{data.rota.identifier}/",
    ]
    assert texts(rows["text"]) == [data.gps.text, data.rota.text]
    assert texts(rows["source_title"]) == [
        "Accord sur la propreté urbaine",
        "Hospital staff agreement",
    ]
    assert texts(rows["employer"]) == [
        "Ville de Lyon",
        "Northern Hospitals Trust",
    ]
    assert texts(rows["level"]) == ["Municipal", "Workplace or company"]
    assert texts(rows["wording"]) == [
        "The source's own words",
        "A summary of the source",
    ]
    assert texts(rows["unions"]) == ["CFDT Santé-Sociaux (CFDT)"] * 2
    assert texts(rows["date_signed"]) == ["March 4, 2021", "Not given"]
    assert rows["date_signed"][0].find("time")["datetime"] == "2021-03-04"
    assert texts(rows["validity"]) == ["from April 1, 2021 until March 31, 2024", "Not given"]
    assert texts(rows["workers_covered"]) == ["12,000", "Not given"]
    assert texts(rows["original_language"]) == ["French", "English"]
    assert rows["source"][0].find("a")["href"] == "https://example.org/accord-proprete.pdf"
    assert texts(rows["source"])[1] == "Not given"
    assert texts(rows["themes"]) == ["Data rights"] * 2
    assert texts(rows["subthemes"]) == ["Access to data"] * 2
    assert texts(rows["type"]) == ["Collective agreement clause"] * 2
    assert texts(rows["country"]) == ["France", "Not given"]
    assert texts(rows["sectors"]) == ["Health and social services"] * 2
    assert texts(rows["year"]) == ["2021", "2019"]
    # The address to share, on the site's own host.
    share = (
        f"http://localhost{hub.url}compare/?c={data.gps.identifier}&amp;c={data.rota.identifier}"
    )
    assert share in response.content.decode()


def test_arabic_readers_see_the_translated_clause_and_the_others_marked_as_english(client, data):
    hub = data.hubs["ar"]
    response = compare(client, hub, data.gps.identifier, data.disconnect.identifier)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl"' in html
    columns, rows = table(response)
    gps, disconnect = columns
    assert gps.find("a").get_text(strip=True) == ARABIC_TITLE
    assert not gps.find("a").has_attr("lang")
    assert (disconnect.find("a")["lang"], disconnect.find("a")["dir"]) == ("en", "ltr")
    assert disconnect.find("a")["href"] == f"{hub.url}clauses/{data.disconnect.identifier}/"
    gps_text, disconnect_text = (cell.find("blockquote") for cell in rows["text"])
    assert gps_text.get_text(strip=True) == ARABIC_TEXT and not gps_text.has_attr("lang")
    assert (disconnect_text["lang"], disconnect_text["dir"]) == ("en", "ltr")
    assert disconnect_text.get_text(strip=True) == data.disconnect.text
    # Facets in the reader's language where the record is translated.
    assert texts(rows["themes"]) == [ARABIC_THEME, ARABIC_THEME]


def test_french_readers_see_english_versions_marked_with_their_language(client, data):
    response = compare(client, data.hubs["fr"], data.rota.identifier, data.gps.identifier)
    assert response.status_code == 200
    columns, rows = table(response)
    assert [(c.find("a")["lang"], c.find("a").get_text(strip=True)) for c in columns] == [
        ("en", "Rota algorithms are disclosed"),
        ("en", "GPS tracking of refuse trucks"),
    ]


@pytest.mark.parametrize(
    ("choice", "status", "message"),
    [
        ([], 400, "Choose at least two clauses to compare: you chose 0."),
        (["gps"], 400, "Choose at least two clauses to compare: you chose 1."),
        (["gps", "gps"], 400, "Choose at least two clauses to compare: you chose 1."),
        (["gps", "rota", "disconnect", "DBH-9998", "DBH-9999"], 400, "at most four clauses"),
        (["gps", "DBH-9999"], 404, "No published clause has the identifier “DBH-9999”."),
        (["gps", "draft"], 404, "No published clause has the identifier"),
        (["gps", "DBH-1%00"], 404, "No published clause has the identifier"),
        (["gps", "x" * 300], 404, "No published clause has the identifier"),
    ],
)
def test_a_wrong_choice_is_refused_with_a_message(client, data, choice, status, message):
    names = {"gps": data.gps, "rota": data.rota, "disconnect": data.disconnect, "draft": data.draft}
    identifiers = [names[c].identifier if c in names else c for c in choice]
    response = compare(client, data.hubs["en"], *identifiers)
    assert response.status_code == status
    soup = BeautifulSoup(response.content, "html.parser")
    alert = soup.find(class_="notice", role="alert")
    assert message in alert.get_text()
    assert soup.find("table") is None
    # A way back to choosing, keeping the clauses that can be kept.
    back = soup.find("a", href=lambda href: href and "/database/" in href)
    assert back is not None


def test_duplicates_are_ignored(client, data):
    hub = data.hubs["en"]
    gps, rota = data.gps.identifier, data.rota.identifier
    response = compare(client, hub, gps, rota, gps, rota, gps)
    assert response.status_code == 200
    columns, _rows = table(response)
    assert [c["data-clause"] for c in columns] == [gps, rota]


def test_a_clause_page_offers_to_compare_it_with_related_clauses(client, data):
    hub = data.hubs["en"]
    html = client.get(f"{hub.url}clauses/{data.gps.identifier}/").content
    soup = BeautifulSoup(html, "html.parser")
    form = soup.find("form", action=f"{hub.url}compare/")
    assert form["method"] == "get"
    assert form.find("input", type="hidden", attrs={"name": "c"})["value"] == data.gps.identifier
    boxes = {box["value"] for box in form.find_all("input", type="checkbox", attrs={"name": "c"})}
    assert boxes == {data.rota.identifier, data.disconnect.identifier}
    assert form.find("button", type="submit")
    more = soup.find("a", href=f"{hub.url}database/?c={data.gps.identifier}")
    assert more is not None
    # Ticking a related clause and sending the form compares the two.
    response = client.get(form["action"], {"c": [data.gps.identifier, data.rota.identifier]})
    columns, _rows = table(response)
    assert [c["data-clause"] for c in columns] == [data.gps.identifier, data.rota.identifier]


def form_data(form, soup, ticked):
    """What a browser sends for `form`: its own fields and those naming it by `form=`, with
    the checkboxes `ticked` (values) checked and the others as they are."""
    fields = form.find_all("input") + soup.find_all("input", attrs={"form": form["id"]})
    sent = []
    for field in fields:
        if field.get("type") == "checkbox" and not (
            field.has_attr("checked") or field["value"] in ticked
        ):
            continue
        sent.append((field["name"], field["value"]))
    return sent


def test_the_database_results_are_ticked_into_a_compare_form(client, data, search_backend):
    hub = data.hubs["en"]
    response = client.get(f"{hub.url}database/", {"c": data.gps.identifier, "q": "rota"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.find("form", id="compare-form")
    assert form["action"] == f"{hub.url}compare/" and form["method"] == "get"
    hits = soup.select("article.search-hit")
    assert len(hits) == 1
    box = hits[0].find("input", type="checkbox", attrs={"name": "c"})
    assert (box["value"], box["form"], box.has_attr("checked")) == (
        data.rota.identifier,
        "compare-form",
        False,
    )
    # The clause chosen on the clause page, not among these results, stays chosen...
    kept = form.find("input", type="checkbox", attrs={"name": "c"})
    assert (kept["value"], kept.has_attr("checked")) == (data.gps.identifier, True)
    # ... and the search form keeps it through another search.
    search = soup.find("form", class_="search-form")
    assert search.find("input", type="hidden", attrs={"name": "c"})["value"] == data.gps.identifier
    sent = form_data(form, soup, ticked={data.rota.identifier})
    assert sorted(sent) == sorted([("c", data.gps.identifier), ("c", data.rota.identifier)])
    compared = client.get(form["action"], {"c": [value for _name, value in sent]})
    assert compared.status_code == 200


def test_a_chosen_clause_among_the_results_is_ticked(client, data, search_backend):
    hub = data.hubs["en"]
    response = client.get(f"{hub.url}database/", {"c": data.gps.identifier})
    soup = BeautifulSoup(response.content, "html.parser")
    ticked = [
        box["value"]
        for box in soup.select("article.search-hit input[type=checkbox][name=c]")
        if box.has_attr("checked")
    ]
    assert ticked == [data.gps.identifier]
    form = soup.find("form", id="compare-form")
    assert form.find("input", attrs={"name": "c"}) is None  # shown ticked in the results
