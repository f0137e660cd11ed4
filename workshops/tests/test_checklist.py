"""The co-governance checklist: 7 themes and 19 questions from the page's content, filled in,
exported as PDF and CSV, and loaded back from the CSV."""

import csv
import html
import io

import pytest
from django.utils import timezone, translation

from ourdigitalfuture.core.demo import ensure_translations, get_home
from workshops.models import ToolIndexPage, ToolPage
from workshops.tools.checklist import entries as checklist

from .helpers import pdf_text, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide(tool):
    return tool("co-governing-algorithmic-systems")


@pytest.fixture
def questions(guide):
    return checklist.questions_of(guide)


def text(response):
    return html.unescape(response.content.decode())


def filled(questions):
    """Answers to every question, every other one assessed; question 5 left blank."""
    form = {}
    for q in questions:
        if q.number == 5:
            continue
        form[f"answer-{q.number}"] = f"Management said {q.number}: the HR director will reply."
        form[f"assessment-{q.number}"] = "satisfactory" if q.number % 2 else "push"
    return form


def rows(csv_text):
    return list(csv.reader(io.StringIO(csv_text.lstrip("\ufeff"))))


def test_seven_themes_and_nineteen_questions_come_from_the_page(guide, questions):
    assert guide.interactive == ToolPage.CHECKLIST
    assert len(questions) == 19
    assert len({q.theme_number for q in questions}) == 7
    assert [q.number for q in questions] == list(range(1, 20))


def test_the_form_lists_every_question_with_labelled_fields(client, guide, questions):
    response = client.get(f"{guide.url}checklist/")
    page = text(response)
    assert response.status_code == 200
    assert page.count('<section class="checklist-theme"') == 7
    assert "Theme 7: Co-governance" in page
    for q in questions:
        assert q.text in page
        assert f'<label for="answer-{q.number}">' in page
        assert f'id="assessment-{q.number}-push"' in page
    assert "Nothing you enter here is stored" in page
    assert f'href="{guide.url}checklist/"' in text(client.get(guide.url))


def test_the_filled_checklist_exports_as_pdf(client, guide, questions):
    response = client.post(f"{guide.url}checklist/", filled(questions) | {"format": "pdf"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    today = timezone.localdate().isoformat()
    assert f"co-governing-algorithmic-systems-{today}.pdf" in response["Content-Disposition"]
    document = pdf_text(response.content)
    assert today in document
    for number in (1, 2, 19):
        assert f"Management said {number}: the HR director will reply." in document
    assert "Assessment: Satisfactory" in document and "Assessment: Push for more" in document
    assert "Assessment: Not assessed yet" in document
    assert "Theme 1: Transparency and procurement contracts" in document


def test_the_filled_checklist_exports_as_csv_and_loads_back(client, guide, questions):
    response = client.post(f"{guide.url}checklist/", filled(questions) | {"format": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    content = response.content.decode("utf-8")
    table = rows(content)
    assert table[0] == ["No.", "Theme", "Question", "Management's answer", "Assessment"]
    assert len(table) == 20
    assert table[1] == [
        "1",
        "1. Transparency and procurement contracts",
        questions[0].text,
        "Management said 1: the HR director will reply.",
        "Satisfactory",
    ]
    assert table[2][4] == "Push for more" and table[5][3:] == ["", ""]

    loaded = client.post(
        f"{guide.url}checklist/load/", {"file": upload("checklist.csv", response.content)}
    )
    page = text(loaded)
    assert loaded.status_code == 200
    assert "Your checklist has been loaded." in page
    assert ">Management said 19: the HR director will reply.</textarea>" in page
    assert 'id="assessment-1-satisfactory" value="satisfactory" checked' in page
    assert 'id="assessment-2-push" value="push" checked' in page
    assert 'id="assessment-5-none" value="" checked' in page


def test_a_csv_saved_in_one_language_loads_in_another(guide, questions):
    entries, _errors = checklist.read_form(filled(questions), questions)
    with translation.override("fr"):
        exported = checklist.to_csv(entries)
    with translation.override("ar"):
        loaded = checklist.from_csv(exported.encode("utf-8"), questions)
    assert [e.assessment for e in loaded] == [e.assessment for e in entries]
    assert [e.answer for e in loaded] == [e.answer for e in entries]


def test_a_spreadsheet_never_runs_an_answer_as_a_formula(questions):
    entries, _errors = checklist.read_form(
        {"answer-1": '=HYPERLINK("http://example.org")', "answer-2": "-5 staff"}, questions
    )
    exported = checklist.to_csv(entries)
    table = rows(exported)
    assert table[1][3] == '\'=HYPERLINK("http://example.org")' and table[2][3] == "'-5 staff"
    loaded = checklist.from_csv(exported.encode("utf-8"), questions)
    assert loaded[0].answer == '=HYPERLINK("http://example.org")'
    assert loaded[1].answer == "-5 staff"


def test_a_csv_resaved_with_semicolons_loads(questions):
    content = "Nr;Thema;Frage;Antwort;Bewertung\r\n3;x;y;Nein;Push for more\r\n"
    loaded = checklist.from_csv(content.encode("utf-8"), questions)
    assert loaded[2].answer == "Nein" and loaded[2].assessment == "push"


@pytest.mark.parametrize(
    "content, message",
    [
        (b"\xff\xfe\x00garbage", "This file is not a checklist saved from this page"),
        (b"just one line", "This file is not a checklist saved from this page"),
        (
            b"No.,Theme,Question,Answer,Assessment\n20,t,q,a,\n",
            "Line 2 of the file could not be read: the question number is not one",
        ),
        (
            "No.,Theme,Question,Answer,Assessment\n²,t,q,a,\n".encode(),
            "Line 2 of the file could not be read: the question number is not one",
        ),
        (
            b"No.,Theme,Question,Answer,Assessment\n1,t,q,a,\n1,t,q,b,\n",
            "Line 3 of the file could not be read: the question number appears twice.",
        ),
        (
            b"No.,Theme,Question,Answer,Assessment\n1,t,q,a,Maybe\n",
            "Line 2 of the file could not be read: the assessment should be",
        ),
        (
            b"No.,Theme,Question,Answer,Assessment\n1,t,q\n",
            "Line 2 of the file could not be read: it should have five columns.",
        ),
        # A question number of 5,000 digits: int() refused to convert it (a server error).
        (
            b"No.,Theme,Question,Answer,Assessment\n" + b"1" * 5000 + b",t,q,a,\n",
            "Line 2 of the file could not be read: the question number is not one",
        ),
        (
            b"No.,Theme,Question,Answer,Assessment\n" + b"0" * 5000 + b",t,q,a,\n",
            "Line 2 of the file could not be read: the question number is not one",
        ),
        (
            b"No.,Theme,Question,Answer,Assessment\n1,t,q,a,\n" + b"9" * 100_000 + b",t,q,a,\n",
            "Line 3 of the file could not be read: the question number is not one",
        ),
        # A cell larger than the csv module's field size limit (128 KB).
        (
            b'No.,Theme,Question,Answer,Assessment\n1,t,q,"' + b"a" * 200_000 + b'",\n',
            "This file is not a checklist saved from this page",
        ),
        (b"", "This file is not a checklist saved from this page"),
        (b"\xef\xbb\xbf", "This file is not a checklist saved from this page"),
        (b"\xef\xbb\xbf\r\n\r\n", "This file is not a checklist saved from this page"),
        (
            b"No.,Theme,Question,Answer,Assessment\n1,t,q,\x00a,\n",
            "This file is not a checklist saved from this page",
        ),
        (
            "No.;Thème;Question;Réponse;Évaluation\n1;t;q;café;\n".encode("cp1252"),
            "This file is not a checklist saved from this page",
        ),
        (
            "No.\tTheme\tQuestion\tAnswer\tAssessment\n1\tt\tq\ta\t\n".encode("utf-16"),
            "This file is not a checklist saved from this page",
        ),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10, "This file is not a checklist"),
    ],
)
def test_a_corrupted_csv_gets_a_clear_message_and_400(client, guide, content, message):
    response = client.post(f"{guide.url}checklist/load/", {"file": upload("c.csv", content)})
    assert response.status_code == 400
    page = text(response)
    assert "There is a problem" in page and message in page
    # The form is there, empty, to start again.
    assert '<textarea name="answer-1"' in page


def test_invalid_answers_get_a_clear_message_and_400(client, guide, questions):
    too_long = "x" * (checklist.MAX_ANSWER_LENGTH + 1)
    response = client.post(
        f"{guide.url}checklist/",
        {"answer-3": too_long, "assessment-4": "excellent", "answer-1": "Kept", "format": "pdf"},
    )
    page = text(response)
    assert response.status_code == 400
    assert "Question 3: Keep each answer under 3000 characters." in page
    assert "Question 4: Choose satisfactory, push for more or not assessed yet." in page
    assert ">Kept</textarea>" in page
    docx = client.post(f"{guide.url}checklist/", {"format": "docx"})
    assert docx.status_code == 400
    assert "Choose to download the checklist as PDF or as CSV." in text(docx)
    assert client.post(f"{guide.url}checklist/load/", {}).status_code == 400
    assert client.get(f"{guide.url}checklist/load/").status_code == 302


def test_a_huge_question_number_is_refused_in_the_visitors_language(client, guide):
    ensure_translations(get_home(), ["fr"])
    ensure_translations(ToolIndexPage.objects.get(locale__language_code="en"), ["fr"])
    ensure_translations(guide, ["fr"])
    french = ToolPage.objects.get(slug=guide.slug, locale__language_code="fr")
    content = b"No.,Theme,Question,Answer,Assessment\n" + b"1" * 5000 + b",t,q,a,\n"
    response = client.post(f"{french.url}checklist/load/", {"file": upload("c.csv", content)})
    assert response.status_code == 400
    page = text(response)
    assert "La ligne 2 du fichier n’a pas pu être lue" in page
    assert "le numéro de question ne correspond à aucune question" in page
    assert '<textarea name="answer-1"' in page


def test_a_question_number_with_leading_zeros_still_loads(questions):
    content = "No.,Theme,Question,Answer,Assessment\r\n007,x,y,Kept,Push for more\r\n"
    loaded = checklist.from_csv(content.encode("utf-8"), questions)
    assert loaded[6].answer == "Kept" and loaded[6].assessment == "push"


# Word's line break (\x0b), NUL and BEL pasted into an answer.
PASTED = "First line\x0bsecond line\x00 and\x07 a bell"
CLEANED = "First line\nsecond line and a bell"


def test_control_characters_in_an_answer_make_a_readable_pdf(client, guide):
    response = client.post(
        f"{guide.url}checklist/", {"answer-1": PASTED, "answer-2": "\x0c\x1b[31m", "format": "pdf"}
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    document = pdf_text(response.content)
    assert "First line second line and a bell" in document
    assert "\x00" not in document and "\x07" not in document


def test_control_characters_in_an_answer_survive_the_csv_round_trip(client, guide):
    exported = client.post(f"{guide.url}checklist/", {"answer-1": PASTED, "format": "csv"})
    assert exported.status_code == 200
    assert rows(exported.content.decode())[1][3] == CLEANED
    loaded = client.post(
        f"{guide.url}checklist/load/", {"file": upload("checklist.csv", exported.content)}
    )
    assert loaded.status_code == 200
    assert f">{CLEANED}</textarea>" in text(loaded)


def test_control_characters_in_a_loaded_csv_are_cleaned(questions):
    # A NUL in a CSV file means it is not text (see the corrupted files above); the others are
    # what a spreadsheet may keep from a pasted answer.
    content = b"No.,Theme,Question,Answer,Assessment\n1,t,q,Line\x0bnext\x07 one,\n"
    loaded = checklist.from_csv(content, questions)
    assert loaded[0].answer == "Line\nnext one"
