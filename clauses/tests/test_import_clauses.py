"""`manage.py import_clauses`: files in the open-data format come back as the same clauses,
re-importing changes nothing, a dry run writes nothing, and bad rows are reported by row
number while the good rows are imported."""

import csv
from io import StringIO

import openpyxl
import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Locale, Revision

from clauses.models import Clause
from clauses.open_data import COLUMNS

from .factories import make_clause
from .helpers import download

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("licence")]

TAXONOMY = "three_themes"


def run_import(path, *args):
    """The command's stdout, stderr and CommandError (None if it succeeded)."""
    out, err = StringIO(), StringIO()
    try:
        call_command("import_clauses", str(path), *args, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


def snapshot():
    """Every clause's content and facets, in a form that survives deleting and re-importing."""
    return [
        {
            "identifier": c.identifier,
            "language": c.locale.language_code,
            "title": c.title,
            "text": c.text,
            "commentary": c.commentary,
            "clause_type": c.clause_type,
            "themes": sorted(t.number for t in c.themes.all()),
            "subthemes": sorted(s.slug for s in c.subthemes.all()),
            "unions": sorted(u.acronym for u in c.unions.all()),
            "country": c.country.code if c.country else None,
            "sectors": sorted(s.slug for s in c.sectors.all()),
            "year": c.year,
            "source_title": c.source_title,
            "source_url": c.source_url,
            "original_language": c.original_language,
            "keywords": c.keywords,
            "live": c.live,
        }
        for c in Clause.objects.order_by("locale__language_code", "identifier")
    ]


def write_csv(path, rows, comment=None):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        if comment:
            handle.write(f"# {comment}\r\n")
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({column: row.get(column, "") for column in COLUMNS})
    return path


def row(**values):
    return {"title": "A clause", "text": "Clause text.", "clause_type": "agreement_clause"} | values


@pytest.fixture
def clauses(taxonomy):
    return [
        make_clause(
            taxonomy,
            "GPS tracking limits",
            themes=(2, 1),
            subthemes=("surveillance-limits", "worker-data-rights"),
            unions=("UNITE", "ver.di"),
            country="GB",
            sectors=("utilities", "health-social-services"),
            year=2019,
            # Newlines, commas and quotes inside cells must survive the CSV.
            text='The Employer shall not use GPS data for discipline.\n\nSee "Annex 2", p. 4.',
            # The open data carries the commentary as plain text; paragraphs and lists return.
            commentary="<p>Why it matters, in two lines:</p><ul><li>one</li></ul>",
            source_title="National agreement; 2019",
            source_url="https://example.org/agreement?id=4&lang=en",
            original_language="de",
            keywords="gps, surveillance, discipline",
        ),
        make_clause(
            taxonomy,
            "Right to disconnect",
            themes=(3,),
            subthemes=("right-to-disconnect",),
            unions=("FNME-CGT",),
            country="FR",
            clause_type="legislation",
            original_language="fr",
        ),
        make_clause(
            taxonomy, "International framework", themes=(), country=None, year=None, unions=()
        ),
    ]


@pytest.fixture
def exported(hub, clauses, tmp_path):
    """The hub's open-data CSV of `clauses`, as a file."""
    _, content = download(hub, "csv")
    path = tmp_path / "dbh-clauses.csv"
    path.write_bytes(content)
    return path


def test_an_export_imported_into_an_empty_table_gives_the_same_clauses(clauses, exported):
    before = snapshot()
    Clause.objects.all().delete()
    assert Clause.objects.count() == 0

    out, err, error = run_import(exported)

    assert error is None, err
    assert "created 3, updated 0, unchanged 0, errors 0" in out
    assert snapshot() == before
    for clause in Clause.objects.all():
        # Published through a revision, as if an editor had published it in the admin.
        assert clause.live_revision is not None
        assert clause.latest_revision == clause.live_revision
        assert not clause.has_unpublished_changes


def test_importing_twice_changes_nothing_the_second_time(clauses, exported):
    Clause.objects.all().delete()
    run_import(exported)
    before = snapshot()
    revisions = Revision.objects.count()
    updated_at = sorted(Clause.objects.values_list("updated_at", flat=True))

    out, err, error = run_import(exported)

    assert error is None, err
    assert "created 0, updated 0, unchanged 3, errors 0" in out
    assert snapshot() == before
    assert Revision.objects.count() == revisions
    assert sorted(Clause.objects.values_list("updated_at", flat=True)) == updated_at


def test_importing_the_export_over_its_own_clauses_changes_nothing(clauses, exported):
    out, _, error = run_import(exported)
    assert error is None
    assert "created 0, updated 0, unchanged 3, errors 0" in out


def test_changed_rows_update_and_publish_their_clause(clauses, exported, tmp_path):
    rows = list(csv.DictReader(StringIO(exported.read_bytes().decode("utf-8"), newline="")))
    rows[1]["title"] = "Right to disconnect, revised"
    rows[1]["themes"] = "3; 1"
    rows[1]["unions"] = ""
    changed = write_csv(tmp_path / "changed.csv", rows, comment="licence")

    out, err, error = run_import(changed)

    assert error is None, err
    assert "created 0, updated 1, unchanged 2, errors 0" in out
    clause = Clause.objects.get(identifier=clauses[1].identifier)
    assert clause.title == "Right to disconnect, revised"
    assert sorted(t.number for t in clause.themes.all()) == [1, 3]
    assert not clause.unions.exists()
    assert clause.live_revision.content["title"] == "Right to disconnect, revised"


def test_a_draft_clause_is_published_by_the_import(clauses, exported):
    Clause.objects.filter(pk=clauses[2].pk).update(live=False)

    out, _, error = run_import(exported)

    assert error is None
    assert "created 0, updated 1, unchanged 2, errors 0" in out
    assert Clause.objects.get(pk=clauses[2].pk).live


def test_dry_run_writes_nothing(clauses, exported, tmp_path):
    Clause.objects.all().delete()
    revisions = Revision.objects.count()

    out, err, error = run_import(exported, "--dry-run")

    assert error is None, err
    assert "Dry run, nothing written: created 3, updated 0, unchanged 0, errors 0" in out
    assert Clause.objects.count() == 0
    assert Revision.objects.count() == revisions

    run_import(exported)
    before = snapshot()
    rows = [row(identifier="DBH-0001", title="Changed in a dry run", themes="2")]
    out, _, error = run_import(write_csv(tmp_path / "change.csv", rows), "--dry-run")
    assert error is None
    assert "updated 1" in out
    assert snapshot() == before


def test_bad_rows_are_reported_by_row_number_and_good_rows_imported(taxonomy, tmp_path):
    rows = [
        row(identifier="DBH-0001", title="Good one", country="GB", themes="1", unions="UNITE"),
        row(identifier="DBH-0002", country="XX"),
        row(identifier="DBH-0003", themes="1; 9", subthemes="no-such-subtheme"),
        row(identifier="DBH-0004", title="", clause_type="memo", year="20x5"),
        row(identifier="DBH-0005", unions="NOPE", sectors="mining", year="1850"),
        row(identifier="DBH-0006", source_url="not a url", original_language="xx"),
        row(identifier="DBH-0007", title="Good two", sectors="utilities", year="2021"),
        row(identifier="DBH-0001", title="Same identifier again"),
        row(identifier="DBH-0008", language="zz"),
    ]
    # Line 1 is the licence comment and line 2 the header, so data rows start on line 3.
    path = write_csv(tmp_path / "mixed.csv", rows, comment="licence")

    out, err, error = run_import(path)

    assert error is not None
    assert "7 of 9 rows could not be imported" in str(error)
    assert "created 2, updated 0, unchanged 0, errors 7" in out
    for line in [
        "row 4: country 'XX' is unknown",
        "row 5: theme '9' is unknown",
        "row 5: sub-theme 'no-such-subtheme' is unknown",
        "row 6: title is empty",
        "row 6: clause_type 'memo' is not one of",
        "row 6: year '20x5' is not a year from 1900 to",
        "row 7: union 'NOPE' is unknown",
        "row 7: sector 'mining' is unknown",
        "row 7: year '1850' is not a year",
        "row 8: source_url 'not a url' is not a web address",
        "row 8: original_language 'xx' is unknown",
        "row 10: identifier DBH-0001 (en) already appears in row 3",
        "row 11: language 'zz' is not one of the site's languages",
    ]:
        assert line in err
    assert sorted(Clause.objects.values_list("identifier", "title")) == [
        ("DBH-0001", "Good one"),
        ("DBH-0007", "Good two"),
    ]


def test_dry_run_reports_bad_rows_too(taxonomy, tmp_path):
    path = write_csv(tmp_path / "bad.csv", [row(identifier="DBH-0001", country="XX"), row()])

    out, err, error = run_import(path, "--dry-run")

    assert error is not None
    assert "row 2: country 'XX' is unknown" in err
    assert "Dry run, nothing written: created 1, updated 0, unchanged 0, errors 1" in out
    assert Clause.objects.count() == 0


def test_rows_without_identifier_get_the_next_free_ones(taxonomy, tmp_path):
    make_clause(taxonomy, "Existing", identifier="DBH-0005")
    rows = [row(title="New one"), row(identifier="DBH-0007", title="Own identifier")]

    out, _, error = run_import(write_csv(tmp_path / "new.csv", rows))

    assert error is None
    assert "created 2" in out
    # Numbering starts above the database's and the file's identifiers, so the row with its
    # own identifier does not collide with a number handed out before it.
    assert Clause.objects.get(title="New one").identifier == "DBH-0008"


def test_a_row_in_another_language_joins_the_clause_with_that_identifier(clauses, tmp_path):
    rows = [row(identifier=clauses[1].identifier, language="fr", title="Droit à la déconnexion")]

    out, _, error = run_import(write_csv(tmp_path / "fr.csv", rows))

    assert error is None
    assert "created 1" in out
    french = Clause.objects.get(locale__language_code="fr")
    assert french.identifier == clauses[1].identifier
    assert french.translation_key == clauses[1].translation_key
    assert Clause.objects.get(pk=clauses[1].pk).title == "Right to disconnect"


def test_locale_option_sets_the_language_of_rows_without_one(taxonomy, tmp_path):
    rows = [row(identifier="DBH-0001", title="Clause en espagnol", themes="1")]

    out, _, error = run_import(write_csv(tmp_path / "es.csv", rows), "--locale", "es")

    assert error is None
    clause = Clause.objects.get()
    assert clause.locale == Locale.objects.get(language_code="es")
    # Themes are the source locale's, as for a translated clause.
    assert clause.themes.get() == taxonomy.themes[1]


def test_xlsx_import(taxonomy, tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["# Digital Bargaining Hub — CC BY-NC-ND 4.0"])
    sheet.append(COLUMNS)
    values = row(
        identifier="DBH-0042",
        title="Training during working time",
        text="Training shall take place during paid working time.",
        themes=3,  # a number cell, as a spreadsheet stores it
        subthemes="telework; right-to-disconnect",
        unions="FNME-CGT",
        country="fr",
        sectors="utilities",
        year=2021.0,
        keywords="training, working time",
    )
    sheet.append([values.get(column) for column in COLUMNS])
    sheet.append([None] * len(COLUMNS))
    sheet.append(list(row(identifier="DBH-0043", country="XX").get(c) for c in COLUMNS))
    path = tmp_path / "clauses.xlsx"
    workbook.save(path)

    out, err, error = run_import(path)

    assert error is not None
    # Sheet rows: 1 comment, 2 header, 3 the clause, 4 empty, 5 the bad row.
    assert "row 5: country 'XX' is unknown" in err
    assert "created 1, updated 0, unchanged 0, errors 1" in out
    clause = Clause.objects.get(identifier="DBH-0042")
    assert clause.title == "Training during working time"
    assert clause.year == 2021
    assert clause.country.code == "FR"
    assert [t.number for t in clause.themes.all()] == [3]
    assert sorted(s.slug for s in clause.subthemes.all()) == ["right-to-disconnect", "telework"]
    assert clause.live

    out, _, _ = run_import(path)
    assert "created 0, updated 0, unchanged 1, errors 1" in out


def test_progress_bar_and_summary(taxonomy, tmp_path):
    rows = [row(identifier=f"DBH-{n:04d}") for n in range(1, 6)]

    out, err, _ = run_import(write_csv(tmp_path / "five.csv", rows))

    assert "\r[" in err
    assert err.rstrip().endswith("] 5/5")
    assert "created 5" in out


@pytest.mark.parametrize(
    "content, message",
    [
        ("", "no header row"),
        ("title,text\nA,B\n", "Missing columns: clause_type"),
        ("title,text,clause_type,title\n", "Columns appear twice: title"),
    ],
)
def test_files_that_cannot_be_read_stop_before_importing(tmp_path, content, message):
    path = tmp_path / "broken.csv"
    path.write_text(content, encoding="utf-8")

    _, _, error = run_import(path)

    assert message in str(error)


def test_unsupported_or_missing_files_are_refused(tmp_path):
    text = tmp_path / "clauses.txt"
    text.write_text("title", encoding="utf-8")
    assert "expected a .csv or .xlsx file" in str(run_import(text)[2])
    assert "no such file" in str(run_import(tmp_path / "missing.csv")[2])
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    assert "not a readable XLSX workbook" in str(run_import(fake)[2])
