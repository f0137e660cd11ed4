"""The query layer on Elasticsearch: each search is one request to the backend's own client.

Wagtail's search API gives one facet at a time (ten terms each) and no highlighting, so this
engine builds the request body itself, against the documents Wagtail indexes (plus the
per-language fields of `search.backends.elasticsearch`):

* the keyword query searches the text fields of the searched language(s) only
  (``i18n.fr.title^3``, ``i18n.fr.text``...), so Elasticsearch analyses it with that
  language's analyzer; an exact identifier match adds to the score, and a phrase match
  re-scores the best hits;
* a clause search is an ``_msearch`` of two searches (`clause_search_request`): the page of
  hits, filtered by every active filter, and the counts, where each facet is aggregated
  under every *other* active filter (counts "with the other filters applied");
* site search is one search, with the kind of result (page or clause) in ``post_filter``;
* highlighting marks matches with `search.highlight`'s private-use marks, escaped later.
"""

from wagtail.models import Page, PageViewRestriction

from clauses.models import Clause
from search import highlight
from search.backends.elasticsearch import LANGUAGE_FIELDS, is_translatable
from search.languages import analysed_language

from . import (
    FACETS,
    MAX_RESULT_WINDOW,
    RELEVANCE,
    TERM_FACETS,
    YEAR_FACET,
    ClauseHit,
    Results,
    SearchUnavailable,
    SiteHit,
)
from .base import BaseEngine, in_order, public_clauses, public_pages, summaries

FACET_SIZE = 1000
FRAGMENT_SIZE = 160
HIGHLIGHTED_TEXT = ("text", "commentary", "intro", "summary", "body", "strapline")
# A clause's fragments come from its wording and the commentary (not from keywords or the
# source's title, which the clause page shows anyway).
CLAUSE_HIGHLIGHTED = ("text", "commentary")
# The aggregation that counts the matches under every active filter (the total) and the
# facets nobody filters on.
MATCHING = "matching"
# How many of the best hits the phrase query re-scores (at least).
RESCORE_WINDOW = 100


class ElasticsearchEngine(BaseEngine):
    name = "elasticsearch"

    def __init__(self, backend):
        super().__init__(backend)
        self.es = backend.es

    # -- index vocabulary ------------------------------------------------

    def index_name(self, model):
        return self.backend.get_index_for_model(model).name

    def column(self, model, field_name):
        """The document field of `model`'s FilterField `field_name`."""
        mapping = self.backend.mapping_class(model)
        for field in model.get_filterable_search_fields():
            if field.field_name == field_name:
                return mapping.get_field_column_name(field)
        raise LookupError(f"{model.__name__}.search_fields has no FilterField({field_name!r})")

    def text_fields(self, models, languages):
        """The per-language text fields of `models` for `languages`, with their boosts."""
        keys = list(dict.fromkeys(analysed_language(code) for code in languages))
        fields = {}
        for model in models:
            if not is_translatable(model):
                continue
            for column, boost in self.backend.mapping_class(model).text_columns():
                for key in keys:
                    name = f"{LANGUAGE_FIELDS}.{key}.{column}"
                    fields[name] = max(boost, fields.get(name, 1))
        return [name if boost == 1 else f"{name}^{boost}" for name, boost in fields.items()]

    def text_query(self, text, fields, identifier_column=None, phrase=False):
        should = [{"multi_match": {"query": text, "fields": fields, "tie_breaker": 0.3}}]
        if phrase:
            should.append(self.phrase_query(text, fields))
        if identifier_column:
            should.append(
                {"term": {identifier_column: {"value": text.strip().upper(), "boost": 20}}}
            )
        return {"bool": {"should": should, "minimum_should_match": 1}}

    @staticmethod
    def phrase_query(text, fields):
        """Words found together, in the reader's order (give or take three words)."""
        return {
            "multi_match": {
                "query": text,
                "fields": fields,
                "type": "phrase",
                "slop": 3,
                "boost": 2,
            }
        }

    def highlight_request(self, languages, columns=None):
        """Highlighting of the title (whole) and of up to two fragments of the text fields:
        `columns` (e.g. text, commentary) or all of them."""
        keys = list(dict.fromkeys(analysed_language(code) for code in languages))
        fields = {}
        for key in keys:
            fields[f"{LANGUAGE_FIELDS}.{key}.title"] = {"number_of_fragments": 0}
            for column in columns or ["*"]:
                fields[f"{LANGUAGE_FIELDS}.{key}.{column}"] = {
                    "fragment_size": FRAGMENT_SIZE,
                    "number_of_fragments": 2,
                }
        return {
            "pre_tags": [highlight.START],
            "post_tags": [highlight.END],
            "fields": fields,
        }

    @staticmethod
    def read_highlights(hit):
        """(marked title or None, marked fragments) of a hit."""
        title, fragments = None, []
        found = hit.get("highlight", {})
        for name, pieces in found.items():
            if name.rsplit(".", 1)[-1] == "title":
                title = pieces[0]
        for wanted in HIGHLIGHTED_TEXT:
            for name, pieces in found.items():
                column = name.rsplit(".", 1)[-1]
                if column == wanted or column.endswith("__" + wanted):
                    fragments.extend(pieces)
        if not fragments:
            fragments = [
                piece
                for name, pieces in found.items()
                if name.rsplit(".", 1)[-1] != "title"
                for piece in pieces
            ]
        return title, fragments[:2]

    # -- the clause database ---------------------------------------------

    def clause_search(self, query):
        index_name, searches = self.clause_search_request(query)
        responses = self.es.msearch(index=index_name, searches=searches)["responses"]
        for response in responses:
            if "error" in response:
                # msearch reports each search's failure in its answer rather than raising.
                raise SearchUnavailable(str(response["error"])[:500])
        return self.clause_results(query, *responses)

    def clause_search_request(self, query):
        """(index, msearch lines) of a clause search: two searches in one request.

        * The page of hits: scored, highlighted, filtered by everything active, without
          counting every match (so Elasticsearch can skip what cannot reach the page). A
          phrase match re-scores the best hits (`rescore`) rather than every match.
        * The counts: the same matches, unscored, with every facet's terms aggregated under
          the other active filters and the total under all of them. It returns no hits, so
          Elasticsearch's shard request cache keeps it until the index next changes: a
          repeated search (the landing page, a popular filter) counts nothing again.
        """
        columns = {facet: self.column(Clause, name) for facet, name in TERM_FACETS.items()}
        year = self.column(Clause, "year")
        identifier = self.column(Clause, "identifier")
        live = {"term": {self.column(Clause, "live"): True}}

        active = {
            facet: {"term": {columns[facet]: value}}
            for facet, value in query.filters.items()
            if value is not None
        }
        if query.year_from is not None or query.year_to is not None:
            bounds = {}
            if query.year_from is not None:
                bounds["gte"] = query.year_from
            if query.year_to is not None:
                bounds["lte"] = query.year_to
            active[YEAR_FACET] = {"range": {year: bounds}}

        def terms(facet):
            field = year if facet == YEAR_FACET else columns[facet]
            return {"terms": {"field": field, "size": FACET_SIZE}}

        # Facets nobody filters on share one filter (all active filters), which also gives the
        # total; each active facet is counted under the others.
        aggregations = {
            MATCHING: {
                "filter": {"bool": {"filter": list(active.values())}},
                "aggs": {facet: terms(facet) for facet in FACETS if facet not in active},
            }
        }
        for facet in active:
            others = [f for name, f in active.items() if name != facet]
            aggregations[facet] = {
                "filter": {"bool": {"filter": others}},
                "aggs": {facet: terms(facet)},
            }

        text = query.text.strip()
        hits = {
            "from": query.offset,
            "size": query.page_size,
            "track_total_hits": False,
            "_source": False,
        }
        if text:
            fields = self.text_fields([Clause], query.languages)
            match = self.text_query(text, fields, identifier_column=identifier)
            hits["query"] = {"bool": {"must": match, "filter": [live, *active.values()]}}
            hits["highlight"] = self.highlight_request(query.languages, CLAUSE_HIGHLIGHTED)
            counted = {"bool": {"filter": [match, live]}}
        else:
            hits["query"] = {"bool": {"filter": [live, *active.values()]}}
            counted = {"bool": {"filter": [live]}}
        if query.sort == RELEVANCE and text:
            # Words found together, in the reader's order, rank above scattered ones: the
            # phrase query re-scores the top of the list (every page up to this one, so pages
            # stay consistent) instead of running on every match.
            window = min(max(RESCORE_WINDOW, query.offset + query.page_size), MAX_RESULT_WINDOW)
            hits["rescore"] = {
                "window_size": window,
                "query": {"rescore_query": self.phrase_query(text, fields)},
            }
        else:
            hits["sort"] = [{year: {"order": "desc", "missing": "_last"}}, {identifier: "asc"}]
        counts = {"query": counted, "size": 0, "track_total_hits": False, "aggs": aggregations}
        searches = [{}, hits, {"request_cache": True}, counts]
        return self.index_name(Clause), searches

    def clause_results(self, query, hits_response, counts_response):
        hits = hits_response["hits"]["hits"]
        clauses = {c.pk: c for c in summaries([h["_id"] for h in hits])}
        results = []
        for hit in hits:
            clause = clauses.get(int(hit["_id"]))
            if clause is None:
                continue
            title, fragments = self.read_highlights(hit)
            results.append(
                ClauseHit(clause=clause, title=title or clause.title, fragments=fragments)
            )
        aggregations = counts_response["aggregations"]
        facets = {}
        for aggregation in aggregations.values():
            for facet, values in aggregation.items():
                if facet in FACETS:
                    facets[facet] = {b["key"]: b["doc_count"] for b in values["buckets"]}
        return Results(
            total=aggregations[MATCHING]["doc_count"],
            page=query.page,
            page_size=query.page_size,
            hits=results,
            facets=facets,
            engine=self.name,
        )

    # -- site search -----------------------------------------------------

    def site_search(self, query):
        from search.engines.database import page_models

        content_type = {"page": "wagtailcore.Page", "clause": "clauses.Clause"}
        restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        page_filter = {
            "bool": {
                "filter": [
                    {"term": {"_django_content_type": content_type["page"]}},
                    {"term": {self.column(Page, "live"): True}},
                    {"term": {self.column(Page, "locale"): query.locale_id}},
                    {"range": {self.column(Page, "depth"): {"gt": 1}}},
                ],
                "must_not": [{"prefix": {self.column(Page, "path"): path}} for path in restricted],
            }
        }
        clause_filter = {
            "bool": {
                "filter": [
                    {"term": {"_django_content_type": content_type["clause"]}},
                    {"term": {self.column(Clause, "live"): True}},
                    {"term": {self.column(Clause, "locale"): query.locale_id}},
                ]
            }
        }
        kinds = {"page": page_filter, "clause": clause_filter}
        body = {
            "query": {
                "bool": {
                    "must": self.text_query(
                        query.text.strip(),
                        self.text_fields([*page_models(), Clause], [query.language]),
                        phrase=True,
                    ),
                    "filter": {"bool": {"should": list(kinds.values()), "minimum_should_match": 1}},
                }
            },
            "aggs": {"kinds": {"filters": {"filters": kinds}}},
            "highlight": self.highlight_request([query.language]),
            "sort": ["_score", {"pk": "asc"}],
            "from_": query.offset,
            "size": query.page_size,
            "track_total_hits": True,
            "_source": False,
            "docvalue_fields": ["_django_content_type"],
        }
        if query.kind in kinds:
            body["post_filter"] = kinds[query.kind]
        response = self.es.search(
            index=f"{self.index_name(Page)},{self.index_name(Clause)}", **body
        )
        hits = response["hits"]["hits"]

        def kind_of(hit):
            types = hit.get("fields", {}).get("_django_content_type", [])
            return "clause" if content_type["clause"] in types else "page"

        pages = {
            p.pk: p
            for p in public_pages(query.locale_id)
            .filter(pk__in=[int(h["_id"]) for h in hits if kind_of(h) == "page"])
            .specific()
        }
        clauses = {
            c.pk: c
            for c in in_order(public_clauses(), [h["_id"] for h in hits if kind_of(h) == "clause"])
        }
        items = []
        for hit in hits:
            kind = kind_of(hit)
            obj = (pages if kind == "page" else clauses).get(int(hit["_id"]))
            if obj is None:
                continue
            title, fragments = self.read_highlights(hit)
            items.append(SiteHit(kind=kind, obj=obj, title=title or obj.title, fragments=fragments))
        buckets = response["aggregations"]["kinds"]["buckets"]
        return Results(
            total=response["hits"]["total"]["value"],
            page=query.page,
            page_size=query.page_size,
            hits=items,
            facets={"kind": {kind: buckets[kind]["doc_count"] for kind in kinds}},
            engine=self.name,
        )
