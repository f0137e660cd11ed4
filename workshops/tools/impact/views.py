"""The self-assessment's screens: the form, the result (alone or compared with an earlier one)
and its downloads. See `workshops.tools.responses` for what every response promises."""

from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from ourdigitalfuture.core.ratelimit import throttle

from .. import responses
from . import goals, pdf, results
from .chart import chart

FORM_TEMPLATE = "workshops/tools/impact/form.html"
RESULT_TEMPLATE = "workshops/tools/impact/result.html"


def impact_assess(request, page):
    """The self-assessment form; answered, it shows the result (compared with an earlier result
    file if the team attached one)."""
    dimensions = results.dimensions_of(page)
    if request.method in ("GET", "HEAD"):
        return impact_form(request, page, dimensions)
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    levels, errors = results.read_answers(request.POST, dimensions)
    earlier, file_error = None, ""
    try:
        content = responses.upload_bytes(request, "earlier_file", results.read_upload)
        if content is not None:
            earlier = results.parse_result(content, dimensions)
    except results.ResultError as error:
        file_error = error.message
    if errors or file_error or not dimensions:
        return impact_form(
            request, page, dimensions, levels, errors, file_error=file_error, status=400
        )
    result = results.Result(date=timezone.localdate(), levels=levels)
    return impact_result_page(request, page, dimensions, result, earlier)


def impact_result(request, page):
    """A saved result opened again, alone or compared with another: the result comes as a file
    or as the hidden copy that the result page's own forms carry."""
    if request.method != "POST":
        return HttpResponseRedirect(page.url + page.reverse_subpage("impact_assess"))
    dimensions = results.dimensions_of(page)
    try:
        result, earlier = read_results(request, dimensions, _("Choose the result file to open."))
    except results.ResultError as error:
        return impact_form(request, page, dimensions, file_error=error.message, status=400)
    return impact_result_page(request, page, dimensions, result, earlier)


def impact_goals(request, page):
    """The goals form on the result page: one or two dimensions to work on, each with a goal and
    its milestones. Set, they join the result (its hidden copy, PDF and file); refused, the
    result page comes back with the form, what was typed and a message per field."""
    if request.method != "POST":
        return HttpResponseRedirect(page.url + page.reverse_subpage("impact_assess"))
    dimensions = results.dimensions_of(page)
    try:
        result, earlier = read_results(request, dimensions)
    except results.ResultError as error:
        return impact_form(request, page, dimensions, file_error=error.message, status=400)
    chosen, errors, values = goals.read_goals(request.POST, dimensions)
    if errors:
        return impact_result_page(
            request, page, dimensions, result, earlier, values=values, errors=errors, status=400
        )
    result.goals = chosen
    return impact_result_page(request, page, dimensions, result, earlier, goals_set=True)


def impact_form(request, page, dimensions, levels=None, errors=None, status=200, **context):
    return responses.render(
        request,
        page,
        FORM_TEMPLATE,
        status=status,
        items=results.form_items(dimensions, levels or {}, errors or {}),
        error_count=len(errors or {}),
        **{"file_error": "", **context},
    )


def read_results(request, dimensions, missing=results.FILE_UNREADABLE):
    """(result, earlier) from the request: each from an uploaded file or the hidden copy; a
    ResultError saying `missing` when there is no result."""
    found = []
    for name in ("result", "earlier"):
        content = responses.upload_bytes(request, f"{name}_file", results.read_upload)
        if content is None and request.POST.get(name):
            content = request.POST[name]
        found.append(results.parse_result(content, dimensions) if content is not None else None)
    if found[0] is None:
        raise results.ResultError(missing)
    return found


def impact_result_page(
    request, page, dimensions, result, earlier=None, values=None, errors=None, **state
):
    """The result page; its goals form shows what was typed (`values`, with `errors`), else the
    goals already set for this result, else those set last time, for the team to revise."""
    earlier, result = results.in_date_order(earlier, result)
    rows = results.rows(dimensions, result, earlier)
    dates = [earlier.date, result.date] if earlier else [result.date]
    if values is None:
        values = goals.form_values(result.goals or (earlier.goals if earlier else []))
    items = goals.form_items(dimensions, values, errors or {})
    return responses.render(
        request,
        page,
        RESULT_TEMPLATE,
        status=state.get("status", 200),
        goals_set=state.get("goals_set", False),
        goal_items=items,
        goal_errors=goals.error_list(items, errors or {}),
        chosen_error=(errors or {}).get("chosen", ""),
        goals=goals.shown(result.goals, dimensions),
        earlier_goals=goals.shown(earlier.goals, dimensions) if earlier else [],
        earlier_goal_ids=[goal.dimension for goal in earlier.goals] if earlier else [],
        milestone_rows=goals.MILESTONE_ROWS,
        result_date=goals.isolated(result.date),
        earlier_date=goals.isolated(earlier.date) if earlier else "",
        dimensions=dimensions,
        rows=rows,
        result=result,
        earlier=earlier,
        result_json=result.to_json(dimensions, compact=True),
        earlier_json=earlier.to_json(dimensions, compact=True) if earlier else "",
        chart=chart(
            rows, rtl=translation.get_language_bidi(), dates=[d.isoformat() for d in dates]
        ),
    )


@throttle("tool-files", "TOOL_FILES_PER_MINUTE", when=lambda request, page, fmt: fmt == "pdf")
def impact_download(request, page, fmt):
    """The result as a dated PDF, or as the small file the team keeps to compare next time."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    dimensions = results.dimensions_of(page)
    try:
        result, earlier = read_results(request, dimensions)
    except results.ResultError as error:
        return impact_form(request, page, dimensions, file_error=error.message, status=400)
    earlier, result = results.in_date_order(earlier, result)
    name = f"{page.slug}-{result.date.isoformat()}"
    if fmt == "json":
        return responses.download(result.to_json(dimensions), f"{name}.json", "application/json")
    rows = results.rows(dimensions, result, earlier)
    content = pdf.impact_pdf(page, rows, result, earlier, dimensions)
    return responses.download(content, f"{name}.pdf", "application/pdf")
