"""The interactive tools' views, called by ToolPage's routes.

Private by design: answers arrive by POST (never in an address, so never in an access log), are
turned into a page or a file for the visitor, and are forgotten. Nothing here writes to the
database, the session or a log, and every response carries `Cache-Control: no-store`, so that no
shared cache keeps a copy. Invalid input gets the form back with a message and a 400."""

from django.http import Http404, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.utils import timezone, translation
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _
from ourdigitalfuture.core.ratelimit import throttle
from wagtail.models import Page

from . import checklist as checklist_tool
from . import impact, pdf, worksheet

BREADCRUMB_DEPTH = 2


def private(response):
    """Tell every cache between the site and the visitor not to keep this response."""
    response["Cache-Control"] = "no-store, private"
    response["Pragma"] = "no-cache"
    response["X-Robots-Tag"] = "noindex"
    return response


def require(page, interactive):
    if page.interactive != interactive:
        raise Http404


def render(request, page, template, status=200, **context):
    """The page rendered with one of the tools' templates. Every variable a template reads must
    be in the context: on a failed lookup Django logs the whole context (the visitor's answers
    too) at DEBUG level."""
    context.setdefault(
        "ancestors",
        list(
            Page.objects.ancestor_of(page, inclusive=True)
            .filter(depth__gte=BREADCRUMB_DEPTH)
            .only("id", "title", "url_path")
        ),
    )
    response = page.render(request, template=template, context_overrides=context)
    response.status_code = status
    return private(response)


def download(content, filename, content_type):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return private(response)


def upload_bytes(request, name, reader):
    upload = request.FILES.get(name)
    return reader(upload) if upload else None


# Digital Impact Framework -------------------------------------------------------------------------


def impact_assess(request, page):
    """The self-assessment form; answered, it shows the result (compared with an earlier result
    file if the team attached one)."""
    require(page, page.IMPACT_FRAMEWORK)
    dimensions = impact.dimensions_of(page)
    if request.method in ("GET", "HEAD"):
        return impact_form(request, page, dimensions)
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    levels, errors = impact.read_answers(request.POST, dimensions)
    earlier, file_error = None, ""
    try:
        content = upload_bytes(request, "earlier_file", impact.read_upload)
        if content is not None:
            earlier = impact.parse_result(content, dimensions)
    except impact.ResultError as error:
        file_error = error.message
    if errors or file_error or not dimensions:
        return impact_form(
            request, page, dimensions, levels, errors, file_error=file_error, status=400
        )
    result = impact.Result(date=timezone.localdate(), levels=levels)
    return impact_result_page(request, page, dimensions, result, earlier)


def impact_result(request, page):
    """A saved result opened again, alone or compared with another: the result comes as a file
    or as the hidden copy that the result page's own forms carry."""
    require(page, page.IMPACT_FRAMEWORK)
    if request.method != "POST":
        return HttpResponseRedirect(page.url + page.reverse_subpage("impact_assess"))
    dimensions = impact.dimensions_of(page)
    try:
        result, earlier = read_results(request, dimensions)
        if result is None:
            raise impact.ResultError(_("Choose the result file to open."))
    except impact.ResultError as error:
        return impact_form(request, page, dimensions, file_error=error.message, status=400)
    return impact_result_page(request, page, dimensions, result, earlier)


def impact_form(request, page, dimensions, levels=None, errors=None, status=200, **context):
    return render(
        request,
        page,
        "workshops/tools/impact_form.html",
        status=status,
        items=impact.form_items(dimensions, levels or {}, errors or {}),
        error_count=len(errors or {}),
        **{"file_error": "", **context},
    )


def read_results(request, dimensions):
    """(result, earlier) from the request: each from an uploaded file or the hidden copy."""
    found = []
    for name in ("result", "earlier"):
        content = upload_bytes(request, f"{name}_file", impact.read_upload)
        if content is None and request.POST.get(name):
            content = request.POST[name]
        found.append(impact.parse_result(content, dimensions) if content is not None else None)
    return found


def impact_result_page(request, page, dimensions, result, earlier=None):
    earlier, result = impact.in_date_order(earlier, result)
    rows = impact.rows(dimensions, result, earlier)
    dates = [earlier.date, result.date] if earlier else [result.date]
    return render(
        request,
        page,
        "workshops/tools/impact_result.html",
        dimensions=dimensions,
        rows=rows,
        result=result,
        earlier=earlier,
        result_json=result.to_json(dimensions),
        earlier_json=earlier.to_json(dimensions) if earlier else "",
        chart=impact.chart(
            rows, rtl=translation.get_language_bidi(), dates=[d.isoformat() for d in dates]
        ),
    )


@throttle("tool-files", "TOOL_FILES_PER_MINUTE", when=lambda request, page, fmt: fmt == "pdf")
def impact_download(request, page, fmt):
    """The result as a dated PDF, or as the small file the team keeps to compare next time."""
    require(page, page.IMPACT_FRAMEWORK)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    dimensions = impact.dimensions_of(page)
    try:
        result, earlier = read_results(request, dimensions)
        if result is None:
            raise impact.ResultError(impact.FILE_UNREADABLE)
    except impact.ResultError as error:
        return impact_form(request, page, dimensions, file_error=error.message, status=400)
    earlier, result = impact.in_date_order(earlier, result)
    name = f"{page.slug}-{result.date.isoformat()}"
    if fmt == "json":
        return download(result.to_json(dimensions), f"{name}.json", "application/json")
    rows = impact.rows(dimensions, result, earlier)
    return download(pdf.impact_pdf(page, rows, result, earlier), f"{name}.pdf", "application/pdf")


# Co-governance checklist --------------------------------------------------------------------------


@throttle("tool-files", "TOOL_FILES_PER_MINUTE")
def checklist(request, page):
    """The checklist form; submitted, it comes back as a PDF or a CSV file."""
    require(page, page.CHECKLIST)
    questions = checklist_tool.questions_of(page)
    if request.method in ("GET", "HEAD"):
        return checklist_page(request, page, checklist_tool.blank_entries(questions))
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    entries, errors = checklist_tool.read_form(request.POST, questions)
    fmt = request.POST.get("format", "pdf")
    if errors or fmt not in ("pdf", "csv"):
        problem = "" if fmt in ("pdf", "csv") else checklist_tool.INVALID_FORMAT
        return checklist_page(request, page, entries, errors=errors, file_error=problem, status=400)
    date = timezone.localdate()
    name = f"{page.slug}-{date.isoformat()}"
    if fmt == "csv":
        return download(checklist_tool.to_csv(entries), f"{name}.csv", "text/csv; charset=utf-8")
    content = pdf.checklist_pdf(page, checklist_tool.themes(entries), date)
    return download(content, f"{name}.pdf", "application/pdf")


def checklist_load(request, page):
    """A checklist saved as CSV, loaded back into the form to continue."""
    require(page, page.CHECKLIST)
    if request.method != "POST":
        return HttpResponseRedirect(page.url + page.reverse_subpage("checklist"))
    questions = checklist_tool.questions_of(page)
    upload = request.FILES.get("file")
    try:
        if upload is None:
            raise checklist_tool.ChecklistError(_("Choose the checklist file to load."))
        if upload.size is not None and upload.size > checklist_tool.MAX_FILE_BYTES:
            raise checklist_tool.ChecklistError(checklist_tool.FILE_TOO_LARGE)
        entries = checklist_tool.from_csv(upload.read(checklist_tool.MAX_FILE_BYTES + 1), questions)
    except checklist_tool.ChecklistError as error:
        return checklist_page(
            request,
            page,
            checklist_tool.blank_entries(questions),
            file_error=error.message,
            status=400,
        )
    return checklist_page(request, page, entries, loaded=True)


def checklist_page(request, page, entries, status=200, **context):
    return render(
        request,
        page,
        "workshops/tools/checklist.html",
        status=status,
        themes=checklist_tool.themes(entries),
        assessments=checklist_tool.ASSESSMENTS,
        max_answer_length=checklist_tool.MAX_ANSWER_LENGTH,
        **{"errors": {}, "file_error": "", "loaded": False, **context},
    )


# Data Rights Tool --------------------------------------------------------------------------------


def data_rights_steps(request, page):
    """The four parts as steps, with the guidance for the GDPR or elsewhere and the worksheet."""
    require(page, page.WORKSHEET)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET"])
    return data_rights_page(request, page)


def data_rights_page(request, page, status=200, **context):
    return render(
        request,
        page,
        "workshops/tools/data_rights.html",
        status=status,
        parts=worksheet.parts_of(page),
        regimes=worksheet.REGIMES,
        max_systems=worksheet.MAX_SYSTEMS,
        **{"form_error": "", "systems_text": "", "regime": "", **context},
    )


@throttle("tool-files", "TOOL_FILES_PER_MINUTE")
def data_rights_worksheet(request, page):
    """The worksheet as an XLSX file, with a row for each system the visitor listed."""
    require(page, page.WORKSHEET)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        systems, regime = worksheet.read_form(request.POST)
    except worksheet.WorksheetError as error:
        return data_rights_page(
            request,
            page,
            status=400,
            form_error=error.message,
            systems_text=request.POST.get("systems", "")[:20000],
            regime=request.POST.get("regime", ""),
        )
    content = worksheet.workbook(
        page,
        worksheet.parts_of(page),
        systems,
        regime,
        rtl=translation.get_language_bidi(),
        absolute=request.build_absolute_uri,
    )
    return download(
        content,
        f"{page.slug}-worksheet-{timezone.localdate().isoformat()}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


# Data Lifecycle at Work --------------------------------------------------------------------------


def printable(request, page):
    """The phases on one printable page."""
    require(page, page.PRINTABLE)
    phases = [block.value for block in page.structure if block.block_type == "phase"]
    return render(request, page, "workshops/tools/lifecycle_print.html", phases=phases)
