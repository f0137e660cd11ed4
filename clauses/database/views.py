"""The hub's clause database at /<language>/hub/database/ (routed by the HubPage): faceted
search of the published clauses on `search`'s engines.

Every answer is a 200 with results or a 400 saying which value is wrong; a search service
that cannot answer makes the engines answer from the database backend (`degraded`), which the
page says in a notice."""

from django.template.response import TemplateResponse

from ourdigitalfuture.core.ratelimit import throttle
from search.paging import PAGE_SIZE, page_number, run_paged, url_with, urls_with

from ..compare import choices_for_database
from .forms import ALL_LANGUAGES, ClauseSearchForm
from .spec import FACETS, YEAR_FACET, clause_search
from .taxonomy import locale_of


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
    form = ClauseSearchForm(request.GET, locale=locale_of(hub))
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
    language = form.searched_language() if form.is_bound and not form.errors else ""
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
        # The default: each clause once, in the page's language where translated.
        "once_each": language == "",
        "once_each_count": results.shown_total if results else None,
        "all_languages_count": sum((facets.get("language") or {}).values()),
        "years": [
            {"year": year, "count": count, "url": url}
            for (year, count), url in zip(
                years,
                urls_with(request, ("year_from", "year_to"), [(y, y) for y, _ in years]),
                strict=True,
            )
        ],
        "active_filters": active,
        # How many filters (not the query) are on: the phone's "Filters" disclosure says so.
        "active_filter_count": sum(1 for item in active if not item.get("query")),
        "query_string": url_with(request)[1:],
        "all_languages_url": url_with(request, language=ALL_LANGUAGES),
        "sort": form.cleaned_data.get("sort") if results else "",
        # The clauses chosen for comparison (`c`), kept through searches and pages.
        "compare": choices_for_database(request, hub, results.hits if results else []),
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
                "query": True,
            }
        )
    return found
