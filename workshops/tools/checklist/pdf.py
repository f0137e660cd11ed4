"""The filled co-governance checklist as a PDF to bring to the next meeting."""

from django.utils.translation import gettext as _

from ..pdf import BRAND, MUTED, ToolDocument
from .entries import assessment_label


def checklist_pdf(page, grouped_entries, date):
    """The filled co-governance checklist: each theme, its questions, management's answers and
    the representative's assessment."""
    pdf = ToolDocument(page.title)
    pdf.paragraph(page.title, size=18, height=8, bold=True, colour=BRAND, space=1)
    pdf.paragraph(_("Checklist for the meeting with management"), size=12, colour=MUTED, space=3)
    pdf.label_value(_("Date:"), date.isoformat())
    for number, title, entries in grouped_entries:
        pdf.heading(_("Theme %(number)s") % {"number": number} + ": " + title)
        for entry in entries:
            question = entry.question
            pdf.paragraph(f"{question.number}. {question.text}", size=10.5, bold=True, space=0.5)
            pdf.paragraph(_("Management's answer:"), size=9, colour=MUTED, space=0)
            pdf.paragraph(entry.answer or "–", space=0.5)
            pdf.paragraph(
                _("Assessment: %(assessment)s")
                % {"assessment": assessment_label(entry.assessment)},
                size=9.5,
                colour=BRAND if entry.assessment else MUTED,
                space=3,
            )
    return pdf.output_bytes()
