"""What the search pages share: the page asked for, running a paged search, links that change
one parameter of the current search."""

from urllib.parse import urlencode

from .engines import MAX_RESULT_WINDOW

PAGE_SIZE = 20


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


def urls_with(request, names, rows):
    """`url_with(request, **dict(zip(names, row)))` for each of `rows`, reading the current
    query once (e.g. a link per year of a facet)."""
    kept = [
        (name, value)
        for name, values in request.GET.lists()
        if name != "page" and name not in names
        for value in values
    ]
    return ["?" + urlencode([*kept, *zip(names, row, strict=True)]) for row in rows]
