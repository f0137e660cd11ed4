"""What the search engines know about the site's content: each app registers it here.

`search` imports no feature app. An app that wants its records searched describes them with
the objects below and registers them in its AppConfig.ready():

* an `IndexSpec`: a faceted search of one model (a database of records with filters and
  facet counts, e.g. the hub's clause database), run by `search.engines.faceted_search`;
* a `SiteKind`: one kind of result of site search (pages are registered by `search` itself;
  clauses by their app), with the template that shows one hit;
* a `SuggestionSource`: what the search boxes suggest as a reader types.

The engines read everything model-specific (fields, facets, filters, how records are
fetched and shown) from these objects, never from an app's code.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

# -- conditions on indexed records -----------------------------------------------------------
# The same condition in a form each engine can apply: Elasticsearch filters on the FilterField
# of that name, the database engines filter the records' queryset.


@dataclass(frozen=True)
class Term:
    """`field` equals `value`."""

    field: str
    value: object


@dataclass(frozen=True)
class Above:
    """`field` is greater than `value`."""

    field: str
    value: object


@dataclass(frozen=True)
class NotUnder:
    """`field` starts with none of `prefixes` (e.g. pages under a restricted page)."""

    field: str
    prefixes: tuple


# -- what an app registers -------------------------------------------------------------------


@dataclass(frozen=True)
class IndexSpec:
    """A faceted search of `model`: keyword, a filter per facet with counts, a range facet.

    * `records()`: the searchable records (a queryset: e.g. the published ones), for the
      database engines; `index_filters()`: the same condition for Elasticsearch.
    * `term_facets`: facet name -> the FilterField it filters on and counts (one value each);
      `range_facet`: the FilterField filtered by `FacetedQuery.range_from`/`range_to` and
      counted per value.
    * `identifier`: a FilterField holding an identifier, and `identifier_pattern` (a compiled
      regex): a search that is exactly an identifier finds that record first.
    * `order`: (field, "asc"/"desc") pairs: the order without relevance (descending values put
      missing ones last).
    * `like_fields`: fields searched with LIKE where the database has no full-text index.
    * `highlighted`: the text fields quoted in a hit's fragments, in order of preference;
      `unquoted`: indexed fields whose words count but that are never quoted.
    * `displayed(pks)`: the records with primary keys `pks`, in that order, as model instances
      (the database engines highlight them); `summary(record)`: what a hit shows of one;
      `summaries(pks)`: the same read as rows, in that order (Elasticsearch's hits).
    * `document_fields` and `from_documents(documents)`: what a hit shows, read from the
      search engine's own documents instead (no database query for the page of hits):
      `document_fields` names the search fields (SearchField or FilterField) it needs, and
      `from_documents` gets, for each hit in order, {"pk": primary key, field: indexed value}
      (a related record's primary key, a list of them for many-to-many) and returns the
      summaries. Without them, Elasticsearch's hits are read with `summaries`.
    * Records in several versions (a clause and its translations): `versions(language)` is a
      condition (a Q) on `records()` keeping the one version of each record shown to a reader
      of `language`, `version_filters(language)` the same for Elasticsearch, and
      `version_facet` the term facet it narrows instead of a value (the language): that
      facet's counts stay those of every version (`FacetedQuery.shown_in`).
    """

    name: str
    model: type
    records: Callable
    index_filters: Callable
    term_facets: dict
    range_facet: str
    identifier: str
    identifier_pattern: object
    order: tuple
    like_fields: tuple
    highlighted: tuple
    unquoted: tuple
    displayed: Callable
    summary: Callable
    summaries: Callable
    versions: Callable | None = None
    version_filters: Callable | None = None
    version_facet: str = ""
    document_fields: tuple = ()
    from_documents: Callable | None = None

    @property
    def facets(self):
        return [*self.term_facets, self.range_facet]


@dataclass(frozen=True)
class SiteKind:
    """A kind of site search result.

    * `candidates(locale_id)`: the records of that kind site search may show (a queryset);
      `index_filters(locale_id)`: the same condition for Elasticsearch; `models()`: the
      indexed models whose text is searched (a base model and its subclasses).
    * `displayed(locale_id, pks)`: {pk: record} of the hits shown.
    * `template`: shows one hit (`hit` in its context); `empty_template`, if any, is shown
      when nothing matches; `context(locale)`: what both templates need besides.
    * `position`: where the kind comes in the list of kinds.
    """

    name: str
    label: str
    model: type
    models: Callable
    candidates: Callable
    index_filters: Callable
    displayed: Callable
    template: str
    like_fields: tuple = ("title",)
    highlighted: tuple = ()
    unquoted: tuple = ("title",)
    empty_template: str = ""
    context: Callable = field(default=lambda locale: {})
    position: int = 0


@dataclass(frozen=True)
class SuggestionSource:
    """`find(backend, text, locale, limit)` -> suggestions for the search boxes, each a dict
    {"type", "label", "value", "url"}; `backend` is the Wagtail search backend answering."""

    name: str
    find: Callable
    position: int = 0


_indexes = {}
_kinds = {}
_suggestions = {}


def register_index(spec):
    _indexes[spec.name] = spec


def index_spec(name):
    try:
        return _indexes[name]
    except KeyError:
        raise LookupError(f"No search index registered as {name!r}") from None


def register_site_kind(kind):
    _kinds[kind.name] = kind


def site_kinds():
    """The registered kinds of site search result, in their order."""
    return sorted(_kinds.values(), key=lambda kind: (kind.position, kind.name))


def register_suggestions(source):
    _suggestions[source.name] = source


def suggestion_sources():
    return sorted(_suggestions.values(), key=lambda source: (source.position, source.name))


def unregister(name):
    """Forget what was registered under `name` (for tests that register their own)."""
    for registered in (_indexes, _kinds, _suggestions):
        registered.pop(name, None)
