"""The Data Rights Tool's screens: the parts as steps, and the worksheet as an XLSX file.
See `workshops.tools.responses` for what every response promises."""

from functools import partial

from django.http import HttpResponseNotAllowed
from django.utils import timezone, translation

from ourdigitalfuture.core.ratelimit import throttle
from ourdigitalfuture.core.sites import absolute_url

from .. import responses
from . import worksheet

TEMPLATE = "workshops/tools/data_rights/steps.html"


def data_rights_steps(request, page):
    """The four parts as steps, with the guidance for the GDPR or elsewhere and the worksheet."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET"])
    return data_rights_page(request, page)


def data_rights_page(request, page, status=200, **context):
    return responses.render(
        request,
        page,
        TEMPLATE,
        status=status,
        parts=worksheet.parts_of(page),
        regimes=worksheet.REGIMES,
        max_systems=worksheet.MAX_SYSTEMS,
        **{"form_error": "", "systems_text": "", "regime": "", **context},
    )


@throttle("tool-files", "TOOL_FILES_PER_MINUTE")
def data_rights_worksheet(request, page):
    """The worksheet as an XLSX file, with a row for each system the visitor listed."""
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
        absolute=partial(absolute_url, request),
    )
    return responses.download(
        content,
        f"{page.slug}-worksheet-{timezone.localdate().isoformat()}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
