"""The co-governance guide's questions as a checklist: a representative notes management's answer
to each question and marks it satisfactory or push for more, then exports it (PDF, CSV) and can
load the CSV back later to continue. Nothing is kept on the server.

Questions are numbered 1, 2, 3… across the themes, in the order editors put them; the CSV carries
that number, so a file exported in one language loads in any other."""

import csv
import io
from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

# The protection against spreadsheet formulas is shared with the moderators' export of clause
# submissions (clauses.moderation).
from ourdigitalfuture.core.spreadsheets import protect, unprotect

from ..text import clean

MAX_ANSWER_LENGTH = 3000
MAX_FILE_BYTES = 512 * 1024
MAX_ROWS = 500

SATISFACTORY = "satisfactory"
PUSH = "push"
ASSESSMENTS = [
    (SATISFACTORY, _("Satisfactory")),
    (PUSH, _("Push for more")),
]
NOT_ASSESSED = _("Not assessed yet")

ANSWER_TOO_LONG = _("Keep each answer under %(limit)s characters.")
INVALID_ASSESSMENT = _("Choose satisfactory, push for more or not assessed yet.")
INVALID_FORMAT = _("Choose to download the checklist as PDF or as CSV.")
FILE_TOO_LARGE = _("This file is too large to be a saved checklist.")
FILE_UNREADABLE = _(
    "This file is not a checklist saved from this page, or it has been changed. Choose the CSV "
    "file you downloaded from the checklist."
)
FILE_BAD_LINE = _("Line %(line)s of the file could not be read: %(problem)s")
BAD_NUMBER = _("the question number is not one of this checklist's.")
REPEATED_NUMBER = _("the question number appears twice.")
BAD_COLUMNS = _("it should have five columns.")
BAD_ASSESSMENT = _("the assessment should be “Satisfactory”, “Push for more” or empty.")
LONG_ANSWER = _("the answer is too long.")


class ChecklistError(ValueError):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Question:
    number: int
    theme_number: int
    theme_title: str
    text: str


@dataclass
class Entry:
    question: Question
    answer: str = ""
    assessment: str = ""
    error: str = ""

    @property
    def assessment_label(self):
        return assessment_label(self.assessment)


def questions_of(page):
    """Every question of the page's themes, numbered from 1 across the themes."""
    found = []
    for block in page.structure:
        if block.block_type != "theme":
            continue
        for text in block.value["questions"]:
            found.append(
                Question(
                    number=len(found) + 1,
                    theme_number=block.value["number"],
                    theme_title=block.value["title"],
                    text=text,
                )
            )
    return found


def themes(entries):
    """[(theme_number, theme_title, [entries])] in order, for templates and documents."""
    grouped = []
    for entry in entries:
        q = entry.question
        if not grouped or grouped[-1][0:2] != (q.theme_number, q.theme_title):
            grouped.append((q.theme_number, q.theme_title, []))
        grouped[-1][2].append(entry)
    return grouped


def assessment_label(code):
    return dict(ASSESSMENTS).get(code, NOT_ASSESSED)


def read_form(data, questions):
    """(entries, errors) from the submitted checklist; errors maps question numbers to messages."""
    entries, errors = [], {}
    codes = {code for code, _label in ASSESSMENTS}
    for question in questions:
        answer = clean(data.get(f"answer-{question.number}") or "").strip()
        assessment = (data.get(f"assessment-{question.number}") or "").strip()
        if len(answer) > MAX_ANSWER_LENGTH:
            errors[question.number] = ANSWER_TOO_LONG % {"limit": MAX_ANSWER_LENGTH}
            answer = answer[:MAX_ANSWER_LENGTH]
        if assessment and assessment not in codes:
            errors[question.number] = INVALID_ASSESSMENT
            assessment = ""
        entries.append(Entry(question, answer, assessment, errors.get(question.number, "")))
    return entries, errors


def blank_entries(questions):
    return [Entry(q) for q in questions]


# CSV ---------------------------------------------------------------------------------------------


def header():
    return [_("No."), _("Theme"), _("Question"), _("Management's answer"), _("Assessment")]


def to_csv(entries):
    """The checklist as CSV text in the reader's language (UTF-8 with a byte-order mark, which
    spreadsheet programs need to read accented and non-Latin letters)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([str(h) for h in header()])
    for entry in entries:
        q = entry.question
        writer.writerow(
            [
                q.number,
                protect(f"{q.theme_number}. {q.theme_title}"),
                protect(q.text),
                protect(entry.answer),
                str(assessment_label(entry.assessment)) if entry.assessment else "",
            ]
        )
    return "\ufeff" + buffer.getvalue()


def assessment_codes():
    """Each assessment's label in every language of the site, mapped to its code, so a file
    saved in one language loads in another."""
    codes = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for code, label in ASSESSMENTS:
                codes[str(label).strip().casefold()] = code
            codes[str(NOT_ASSESSED).strip().casefold()] = ""
    for code, _label in ASSESSMENTS:
        codes[code] = code
    codes[""] = ""
    return codes


def delimiter(text):
    """The file's delimiter: a comma as written here, or the semicolon or tab that spreadsheet
    programs in some languages use when they save it again."""
    first_line = text.split("\n", 1)[0]
    for candidate in (",", ";", "\t"):
        try:
            if len(next(csv.reader([first_line], delimiter=candidate))) == len(header()):
                return candidate
        except (csv.Error, StopIteration):
            continue
    return ","


def from_csv(content, questions):
    """Entries from a saved CSV file's bytes, checked strictly; raises ChecklistError."""
    if len(content) > MAX_FILE_BYTES:
        raise ChecklistError(FILE_TOO_LARGE)
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ChecklistError(FILE_UNREADABLE) from error
    if "\x00" in text or not text.strip():
        raise ChecklistError(FILE_UNREADABLE)
    try:
        lines = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter(text)))
    except csv.Error as error:
        raise ChecklistError(FILE_UNREADABLE) from error
    if len(lines) > MAX_ROWS + 1 or len(lines) < 2 or len(lines[0]) != len(header()):
        raise ChecklistError(FILE_UNREADABLE)
    by_number = {str(q.number): q for q in questions}
    codes = assessment_codes()
    found = {}
    for line_number, cells in enumerate(lines[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue

        def problem(reason, line=line_number):
            return ChecklistError(FILE_BAD_LINE % {"line": line, "problem": reason})

        if len(cells) != len(header()):
            raise problem(BAD_COLUMNS)
        number, _theme, _question, answer, assessment = (c.strip() for c in cells)
        # Matched as text, never converted: int() refuses a number of thousands of digits.
        question = by_number.get(number.lstrip("0"))
        if question is None:
            raise problem(BAD_NUMBER)
        if question.number in found:
            raise problem(REPEATED_NUMBER)
        answer = clean(unprotect(answer)).strip()
        if len(answer) > MAX_ANSWER_LENGTH:
            raise problem(LONG_ANSWER)
        code = codes.get(assessment.casefold())
        if code is None:
            raise problem(BAD_ASSESSMENT)
        found[question.number] = Entry(question, answer, code)
    if not found:
        raise ChecklistError(FILE_UNREADABLE)
    return [found.get(q.number) or Entry(q) for q in questions]
