"""The open data as a Frictionless data package: datapackage.json describes the CSV and JSON
files with a Table Schema (types, meanings, codes), a licence and a citation; the files validate
against it with the `frictionless` library; the codebook page shows the same schema to people,
in their language, and the hub links to it."""

import csv
import datetime
import json

import frictionless
import pytest
from wagtail.models import Locale

from clauses.models import HubPage
from ourdigitalfuture.core.demo import ensure_translations

from .factories import make_clause
from .helpers import LICENCE

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("licence")]

TAXONOMY = "three_themes"
FILES = ("datapackage.json", "clauses.csv", "clauses.json")


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def clauses(taxonomy):
    return [
        make_clause(
            taxonomy,
            "GPS tracking limits",
            identifier="DBH-2000",
            themes=(2, 1),
            subthemes=("surveillance-limits",),
            unions=("UNITE",),
            country="GB",
            sectors=("utilities",),
            year=2019,
            commentary="<p>Why it matters.</p><p>Use it <i>early</i>.</p>",
            employer="National Grid",
            bargaining_level="national",
            date_signed=datetime.date(2019, 3, 1),
            workers_covered=12000,
            text_status="summary",
            source_url="https://example.org/agreement",
        ),
        make_clause(
            taxonomy, "Right to disconnect", identifier="DBH-10000", country="FR", year=None
        ),
        make_clause(taxonomy, "International framework", identifier="DBH-0007", country=None),
        make_clause(taxonomy, "Draft", identifier="DBH-0001", live=False),
    ]


@pytest.fixture
def package_dir(client, hub, clauses, tmp_path):
    """The data package and its two files as a reader downloads them, side by side."""
    for name in FILES:
        response = client.get(f"{hub.url}data/{name}")
        assert response.status_code == 200, name
        (tmp_path / name).write_bytes(body(response))
    return tmp_path


def test_the_package_and_its_files_validate(package_dir):
    report = frictionless.validate(package_dir / "datapackage.json")

    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "note"])
    package = frictionless.Package(package_dir / "datapackage.json")
    from_csv = package.get_resource("clauses-csv").read_rows()
    from_json = package.get_resource("clauses-json").read_rows()
    # Typed by the schema; identifiers in numeric order; the draft left out.
    assert [row["identifier"] for row in from_csv] == ["DBH-0007", "DBH-2000", "DBH-10000"]
    gps = from_csv[1]
    assert gps["themes"] == [1, 2]
    assert gps["date_signed"] == datetime.date(2019, 3, 1)
    assert gps["workers_covered"] == 12000
    assert gps["year"] == 2019
    assert from_csv[2]["year"] is None
    assert [row.to_dict() for row in from_json] == [row.to_dict() for row in from_csv]


def test_the_schema_catches_a_file_that_breaks_it(package_dir):
    path = package_dir / "clauses.csv"
    text = path.read_text("utf-8").replace(",national,", ",galactic,")
    path.write_text(text.replace("2019-03-01", "1 March 2019"), "utf-8")

    report = frictionless.validate(package_dir / "datapackage.json")

    assert not report.valid
    assert [task.name for task in report.tasks if not task.valid] == ["clauses-csv"]
    assert sorted(report.flatten(["rowNumber", "fieldName", "type"])) == [
        [3, "bargaining_level", "constraint-error"],
        [3, "date_signed", "type-error"],
    ]


def test_the_csv_reads_back_with_dictreader(package_dir):
    with open(package_dir / "clauses.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))

    assert [row["title"] for row in rows] == [
        "International framework",
        "GPS tracking limits",
        "Right to disconnect",
    ]
    assert rows[1]["commentary"] == "Why it matters.\n\nUse it early."
    for row in rows:
        assert all("<" not in value for value in row.values()), row


def test_the_descriptor_states_licence_citation_and_codes(package_dir):
    package = json.loads((package_dir / "datapackage.json").read_text("utf-8"))

    assert package["name"] == "dbh-clauses-en"
    assert package["licenses"] == [
        {
            "name": "CC-BY-NC-ND-4.0",
            "path": "https://creativecommons.org/licenses/by-nc-nd/4.0/",
            "title": LICENCE,
        }
    ]
    assert package["citation"].startswith("Hub: clauses in English. Data package, as of ")
    assert package["citation"].endswith(" http://localhost/en/hub/data/datapackage.json")
    assert [r["path"] for r in package["resources"]] == ["clauses.csv", "clauses.json"]
    fields = {f["name"]: f for f in package["resources"][0]["schema"]["fields"]}
    for field in fields.values():
        assert field["title"] and field["description"], field["name"]
    assert fields["clause_type"]["constraints"]["enum"] == [
        "agreement_clause",
        "framework_agreement",
        "union_guidance",
        "model_clause",
        "legislation",
    ]
    assert fields["bargaining_level"]["constraints"]["enum"] == [
        "international",
        "national",
        "sectoral",
        "regional",
        "municipal",
        "workplace",
    ]
    assert fields["text_status"]["categories"] == [
        {"value": "verbatim", "label": "The source's own words"},
        {"value": "summary", "label": "A summary of the source"},
    ]
    assert fields["language"]["constraints"]["enum"] == ["en", "fr", "es", "pt", "ru", "ar"]
    assert {"FR", "GB", "BR", "ZA"} <= set(fields["country"]["constraints"]["enum"])
    assert fields["themes"]["categories"] == [
        {"value": 1, "label": "New Technology"},
        {"value": 2, "label": "Data And Privacy"},
        {"value": 3, "label": "Working Time"},
    ]
    assert {"value": "UNITE", "label": "Unite the Union"} in fields["unions"]["categories"]
    assert fields["workers_covered"]["type"] == "integer"
    assert fields["source_url"]["format"] == "uri"


def test_the_data_files_point_at_the_package_and_licence(client, hub, clauses):
    response = client.get(f"{hub.url}data/clauses.csv")
    assert (
        '<http://localhost/en/hub/data/datapackage.json>; rel="describedby"' in (response["Link"])
    )


def test_the_codebook_page_in_the_readers_language(client, hub, clauses, taxonomy):
    landing = client.get(hub.url).content.decode()
    assert f'href="{hub.url}data/"' in landing

    page = client.get(f"{hub.url}data/").content.decode()
    for name in ("identifier", "commentary", "bargaining_level", "source_document_url", "url"):
        assert f'<tr id="column-{name}">' in page
    assert "Collective agreement clause" in page
    assert LICENCE in page
    assert f'href="{hub.url}data/datapackage.json"' in page

    french = Locale.objects.get(language_code="fr")
    theme = taxonomy.themes[3].copy_for_translation(french)
    theme.title = "Temps de travail"
    theme.save()
    ensure_translations(hub, ["fr"])
    french_hub = HubPage.objects.get(locale=french)
    page = client.get(f"{french_hub.url}data/").content.decode()
    assert '<html lang="fr"' in page
    assert "Clause de convention collective" in page
    assert "Temps de travail" in page
    package = json.loads(client.get(f"{french_hub.url}data/datapackage.json").content)
    fields = {f["name"]: f for f in package["resources"][0]["schema"]["fields"]}
    assert {"value": 3, "label": "Temps de travail"} in fields["themes"]["categories"]
    assert {"value": "FR", "label": "France"} in fields["country"]["categories"]
    assert {"value": "GB", "label": "Royaume-Uni"} in fields["country"]["categories"]
    assert package["name"] == "dbh-clauses-fr"


def test_a_hub_without_clauses_has_a_valid_package(client, hub, taxonomy, tmp_path):
    for name in FILES:
        (tmp_path / name).write_bytes(body(client.get(f"{hub.url}data/{name}")))
    descriptor = tmp_path / "datapackage.json"

    report = frictionless.Package.validate_descriptor(descriptor)
    assert report.valid, report.flatten(["type", "note"])
    # frictionless reads no table from an empty JSON list ("cannot extract JSON tabular
    # data"), so the files are checked apart: the CSV is its header alone.
    report = frictionless.Package(descriptor).get_resource("clauses-csv").validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "note"])
    assert (tmp_path / "clauses.csv").read_text() == ",".join(
        field["name"]
        for field in json.loads(descriptor.read_text())["resources"][0]["schema"]["fields"]
    ) + "\n"
    assert json.loads((tmp_path / "clauses.json").read_text())["clauses"] == []
    assert "created" not in json.loads(descriptor.read_text())
