"""The Data Rights Tool: four parts as steps with tips, guidance for the GDPR or elsewhere and
example clauses linked to the hub, and the worksheet as a generated XLSX file."""

import html
import io

import pytest
from django.utils import translation
from openpyxl import load_workbook

from clauses.tests.factories import build_taxonomy, make_clause, make_hub
from workshops.models import ToolPage
from workshops.tools.data_rights import worksheet

pytestmark = pytest.mark.django_db

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def drt(tool):
    return tool("data-rights-tool")


def text(response):
    return html.unescape(response.content.decode())


def download(client, drt, **form):
    response = client.post(f"{drt.url}worksheet/", form)
    assert response.status_code == 200, text(response)
    assert response["Content-Type"] == XLSX
    return load_workbook(io.BytesIO(response.content))


def test_four_parts_with_tips_guidance_and_clauses(drt):
    assert drt.interactive == ToolPage.WORKSHEET
    parts = worksheet.parts_of(drt)
    assert [p.title for p in parts] == [
        "Part 1: Tools and systems",
        "Part 2: Data sources",
        "Part 3: Automated decisions and profiling",
        "Part 4: Third-party access",
    ]
    for part in parts:
        assert part.questions and part.limits and part.tips and part.clauses
        assert "Article" in part.gdpr_guidance and part.elsewhere_guidance


def test_steps_page_shows_each_part_and_both_guidances(client, drt):
    response = client.get(f"{drt.url}steps/")
    page = text(response)
    assert response.status_code == 200
    for part in worksheet.parts_of(drt):
        assert f'<section class="step" id="{part.anchor}"' in page
        assert part.tips[0] in page and part.limits[0] in page
    assert page.count('class="guidance guidance--gdpr"') == 4
    assert page.count('class="guidance guidance--elsewhere"') == 4
    assert 'name="regime" id="regime-gdpr" value="gdpr"' in page
    assert 'name="regime" id="regime-elsewhere" value="elsewhere"' in page
    assert "Nothing you enter here is stored" in page
    assert f'href="{drt.url}steps/"' in text(client.get(drt.url))


def test_example_clauses_link_to_the_hub(client, drt):
    make_hub()
    make_clause(build_taxonomy(), "No sale of data sets", identifier="DBH-0019")
    page = text(client.get(f"{drt.url}steps/"))
    assert '<a href="/en/hub/clauses/DBH-0019/">DBH-0019: No sale of data sets</a>' in page
    # A clause the hub does not have is named without a link.
    assert "<li>DBH-0043</li>" in page


def test_worksheet_has_a_sheet_per_part_with_a_column_per_question(client, drt):
    parts = worksheet.parts_of(drt)
    book = download(client, drt, systems="Rota app\r\nBadge readers\n\n", regime="gdpr")
    assert book.sheetnames == [
        "About",
        "Part 1 Tools and systems",
        "Part 2 Data sources",
        "Part 3 Automated decisions and",
        "Part 4 Third-party access",
        "Guidance",
    ]
    for part, name in zip(parts, book.sheetnames[1:5], strict=True):
        sheet = book[name]
        header = [cell.value for cell in sheet[1]]
        assert header == ["System", *part.questions, "Notes"]
        assert [sheet.cell(row, 1).value for row in (2, 3)] == ["Rota app", "Badge readers"]
        assert sheet.max_row == 3
    about = book["About"]
    assert about["A1"].value == "The Data Rights Tool"
    assert about["B3"].value == "In the EU or EEA, where the GDPR applies"
    guidance = [[c.value for c in row] for row in book["Guidance"].iter_rows()]
    assert guidance[0] == ["Part", "Kind", "Text", "Link"]
    kinds = {row[1] for row in guidance[1:]}
    assert kinds == {"Tip", "Under the GDPR", "Limit to set", "Example clause"}


def test_guidance_follows_where_the_visitor_works(client, drt):
    elsewhere = download(client, drt, regime="elsewhere")
    kinds = {row[1].value for row in elsewhere["Guidance"].iter_rows(min_row=2)}
    assert "Elsewhere" in kinds and "Under the GDPR" not in kinds
    both = download(client, drt)
    kinds = {row[1].value for row in both["Guidance"].iter_rows(min_row=2)}
    assert {"Elsewhere", "Under the GDPR"} <= kinds
    assert both["About"]["B3"].value == "Not chosen"


def test_a_system_name_is_never_a_formula(client, drt):
    book = download(client, drt, systems='=HYPERLINK("http://example.org")\n+1')
    cell = book["Part 1 Tools and systems"]["A2"]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://example.org")'
    assert book["Part 1 Tools and systems"]["A3"].data_type == "s"


def test_arabic_worksheet_reads_right_to_left(drt):
    with translation.override("ar"):
        content = worksheet.workbook(drt, worksheet.parts_of(drt), ["Rota"], "", rtl=True)
    book = load_workbook(io.BytesIO(content))
    assert all(sheet.sheet_view.rightToLeft for sheet in book.worksheets)


def test_invalid_worksheet_input_gets_a_clear_message_and_400(client, drt):
    many = "\n".join(f"System {n}" for n in range(worksheet.MAX_SYSTEMS + 1))
    response = client.post(f"{drt.url}worksheet/", {"systems": many})
    assert response.status_code == 400
    page = text(response)
    assert "List at most 50 systems, one per line." in page
    assert "System 50</textarea>" in page
    long_name = client.post(f"{drt.url}worksheet/", {"systems": "x" * 201})
    assert long_name.status_code == 400
    assert "Keep each system's name under 200 characters." in text(long_name)
    bad_regime = client.post(f"{drt.url}worksheet/", {"regime": "mars"})
    assert bad_regime.status_code == 400
    assert client.get(f"{drt.url}worksheet/").status_code == 405


def test_sheet_titles_are_valid_and_unique():
    assert worksheet.sheet_title("Part 1: Tools / systems?") == "Part 1 Tools systems"
    assert len(worksheet.sheet_title("A very long title that goes on and on")) <= 31
    assert worksheet.sheet_title("About", taken=["About"]) == "About (2)"


@pytest.mark.parametrize(
    "typed, systems",
    [
        ("HR system\x00 (Workday)", ["HR system (Workday)"]),
        ("Rota app\x07", ["Rota app"]),
        # Word's line break, pasted from a list: a new line, so a new system.
        ("Badge readers\x0bCCTV", ["Badge readers", "CCTV"]),
        ("Payroll\x0c\x1b[0m\x7f\x85Email\ufffe\uffff", ["Payroll", "[0m", "Email"]),
        ("Überwachung – 監視 🙂\tv2", ["Überwachung – 監視 🙂\tv2"]),
    ],
    ids=["nul", "bell", "vertical-tab", "other-controls", "kept"],
)
def test_control_characters_in_a_system_still_make_a_worksheet(client, drt, typed, systems):
    book = download(client, drt, systems=f"{typed}\nRota", regime="gdpr")
    sheet = book["Part 1 Tools and systems"]
    listed = [sheet.cell(row, 1).value for row in range(2, sheet.max_row + 1)]
    assert listed == [*systems, "Rota"]


def test_a_system_cleaned_of_control_characters_is_still_never_a_formula(client, drt):
    book = download(client, drt, systems="\x00=1+1")
    cell = book["Part 1 Tools and systems"]["A2"]
    assert cell.value == "=1+1" and cell.data_type == "s"


def test_sheet_titles_hold_no_control_characters():
    assert worksheet.sheet_title("Part\x0b1\x00: Tools") == "Part 1 Tools"
