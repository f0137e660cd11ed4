"""What a search asks and what it answers, whichever engine runs it."""

import dataclasses
from dataclasses import dataclass, field

RELEVANCE = "relevance"

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
class FacetedQuery(Paged):
    """A faceted search of the records of the IndexSpec registered as `index`
    (`search.registry`). `filters` maps the spec's term facets to one value each (what the
    FilterField holds: primary keys for related records); `range_from`/`range_to` bound its
    range facet; `languages` are the language codes the text is in, for analysis, the first
    preferred (its matches rank higher). `sort` is RELEVANCE or anything else for the spec's
    own order.

    `shown_in` (a language code, for a spec with versions): the records count once each in
    that language's version (`Results.shown_total`), and only those versions match unless
    `filters` name the spec's `version_facet`: with a value, that one's versions match (e.g.
    one language's); with None, every version."""

    index: str
    text: str = ""
    filters: dict = field(default_factory=dict)
    range_from: int | None = None
    range_to: int | None = None
    languages: tuple = ()
    sort: str = RELEVANCE
    page: int = 1
    page_size: int = 20
    shown_in: str = ""

    def once_each(self, spec):
        """The versions shown in `shown_in` are what matches (not one version facet value)."""
        return bool(self.shown_in and spec.versions and spec.version_facet not in self.filters)


@dataclass
class FacetedHit:
    record: object  # the spec's summary of the record
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
    # How many records match once each in the query's `shown_in` version, under every filter
    # but the version facet's (None without `shown_in`).
    shown_total: int | None = None

    @property
    def num_pages(self):
        pages = max(1, -(-self.total // self.page_size))
        return min(pages, MAX_RESULT_WINDOW // self.page_size)


@dataclass(frozen=True)
class SiteQuery(Paged):
    """Site search of one locale. `kind` is "" (every kind) or a registered SiteKind's name."""

    text: str
    locale_id: int
    language: str
    kind: str = ""
    page: int = 1
    page_size: int = 20


@dataclass
class SiteHit:
    kind: str  # the SiteKind's name
    obj: object
    title: str
    fragments: list


@dataclass(frozen=True)
class SuggestQuery:
    text: str
    locale: object
    limit: int = 8


class SearchUnavailable(Exception):
    """The search service answered a search with an error (e.g. its index is missing)."""
