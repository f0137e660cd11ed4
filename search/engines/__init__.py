"""The search query layer: one interface, one engine per kind of backend.

The views describe a search as a `FacetedQuery` (a faceted search of the records an app
registered, e.g. the hub's clause database) or a `SiteQuery` (site search);
`faceted_search()` and `site_search()` run it on the configured Wagtail search backend and
return the same result objects whichever engine answered:

* `search.engines.elasticsearch` for Wagtail's Elasticsearch backends: one request per search,
  with facet aggregations, highlighting and per-language fields;
* `search.engines.database` for Wagtail's database backends (SQLite FTS5, PostgreSQL
  full-text, or plain SQL elsewhere, each through its adapter in `search.engines.adapters`):
  facet counts as SQL aggregates, highlighting of the displayed page of results.

What is searched (models, fields, facets, filters, how hits are shown) comes from
`search.registry`, where each app registers its own.

If Elasticsearch cannot answer (down, unreachable, index missing), the search runs on the
database backend instead and the result says so (`degraded`), so the pages still answer. That
backend's index is kept up to date alongside Elasticsearch when WAGTAILSEARCH_BACKENDS lists
it (the settings do, under FALLBACK_ALIAS); without it, browsing and filters still work and
keyword search finds only what the database index holds.
"""

import functools
import logging

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from elastic_transport import TransportError
from elasticsearch import ApiError
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

from .database import DatabaseEngine
from .elasticsearch import ElasticsearchEngine
from .types import (
    MAX_RESULT_WINDOW,
    RELEVANCE,
    FacetedHit,
    FacetedQuery,
    Results,
    SearchUnavailable,
    SiteHit,
    SiteQuery,
    SuggestQuery,
)

__all__ = [
    "MAX_RESULT_WINDOW",
    "RELEVANCE",
    "FacetedHit",
    "FacetedQuery",
    "Results",
    "SearchUnavailable",
    "SiteHit",
    "SiteQuery",
    "SuggestQuery",
    "faceted_search",
    "site_search",
    "suggest",
]

logger = logging.getLogger(__name__)

FALLBACK_ALIAS = "database"
DATABASE_BACKEND = "search.backends.database"


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
    if isinstance(backend, Elasticsearch8SearchBackend):
        return ElasticsearchEngine(backend)
    return DatabaseEngine(backend)


# Exceptions that mean "the search service cannot answer", not "our query is wrong".
UNAVAILABLE = (TransportError, ApiError, ConnectionError, TimeoutError, SearchUnavailable)


def _run(method, query):
    engine = engine_for(default_backend())
    try:
        results = getattr(engine, method)(query)
    except UNAVAILABLE:
        if engine.name == "database":
            raise
        logger.exception("Search backend unavailable; answering from the database backend")
        results = getattr(engine_for(fallback_backend()), method)(query)
        results.degraded = True
    return results


def faceted_search(query):
    """Run a FacetedQuery on the IndexSpec registered under `query.index`."""
    return _run("faceted_search", query)


def site_search(query):
    return _run("site_search", query)


def suggest(text, locale, limit=8):
    """What the registered suggestion sources offer for `text` in `locale` (a Locale)."""
    return _run("suggest", SuggestQuery(text=text, locale=locale, limit=limit))
