"""The search query layer: one interface, one engine per kind of backend.

The views describe a search as a `ClauseQuery` (the hub's database view) or a `SiteQuery`
(site search); `clause_search()` and `site_search()` run it on the configured Wagtail search
backend and return the same result objects whichever engine answered:

* `search.engines.elasticsearch` for Wagtail's Elasticsearch backends: one request per search,
  with facet aggregations, highlighting and per-language fields;
* `search.engines.database` for Wagtail's database backends (SQLite FTS5, PostgreSQL
  full-text, or plain SQL elsewhere): facet counts as SQL aggregates, highlighting of the
  displayed page of results.

If Elasticsearch cannot answer (down, unreachable, index missing), the search runs on the
database backend instead and the result says so (`degraded`), so the pages still answer. That
backend's index is kept up to date alongside Elasticsearch when WAGTAILSEARCH_BACKENDS lists
it (the settings do, under FALLBACK_ALIAS); without it, browsing and filters still work and
keyword search finds only what the database index holds.
"""

import dataclasses
import functools
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

FALLBACK_ALIAS = "database"
DATABASE_BACKEND = "search.backends.database"

# Facets of the clause database: the name in the URL (and ClauseQuery.filters) -> the Clause
# field it filters, which Clause.search_fields lists as a FilterField.
TERM_FACETS = {
    "theme": "themes",
    "subtheme": "subthemes",
    "type": "clause_type",
    "union": "unions",
    "country": "country",
    "sector": "sectors",
    "language": "locale",
}
YEAR_FACET = "year"
FACETS = [*TERM_FACETS, YEAR_FACET]

RELEVANCE = "relevance"
YEAR = "year"

# Elasticsearch pages no further than 10,000 results (index.max_result_window).
MAX_RESULT_WINDOW = 10_000


class Paged:
    """A page of a search's results (`page` counts from 1)."""

    @property
    def offset(self):
        return (self.page - 1) * self.page_size

    def with_page(self, page):
        return dataclasses.replace(self, page=page)


@dataclass(frozen=True)
class ClauseQuery(Paged):
    """A search of the clause database. `filters` maps TERM_FACETS names to one value each
    (primary keys for related records, the code for `type`); `languages` are the language
    codes the text is in, for analysis (all content languages when searching all)."""

    text: str = ""
    filters: dict = field(default_factory=dict)
    year_from: int | None = None
    year_to: int | None = None
    languages: tuple = ()
    sort: str = RELEVANCE
    page: int = 1
    page_size: int = 20


@dataclass
class ClauseHit:
    clause: object
    title: str  # marked (search.highlight marks), or the plain title
    fragments: list


@dataclass
class Results:
    total: int
    page: int
    page_size: int
    hits: list
    facets: dict = field(default_factory=dict)
    engine: str = ""
    degraded: bool = False

    @property
    def num_pages(self):
        pages = max(1, -(-self.total // self.page_size))
        return min(pages, MAX_RESULT_WINDOW // self.page_size)


@dataclass(frozen=True)
class SiteQuery(Paged):
    """Site search: live pages and clauses of one locale. `kind` is "", "page" or "clause"."""

    text: str
    locale_id: int
    language: str
    kind: str = ""
    page: int = 1
    page_size: int = 20


@dataclass
class SiteHit:
    kind: str  # "page" or "clause"
    obj: object
    title: str
    fragments: list


@functools.cache
def _backend(alias):
    return get_search_backend(alias)


@receiver(setting_changed)
def _forget_backends(setting, **kwargs):
    # Tests switch backends with override_settings; a backend holds its connection pool.
    if setting == "WAGTAILSEARCH_BACKENDS":
        _backend.cache_clear()


def default_backend():
    return _backend("default")


def fallback_backend():
    configured = getattr(settings, "WAGTAILSEARCH_BACKENDS", {})
    return _backend(FALLBACK_ALIAS if FALLBACK_ALIAS in configured else DATABASE_BACKEND)


def engine_for(backend):
    from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

    if isinstance(backend, Elasticsearch8SearchBackend):
        from .elasticsearch import ElasticsearchEngine

        return ElasticsearchEngine(backend)
    from .database import DatabaseEngine

    return DatabaseEngine(backend)


class SearchUnavailable(Exception):
    """The search service answered a search with an error (e.g. its index is missing)."""


def unavailable_errors():
    """Exceptions that mean "the search service cannot answer", not "our query is wrong"."""
    from elastic_transport import TransportError
    from elasticsearch import ApiError

    return (TransportError, ApiError, ConnectionError, TimeoutError, SearchUnavailable)


def _run(method, query):
    engine = engine_for(default_backend())
    try:
        results = getattr(engine, method)(query)
    except unavailable_errors():
        if engine.name == "database":
            raise
        logger.exception("Search backend unavailable; answering from the database backend")
        results = getattr(engine_for(fallback_backend()), method)(query)
        results.degraded = True
    return results


def clause_search(query):
    return _run("clause_search", query)


def site_search(query):
    return _run("site_search", query)


def suggest(text, locale_id, limit=8):
    return _run("suggest", SuggestQuery(text=text, locale_id=locale_id, limit=limit))


@dataclass(frozen=True)
class SuggestQuery:
    text: str
    locale_id: int
    limit: int = 8
