"""The Data Rights Tool: its parts as steps, the guidance for workers under the GDPR or elsewhere,
the example clauses in the hub, and the worksheet (an XLSX file, one row per system and one
column per question) generated from the page's own content. Nothing is kept on the server."""

import io
import re
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from wagtail.models import Locale

from clauses.models import Clause, HubPage

from ..text import clean

GDPR = "gdpr"
ELSEWHERE = "elsewhere"
REGIMES = [
    (GDPR, _("In the EU or EEA, where the GDPR applies")),
    (ELSEWHERE, _("Elsewhere")),
]
MAX_SYSTEMS = 50
MAX_SYSTEM_LENGTH = 200
TOO_MANY_SYSTEMS = _("List at most %(count)s systems, one per line.")
SYSTEM_TOO_LONG = _("Keep each system's name under %(limit)s characters.")
INVALID_REGIME = _("Choose where you work from the list.")

SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_LENGTH = 31
FORMULA_START = ("=", "+", "-", "@")


class WorksheetError(ValueError):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass
class ClauseLink:
    identifier: str
    title: str = ""
    url: str = ""


@dataclass
class Part:
    number: int
    title: str
    summary: str
    questions: list
    limits: list
    tips: list
    gdpr_guidance: str
    elsewhere_guidance: str
    clauses: list = field(default_factory=list)  # ClauseLink

    @property
    def anchor(self):
        return f"part-{self.number}"


def parts_of(page, with_clauses=True):
    """The page's parts, in order, with their example clauses resolved to hub links."""
    found = []
    for block in page.structure:
        if block.block_type != "part":
            continue
        value = block.value
        found.append(
            Part(
                number=len(found) + 1,
                title=value["title"],
                summary=value["summary"],
                questions=list(value["questions"]),
                limits=list(value["limits"]),
                tips=list(value.get("tips") or []),
                gdpr_guidance=value.get("gdpr_guidance") or "",
                elsewhere_guidance=value.get("elsewhere_guidance") or "",
                clauses=[ClauseLink(i) for i in value.get("clauses") or []],
            )
        )
    if with_clauses:
        link_clauses([c for part in found for c in part.clauses])
    return found


def link_clauses(links):
    """Give each clause link its title and its page in the hub, in the reader's language where
    the hub has it, otherwise in the default language."""
    if not links:
        return
    active, default = Locale.get_active(), Locale.get_default()
    hubs = {
        hub.locale_id: hub for hub in HubPage.objects.live().filter(locale__in=[active, default])
    }
    hub = hubs.get(active.id) or hubs.get(default.id)
    identifiers = {link.identifier for link in links}
    titles = {}
    for clause in Clause.objects.filter(
        live=True, identifier__in=identifiers, locale__in=[active, default]
    ).only("identifier", "title", "locale_id"):
        if clause.locale_id == active.id or clause.identifier not in titles:
            titles[clause.identifier] = clause.title
    for link in links:
        link.title = titles.get(link.identifier, "")
        if hub is not None and link.identifier in titles:
            link.url = hub.clause_url(link.identifier)


def read_form(data):
    """(systems, regime) from the worksheet form; raises WorksheetError."""
    regime = (data.get("regime") or "").strip()
    if regime and regime not in dict(REGIMES):
        raise WorksheetError(INVALID_REGIME)
    # Word's line break (a vertical tab) in a pasted list starts a new line, as a newline does.
    lines = clean(data.get("systems") or "").split("\n")
    systems = [line.strip() for line in lines if line.strip()]
    if len(systems) > MAX_SYSTEMS:
        raise WorksheetError(TOO_MANY_SYSTEMS % {"count": MAX_SYSTEMS})
    if any(len(s) > MAX_SYSTEM_LENGTH for s in systems):
        raise WorksheetError(SYSTEM_TOO_LONG % {"limit": MAX_SYSTEM_LENGTH})
    return systems, regime


def sheet_title(text, taken=()):
    """A valid, unique worksheet name: no []:*?/\\ and at most 31 characters, cut at a word."""
    name = " ".join(SHEET_NAME_FORBIDDEN.sub(" ", clean(str(text))).split())
    if len(name) > SHEET_NAME_LENGTH:
        cut = name[:SHEET_NAME_LENGTH]
        name = cut.rsplit(" ", 1)[0] if " " in cut else cut
    name = name.strip("' ") or "Sheet"
    base, count = name, 2
    while name.casefold() in {t.casefold() for t in taken}:
        suffix = f" ({count})"
        name = base[: SHEET_NAME_LENGTH - len(suffix)] + suffix
        count += 1
    return name


def put(sheet, row, column, value, bold=False, link=""):
    """Write text that a spreadsheet shows as text: never run as a formula, even if it starts
    with "=" (a system's name is the visitor's own words), and without the control characters
    a spreadsheet cannot hold."""
    if isinstance(value, str):
        value = clean(value)
    cell = sheet.cell(row=row, column=column)
    cell.value = value
    if isinstance(value, str) and value.startswith(FORMULA_START):
        cell.data_type = "s"
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    if bold:
        cell.font = Font(bold=True)
    if link:
        cell.hyperlink = link
        cell.font = Font(color="0B5C8C", underline="single")
    return cell


HEADER_FILL = PatternFill("solid", fgColor="DCE7F0")


def workbook(page, parts, systems, regime, rtl=False, absolute=lambda url: url):
    """The worksheet as XLSX bytes: an About sheet, one sheet per part (a row per system, a column
    per question, then notes) and a Guidance sheet with tips, guidance and example clauses."""
    book = Workbook()
    about = book.active
    about.title = sheet_title(_("About"))
    taken = [about.title]
    put(about, 1, 1, page.title, bold=True)
    put(about, 2, 1, str(_("Date")), bold=True)
    put(about, 2, 2, timezone.localdate().isoformat())
    put(about, 3, 1, str(_("Where you work")), bold=True)
    put(about, 3, 2, str(dict(REGIMES).get(regime, _("Not chosen"))))
    put(about, 5, 1, str(_("How to use this worksheet")), bold=True)
    put(
        about,
        6,
        1,
        str(
            _(
                "Each part of the tool has its own sheet: one row per system, one column per "
                "question. Fill in what you learn from management as you go, and keep the file "
                "safe: it holds your notes about your workplace."
            )
        ),
    )
    put(
        about,
        7,
        1,
        str(_("This file was made for you on request; the site kept no copy of what you entered.")),
    )
    about.column_dimensions["A"].width = 40
    about.column_dimensions["B"].width = 60

    for part in parts:
        sheet = book.create_sheet(sheet_title(part.title, taken))
        taken.append(sheet.title)
        columns = [str(_("System")), *part.questions, str(_("Notes"))]
        for column, heading in enumerate(columns, start=1):
            cell = put(sheet, 1, column, heading, bold=True)
            cell.fill = HEADER_FILL
            sheet.column_dimensions[get_column_letter(column)].width = 24 if column == 1 else 36
        for row, system in enumerate(systems, start=2):
            put(sheet, row, 1, system)
        sheet.freeze_panes = "B2"

    guidance = book.create_sheet(sheet_title(_("Guidance"), taken))
    columns = [str(_("Part")), str(_("Kind")), str(_("Text")), str(_("Link"))]
    for column, heading in enumerate(columns, start=1):
        put(guidance, 1, column, heading, bold=True).fill = HEADER_FILL
    row = 2
    for part in parts:
        items = [(_("Tip"), tip, "") for tip in part.tips]
        if regime != ELSEWHERE and part.gdpr_guidance:
            items.append((_("Under the GDPR"), part.gdpr_guidance, ""))
        if regime != GDPR and part.elsewhere_guidance:
            items.append((_("Elsewhere"), part.elsewhere_guidance, ""))
        items += [(_("Limit to set"), limit, "") for limit in part.limits]
        items += [
            (
                _("Example clause"),
                f"{c.identifier}: {c.title}" if c.title else c.identifier,
                absolute(c.url) if c.url else "",
            )
            for c in part.clauses
        ]
        for kind, text, url in items:
            put(guidance, row, 1, part.title)
            put(guidance, row, 2, str(kind))
            put(guidance, row, 3, text)
            if url:
                put(guidance, row, 4, url, link=url)
            row += 1
    for column, width in zip("ABCD", (28, 18, 70, 40), strict=True):
        guidance.column_dimensions[column].width = width
    guidance.freeze_panes = "A2"

    for sheet in book.worksheets:
        sheet.sheet_view.rightToLeft = rtl
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
