"""The checklist's screens: the form, its PDF and CSV downloads, and a saved CSV loaded back.
See `workshops.tools.responses` for what every response promises."""

from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ourdigitalfuture.core.ratelimit import throttle

from .. import responses
from . import entries as checklist
from .pdf import checklist_pdf

TEMPLATE = "workshops/tools/checklist/form.html"


@throttle("tool-files", "TOOL_FILES_PER_MINUTE")
def checklist_form(request, page):
    """The checklist form; submitted, it comes back as a PDF or a CSV file."""
    questions = checklist.questions_of(page)
    if request.method in ("GET", "HEAD"):
        return checklist_page(request, page, checklist.blank_entries(questions))
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    entries, errors = checklist.read_form(request.POST, questions)
    fmt = request.POST.get("format", "pdf")
    if errors or fmt not in ("pdf", "csv"):
        problem = "" if fmt in ("pdf", "csv") else checklist.INVALID_FORMAT
        return checklist_page(request, page, entries, errors=errors, file_error=problem, status=400)
    date = timezone.localdate()
    name = f"{page.slug}-{date.isoformat()}"
    if fmt == "csv":
        content = checklist.to_csv(entries)
        return responses.download(content, f"{name}.csv", "text/csv; charset=utf-8")
    content = checklist_pdf(page, checklist.themes(entries), date)
    return responses.download(content, f"{name}.pdf", "application/pdf")


def checklist_load(request, page):
    """A checklist saved as CSV, loaded back into the form to continue."""
    if request.method != "POST":
        return HttpResponseRedirect(page.url + page.reverse_subpage("checklist"))
    questions = checklist.questions_of(page)
    upload = request.FILES.get("file")
    try:
        if upload is None:
            raise checklist.ChecklistError(_("Choose the checklist file to load."))
        if upload.size is not None and upload.size > checklist.MAX_FILE_BYTES:
            raise checklist.ChecklistError(checklist.FILE_TOO_LARGE)
        entries = checklist.from_csv(upload.read(checklist.MAX_FILE_BYTES + 1), questions)
    except checklist.ChecklistError as error:
        return checklist_page(
            request,
            page,
            checklist.blank_entries(questions),
            file_error=error.message,
            status=400,
        )
    return checklist_page(request, page, entries, loaded=True)


def checklist_page(request, page, entries, status=200, **context):
    return responses.render(
        request,
        page,
        TEMPLATE,
        status=status,
        themes=checklist.themes(entries),
        assessments=checklist.ASSESSMENTS,
        max_answer_length=checklist.MAX_ANSWER_LENGTH,
        **{"errors": {}, "file_error": "", "loaded": False, **context},
    )
