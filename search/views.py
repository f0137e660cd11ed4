"""Search pages: the hub's clause database (routed by the HubPage), site search and the
suggestions endpoint for the search boxes.

Every answer is a 200 with results or a 400 saying which value is wrong; a search service
that cannot answer makes the engines answer from the database backend (`degraded`), which the
pages say in a notice."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from ourdigitalfuture.core.ratelimit import throttle
from wagtail.models import Locale

from .engines import FACETS, MAX_RESULT_WINDOW, YEAR_FACET, clause_search, site_search, suggest
from .forms import ALL_LANGUAGES, ClauseSearchForm, SiteSearchForm, SuggestForm

PAGE_SIZE = 20
SUGGESTIONS = 8


def page_number(request, page_size):
    """The requested page: 1 for anything that is not a positive number, and never past what
    a search engine will page to."""
    try:
        number = int(request.GET.get("page", "1"))
    except (TypeError, ValueError):
        number = 1
    return min(max(number, 1), MAX_RESULT_WINDOW // page_size)


def run_paged(search, query):
    """Run `query`; past the last page, show the last page (as Django's paginator views do)."""
    results = search(query)
    if results.total and results.page > results.num_pages:
        results = search(query.with_page(results.num_pages))
    return results


def url_with(request, **changes):
    """The current query string with `changes` (None removes a parameter), without page."""
    query = request.GET.copy()
    query.pop("page", None)
    for name, value in changes.items():
        query.pop(name, None)
        if value is not None:
            query[name] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


def facet_options(form, name, counts):
    """The choices of filter `name` with their counts; choices nothing matches are left out,
    except the selected one."""
    selected = form.data.get(name, "")
    options = []
    for value, label in form.fields[name].choices:
        if value == "":
            continue
        key = form.keys[name].get(value)
        count = counts.get(key, 0) if counts is not None else None
        is_selected = str(value) == selected
        if count == 0 and not is_selected:
            continue
        options.append({"value": value, "label": label, "count": count, "selected": is_selected})
    return options


@throttle("searches", "SEARCHES_PER_MINUTE", methods=("GET", "HEAD"))
def database_view(request, hub):
    """The hub's clause database at /<language>/hub/database/."""
    form = ClauseSearchForm(request.GET, locale=hub.locale)
    results = None
    status = 200
    if form.is_valid():
        query = form.to_query(page=page_number(request, PAGE_SIZE), page_size=PAGE_SIZE)
        results = run_paged(clause_search, query)
    else:
        status = 400
    facets = results.facets if results else {name: None for name in FACETS}
    filters = [
        {
            "name": name,
            "field": form[name],
            "label": form.fields[name].label,
            "options": facet_options(form, name, facets.get(name)),
        }
        for name in ClauseSearchForm.FACET_FIELDS
    ]
    language = (
        form.searched_language() if form.is_bound and not form.errors else form.locale.language_code
    )
    languages = [
        {
            "value": code,
            "label": name,
            "count": (facets.get("language") or {}).get(form.keys["language"][code], 0),
            "selected": code == language,
        }
        for code, name in form.fields["language"].choices
        if code not in ("", ALL_LANGUAGES)
    ]
    years = sorted((facets.get(YEAR_FACET) or {}).items(), reverse=True)
    active = active_filters(request, form)
    context = {
        "page": hub,
        "hub": hub,
        "form": form,
        "results": results,
        "filters": filters,
        "languages": languages,
        "all_languages": language == ALL_LANGUAGES,
        "all_languages_count": sum((facets.get("language") or {}).values()),
        "years": [
            {"year": year, "count": count, "url": url_with(request, year_from=year, year_to=year)}
            for year, count in years
        ],
        "active_filters": active,
        "query_string": url_with(request)[1:],
        "all_languages_url": url_with(request, language=ALL_LANGUAGES),
        "sort": form.cleaned_data.get("sort") if results else "",
    }
    return TemplateResponse(request, "clauses/database.html", context, status=status)


def active_filters(request, form):
    """(label, link that removes it) for each filter in the URL, for the reader to undo."""
    if not form.is_bound or form.errors:
        return []
    found = []
    for name in [*ClauseSearchForm.FACET_FIELDS, "year_from", "year_to", "language"]:
        value = form.cleaned_data.get(name)
        if value in (None, ""):
            continue
        field = form.fields[name]
        shown = dict(getattr(field, "choices", [])).get(value, value)
        found.append({"label": f"{field.label}: {shown}", "url": url_with(request, **{name: None})})
    if form.cleaned_data.get("q"):
        found.append(
            {
                "label": f"{form.fields['q'].label}: {form.cleaned_data['q']}",
                "url": url_with(request, q=None),
            }
        )
    return found


def current_locale():
    return Locale.objects.filter(language_code=get_language()).first() or Locale.get_default()


@require_GET
@throttle("searches", "SEARCHES_PER_MINUTE", methods=("GET", "HEAD"))
def site_search_view(request):
    """Site search at /<language>/search/: pages and clauses of the active language."""
    locale = current_locale()
    form = SiteSearchForm(request.GET)
    results = None
    status = 200
    if form.is_valid() and form.cleaned_data["q"]:
        query = form.to_query(locale, page=page_number(request, PAGE_SIZE), page_size=PAGE_SIZE)
        results = run_paged(site_search, query)
    elif not form.is_valid():
        status = 400
    kinds = results.facets.get("kind", {}) if results else {}
    context = {
        "form": form,
        "results": results,
        "search_query": form.cleaned_data.get("q", "") if form.is_valid() else "",
        "kind": form.cleaned_data.get("type", "") if form.is_valid() else "",
        "kinds": [
            {"value": "", "label": _("Everything"), "count": sum(kinds.values())},
            {"value": "page", "label": _("Pages"), "count": kinds.get("page", 0)},
            {"value": "clause", "label": _("Clauses"), "count": kinds.get("clause", 0)},
        ],
        "kind_urls": {
            "": url_with(request, type=None),
            "page": url_with(request, type="page"),
            "clause": url_with(request, type="clause"),
        },
        "query_string": url_with(request)[1:],
        "hub": hub_of(locale),
    }
    return TemplateResponse(request, "search/site_search.html", context, status=status)


def hub_of(locale):
    from clauses.views import hub_for

    return hub_for(locale) or hub_for(Locale.get_default())


@require_GET
@throttle("suggestions", "SUGGESTIONS_PER_MINUTE", methods=("GET", "HEAD"), json=True)
def suggest_view(request):
    """As-you-type suggestions: clause titles, unions and countries matching the words typed,
    as JSON: {"query": ..., "suggestions": [{"type", "label", "value", "url"}]}."""
    form = SuggestForm(request.GET)
    if not form.is_valid():
        return JsonResponse(
            {"error": str(_("The search is not valid.")), "suggestions": []}, status=400
        )
    text = form.cleaned_data["q"]
    locale = current_locale()
    if len(text) < 2:
        return JsonResponse({"query": text, "suggestions": []})
    results = suggest(text, locale.pk, limit=SUGGESTIONS)
    hub = hub_of(locale)
    suggestions = []
    for item in results.hits:
        url = None
        if hub is not None:
            if item["type"] == "clause":
                url = hub.clause_url(item["id"])
            else:
                url = hub.database_url(**{item["type"]: item["id"]})
        suggestions.append(
            {"type": item["type"], "label": item["label"], "value": item["id"], "url": url}
        )
    response = JsonResponse({"query": text, "suggestions": suggestions})
    response["Cache-Control"] = "max-age=60"
    return response
