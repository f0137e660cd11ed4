"""The hub's open data: live clauses of the hub's language as CSV or JSON, for all themes or
one, in the order of their identifiers' numbers, with their provenance, text as plain text,
under the site's licence, at a query cost that does not grow with the number of clauses."""

import datetime
import json

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Locale

from clauses.models import Clause
from clauses.open_data import COLUMNS, DEFAULT_LICENCE, open_data_view
from clauses.source_documents import private_collection
from home.models import FooterText

from .factories import make_clause
from .helpers import LICENCE, csv_rows, download

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("licence")]

TAXONOMY = "three_themes"
rf = RequestFactory()
PROVENANCE = [
    "employer",
    "bargaining_level",
    "date_signed",
    "valid_from",
    "valid_until",
    "workers_covered",
    "text_status",
    "source_document_url",
]


@pytest.fixture
def clauses(taxonomy):
    return [
        make_clause(
            taxonomy,
            "GPS tracking limits",
            themes=(2,),
            subthemes=("surveillance-limits", "worker-data-rights"),
            unions=("UNITE", "ver.di"),
            country="GB",
            sectors=("utilities", "health-social-services"),
            year=2019,
            commentary="<p>Why it <b>matters</b>.</p><ul><li>Data &amp; GPS</li><li>Rest</li></ul>",
            source_title="National agreement",
            source_url="https://example.org/agreement",
            original_language="en",
            keywords="gps, surveillance",
            employer="National Grid",
            bargaining_level="national",
            date_signed=datetime.date(2019, 3, 1),
            valid_from=datetime.date(2019, 4, 1),
            valid_until=datetime.date(2022, 3, 31),
            workers_covered=12000,
            text_status="summary",
        ),
        make_clause(
            taxonomy,
            "Right to disconnect",
            themes=(3, 1),
            subthemes=("right-to-disconnect",),
            unions=("FNME-CGT",),
            country="FR",
            original_language="fr",
        ),
        make_clause(taxonomy, "International framework", themes=(1,), country=None),
        make_clause(taxonomy, "Draft about telework", themes=(3,), live=False),
    ]


def test_csv_lists_live_clauses_under_the_licence(hub, clauses):
    response, content = download(hub, "csv")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="dbh-clauses.csv"'
    # The first line is the header; the licence is in the data package the Link header names.
    assert content.decode().split("\r\n", 1)[0] == ",".join(COLUMNS)
    assert response["Link"] == (
        '<http://localhost/en/hub/data/datapackage.json>; rel="describedby"; '
        'type="application/json", <https://creativecommons.org/licenses/by-nc-nd/4.0/>; '
        'rel="license"'
    )
    rows = csv_rows(content)
    assert list(rows[0]) == COLUMNS
    assert [row["title"] for row in rows] == [
        "GPS tracking limits",
        "Right to disconnect",
        "International framework",
    ]
    gps = rows[0]
    assert gps["identifier"] == clauses[0].identifier
    assert gps["language"] == "en"
    assert gps["themes"] == "2"
    assert gps["subthemes"] == "worker-data-rights; surveillance-limits"
    assert gps["unions"] == "UNITE; ver.di"
    assert gps["country"] == "GB"
    assert gps["sectors"] == "health-social-services; utilities"
    assert gps["year"] == "2019"
    # Plain text: paragraphs apart, one list item a line, no markup, entities decoded.
    assert gps["commentary"] == "Why it matters.\n\n- Data & GPS\n- Rest"
    assert gps["source_url"] == "https://example.org/agreement"
    assert gps["keywords"] == "gps, surveillance"
    assert gps["url"] == f"http://localhost/en/hub/clauses/{clauses[0].identifier}/"
    assert {column: gps[column] for column in PROVENANCE} == {
        "employer": "National Grid",
        "bargaining_level": "national",
        "date_signed": "2019-03-01",
        "valid_from": "2019-04-01",
        "valid_until": "2022-03-31",
        "workers_covered": "12000",
        "text_status": "summary",
        "source_document_url": "",
    }
    assert rows[1]["themes"] == "1; 3"
    assert rows[2]["country"] == ""
    assert {column: rows[2][column] for column in PROVENANCE} == dict.fromkeys(PROVENANCE, "")


def test_csv_for_one_theme(hub, clauses):
    response, content = download(hub, "csv", "?theme=1")

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="dbh-clauses-theme-1.csv"'
    rows = csv_rows(content)
    # The draft is in theme 3, not 1; the clause in themes 1 and 3 is listed once.
    assert [row["title"] for row in rows] == ["Right to disconnect", "International framework"]


def test_json_for_all_and_for_one_theme(hub, clauses):
    response, content = download(hub, "json")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="dbh-clauses.json"'
    data = json.loads(content)
    assert data["licence"] == LICENCE
    assert data["count"] == 3
    assert [c["title"] for c in data["clauses"]] == [
        "GPS tracking limits",
        "Right to disconnect",
        "International framework",
    ]
    assert list(data["clauses"][0]) == COLUMNS
    assert data["clauses"][0]["unions"] == "UNITE; ver.di"
    assert data["clauses"][0]["workers_covered"] == 12000
    assert data["clauses"][0]["date_signed"] == "2019-03-01"
    # A number or date the hub does not know is null in the JSON.
    assert data["clauses"][1]["workers_covered"] is None
    assert data["clauses"][1]["date_signed"] is None

    response, content = download(hub, "json", "?theme=3")
    assert response["Content-Disposition"] == 'attachment; filename="dbh-clauses-theme-3.json"'
    data = json.loads(content)
    assert data["count"] == 1
    assert [c["title"] for c in data["clauses"]] == ["Right to disconnect"]


def test_only_the_hub_locale_and_only_published_content(hub, clauses, taxonomy):
    french = Locale.objects.get(language_code="fr")
    make_clause(taxonomy, "Droit à la déconnexion", locale=french)
    live = clauses[0]
    # A draft change to a live clause stays out of the open data until it is published.
    live.title = "Unpublished new title"
    live.save_revision()

    _, content = download(hub, "csv")

    rows = csv_rows(content)
    titles = [row["title"] for row in rows]
    assert "Droit à la déconnexion" not in titles
    assert "Draft about telework" not in titles
    assert "Unpublished new title" not in titles
    assert "GPS tracking limits" in titles


def test_licence_falls_back_to_the_hub_default(hub, clauses):
    FooterText.objects.all().delete()

    response, content = download(hub, "json")
    assert json.loads(content)["licence"] == DEFAULT_LICENCE
    assert (
        '<https://creativecommons.org/licenses/by-nc-nd/4.0/>; rel="license"' in (response["Link"])
    )


def test_a_licence_on_several_lines_stays_one_line(hub, clauses):
    FooterText.objects.update(licence_line="CC BY 4.0\nPublic Services International")

    response, content = download(hub, "json")

    assert json.loads(content)["licence"] == "CC BY 4.0 Public Services International"
    assert '<https://creativecommons.org/licenses/by/4.0/>; rel="license"' in response["Link"]


@pytest.mark.parametrize("theme", ["9", "abc", "-1", "1.5", "99999999999999999999", "١"])
def test_unknown_or_invalid_theme_is_a_bad_request(hub, clauses, theme):
    for fmt in ("csv", "json"):
        response = open_data_view(rf.get("/", {"theme": theme}), hub, fmt)
        assert response.status_code == 400
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        assert "theme" in response.content.decode()


def test_an_empty_theme_parameter_means_all_themes(hub, clauses):
    response, content = download(hub, "csv", "?theme=")
    assert response["Content-Disposition"] == 'attachment; filename="dbh-clauses.csv"'
    assert len(csv_rows(content)) == 3


def test_no_clauses_gives_the_header_only(hub, taxonomy):
    _, content = download(hub, "csv")
    assert csv_rows(content) == []
    assert content.decode() == ",".join(COLUMNS) + "\r\n"
    _, content = download(hub, "json")
    assert json.loads(content) == {"licence": LICENCE, "count": 0, "clauses": []}


def queries_for(hub, fmt, query):
    """Queries to serve and stream the export once caches are warm."""
    download(hub, fmt, query)
    with CaptureQueriesContext(connection) as captured:
        response, _ = download(hub, fmt, query)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("query", ["", "?theme=2"])
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_query_count_does_not_grow_with_clauses(hub, taxonomy, fmt, query):
    def add(n):
        for i in range(n):
            make_clause(
                taxonomy,
                f"Clause {i}",
                themes=(1, 2),
                subthemes=("worker-data-rights",),
                unions=("UNITE", "FNME-CGT"),
                sectors=("utilities",),
            )

    add(5)
    few = queries_for(hub, fmt, query)
    add(45)
    many = queries_for(hub, fmt, query)

    assert few == many
    assert many <= 12


def test_open_data_is_served_at_the_hub_url(client, hub, clauses):
    """Through the whole stack: the site's URL patterns, the hub's route, the view."""
    for fmt in ("csv", "json"):
        response = client.get(f"{hub.url}data/clauses.{fmt}", {"theme": "1"})

        assert response.status_code == 200
        assert response["Content-Disposition"] == (
            f'attachment; filename="dbh-clauses-theme-1.{fmt}"'
        )
        assert "Right to disconnect" in b"".join(response.streaming_content).decode()


@pytest.mark.parametrize(
    "theme, french",
    [
        ("abc", "Le paramètre theme doit être un numéro de thème, par exemple ?theme=3."),
        ("9", "Il n’existe pas de thème 9."),
    ],
)
def test_a_bad_theme_is_explained_in_the_readers_language(hub, clauses, theme, french):
    with translation.override("fr"):
        response = open_data_view(rf.get("/", {"theme": theme}), hub, "csv")
    assert response.status_code == 400
    assert response.content.decode() == french


def test_a_source_document_is_linked_once_its_clause_is_published(client, hub, taxonomy):
    """A file sent with a submission is private until its clause is published; the open data
    gives its address only then (clauses.source_documents)."""
    Document = get_document_model()
    document = Document(title="Submission 1 (source file)", collection=private_collection())
    document.file.save("agreement.pdf", ContentFile(b"%PDF-1.4 agreement"))
    draft = make_clause(taxonomy, "Telework rules", source_document=document, live=False)
    assert Clause.objects.filter(live=True).count() == 0

    draft.save_revision().publish()  # publishing makes the file public

    _, content = download(hub, "csv")
    [row] = csv_rows(content)
    document.refresh_from_db()
    assert row["source_document_url"] == (
        f"http://localhost/documents/{document.id}/{document.filename}"
    )
    assert (
        client.get(row["source_document_url"].removeprefix("http://localhost")).status_code == 200
    )
    # Moved back to the private collection (say, by an editor): no longer in the open data.
    Document.objects.filter(pk=document.pk).update(collection=private_collection())
    _, content = download(hub, "csv")
    assert csv_rows(content)[0]["source_document_url"] == ""
