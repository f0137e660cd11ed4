"""Site search and the suggestions endpoint for the search boxes. (The hub's clause database
is the clauses app's view, `clauses.database.views`, on the same engines.)

Every answer is a 200 with results or a 400 saying which value is wrong; a search service
that cannot answer makes the engines answer from the database backend (`degraded`), which the
pages say in a notice. What site search shows and what the boxes suggest comes from
`search.registry`, where each app registers its own."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from ourdigitalfuture.core.ratelimit import throttle

from . import registry
from .engines import site_search, suggest
from .forms import SiteSearchForm, SuggestForm
from .paging import PAGE_SIZE, page_number, run_paged, url_with

SUGGESTIONS = 8


def current_locale():
    return Locale.objects.filter(language_code=get_language()).first() or Locale.get_default()


@require_GET
@throttle("searches", "SEARCHES_PER_MINUTE", methods=("GET", "HEAD"))
def site_search_view(request):
    """Site search at /<language>/search/: pages and the registered kinds of result of the
    active language."""
    locale = current_locale()
    form = SiteSearchForm(request.GET)
    results = None
    status = 200
    if form.is_valid() and form.cleaned_data["q"]:
        query = form.to_query(locale, page=page_number(request, PAGE_SIZE), page_size=PAGE_SIZE)
        results = run_paged(site_search, query)
    elif not form.is_valid():
        status = 400
    kinds = registry.site_kinds()
    counts = results.facets.get("kind", {}) if results else {}
    templates = {kind.name: kind.template for kind in kinds}
    context = {
        "form": form,
        "results": results,
        "hits": [(hit, templates[hit.kind]) for hit in results.hits] if results else [],
        "search_query": form.cleaned_data.get("q", "") if form.is_valid() else "",
        "kind": form.cleaned_data.get("type", "") if form.is_valid() else "",
        "kinds": [{"value": "", "label": _("Everything"), "count": sum(counts.values())}]
        + [
            {"value": kind.name, "label": kind.label, "count": counts.get(kind.name, 0)}
            for kind in kinds
        ],
        "kind_urls": {"": url_with(request, type=None)}
        | {kind.name: url_with(request, type=kind.name) for kind in kinds},
        "empty_templates": [kind.empty_template for kind in kinds if kind.empty_template],
        "query_string": url_with(request)[1:],
    }
    for kind in kinds:
        context.update(kind.context(locale))
    return TemplateResponse(request, "search/site_search.html", context, status=status)


@require_GET
@throttle("suggestions", "SUGGESTIONS_PER_MINUTE", methods=("GET", "HEAD"), json=True)
def suggest_view(request):
    """As-you-type suggestions from the registered sources (the hub's: clause titles, unions
    and countries matching the words typed), as JSON:
    {"query": ..., "suggestions": [{"type", "label", "value", "url"}]}."""
    form = SuggestForm(request.GET)
    if not form.is_valid():
        return JsonResponse(
            {"error": str(_("The search is not valid.")), "suggestions": []}, status=400
        )
    text = form.cleaned_data["q"]
    if len(text) < 2:
        return JsonResponse({"query": text, "suggestions": []})
    results = suggest(text, current_locale(), limit=SUGGESTIONS)
    response = JsonResponse({"query": text, "suggestions": results.hits})
    response["Cache-Control"] = "max-age=60"
    return response
