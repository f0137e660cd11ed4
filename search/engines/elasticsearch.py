"""The query layer on Elasticsearch: each search is one request to the backend's own client.

Wagtail's search API gives one facet at a time (ten terms each) and no highlighting, so this
engine builds the request body itself, against the documents Wagtail indexes (plus the
per-language fields of `search.backends.elasticsearch`):

* the keyword query searches the text fields of the searched language(s) only
  (``i18n.fr.title^3``, ``i18n.fr.text``...), so Elasticsearch analyses it with that
  language's analyzer; an exact identifier match adds to the score, and a phrase match
  re-scores the best hits;
* a faceted search (e.g. the clause database) is an ``_msearch`` of two searches
  (`faceted_search_request`): the page of hits, filtered by every active filter, and the
  counts, where each facet is aggregated under every *other* active filter (counts "with the
  other filters applied");
* site search is one search, with the kind of result (page, clause...) in ``post_filter``;

Fields, facets and filters come from what the apps registered (`search.registry`).
* highlighting marks matches with `search.highlight`'s private-use marks, escaped later.
"""

from search import highlight, registry
from search.backends.elasticsearch import LANGUAGE_FIELDS, is_translatable
from search.languages import analysed_language

from .base import BaseEngine
from .documents import hit_records, source_request
from .types import MAX_RESULT_WINDOW, RELEVANCE, FacetedHit, Results, SearchUnavailable, SiteHit

FACET_SIZE = 1000
FRAGMENT_SIZE = 160
# The aggregation that counts the matches under every active filter (the total) and the
# facets nobody filters on.
MATCHING = "matching"
# How many of the best hits the phrase query re-scores (at least).
RESCORE_WINDOW = 100
# A search in several languages weighs the first one's fields this much more (the reader's
# own language's matches above those in other languages).
PREFERRED_LANGUAGE_BOOST = 2
# The aggregation counting the records once each in the reader's version (Results.shown_total).
SHOWN = "shown"


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
        """The per-language text fields of `models` for `languages`, with their boosts (the
        first language's weighed more when there are several)."""
        keys = list(dict.fromkeys(analysed_language(code) for code in languages))
        preferred = keys[0] if len(keys) > 1 else None
        fields = {}
        for model in models:
            if not is_translatable(model):
                continue
            for column, boost in self.backend.mapping_class(model).text_columns():
                for key in keys:
                    name = f"{LANGUAGE_FIELDS}.{key}.{column}"
                    weight = boost * PREFERRED_LANGUAGE_BOOST if key == preferred else boost
                    fields[name] = max(weight, fields.get(name, 1))
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
    def read_highlights(hit, preferred):
        """(marked title or None, marked fragments) of a hit: fragments of the `preferred`
        fields in that order, or else of any field but the title."""
        title, fragments = None, []
        found = hit.get("highlight", {})
        for name, pieces in found.items():
            if name.rsplit(".", 1)[-1] == "title":
                title = pieces[0]
        for wanted in preferred:
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

    def conditions(self, model, conditions):
        """`search.registry` conditions as Elasticsearch filters (filter, must_not)."""
        included, excluded = [], []
        for condition in conditions:
            column = self.column(model, condition.field)
            if isinstance(condition, registry.Term):
                included.append({"term": {column: condition.value}})
            elif isinstance(condition, registry.Above):
                included.append({"range": {column: {"gt": condition.value}}})
            elif isinstance(condition, registry.NotUnder):
                excluded.extend({"prefix": {column: prefix}} for prefix in condition.prefixes)
            else:
                raise TypeError(f"Unknown search condition {condition!r}")
        return included, excluded

    # -- faceted search --------------------------------------------------

    def faceted_search(self, query):
        spec = registry.index_spec(query.index)
        index_name, searches = self.faceted_search_request(spec, query)
        responses = self.es.msearch(index=index_name, searches=searches)["responses"]
        for response in responses:
            if "error" in response:
                # msearch reports each search's failure in its answer rather than raising.
                raise SearchUnavailable(str(response["error"])[:500])
        return self.faceted_results(spec, query, *responses)

    def faceted_search_request(self, spec, query):
        """(index, msearch lines) of a faceted search: two searches in one request.

        * The page of hits: scored, highlighted, filtered by everything active, without
          counting every match (so Elasticsearch can skip what cannot reach the page). A
          phrase match re-scores the best hits (`rescore`) rather than every match.
        * The counts: the same matches, unscored, with every facet's terms aggregated under
          the other active filters and the total under all of them. It returns no hits, so
          Elasticsearch's shard request cache keeps it until the index next changes: a
          repeated search (the landing page, a popular filter) counts nothing again.
        """
        model = spec.model
        columns = {facet: self.column(model, name) for facet, name in spec.term_facets.items()}
        bounded = self.column(model, spec.range_facet)
        identifier = self.column(model, spec.identifier)
        searchable, _excluded = self.conditions(model, spec.index_filters())

        active = {
            facet: {"term": {columns[facet]: value}}
            for facet, value in query.filters.items()
            if value is not None
        }
        if query.range_from is not None or query.range_to is not None:
            bounds = {}
            if query.range_from is not None:
                bounds["gte"] = query.range_from
            if query.range_to is not None:
                bounds["lte"] = query.range_to
            active[spec.range_facet] = {"range": {bounded: bounds}}
        shown = None
        if query.shown_in and spec.versions:
            included, _ = self.conditions(model, spec.version_filters(query.shown_in))
            shown = {"bool": {"filter": included}}
            if query.once_each(spec):
                active[spec.version_facet] = shown

        def terms(facet):
            field = bounded if facet == spec.range_facet else columns[facet]
            return {"terms": {"field": field, "size": FACET_SIZE}}

        # Facets nobody filters on share one filter (all active filters), which also gives the
        # total; each active facet is counted under the others.
        aggregations = {
            MATCHING: {
                "filter": {"bool": {"filter": list(active.values())}},
                "aggs": {facet: terms(facet) for facet in spec.facets if facet not in active},
            }
        }
        for facet in active:
            others = [f for name, f in active.items() if name != facet]
            aggregations[facet] = {
                "filter": {"bool": {"filter": others}},
                "aggs": {facet: terms(facet)},
            }
        if shown is not None:
            # Counted under every filter but the version facet's.
            under = spec.version_facet if spec.version_facet in active else MATCHING
            aggregations[under]["aggs"][SHOWN] = {"filter": shown}

        text = query.text.strip()
        hits = {
            "from": query.offset,
            "size": query.page_size,
            "track_total_hits": False,
            # What the hits show, when the spec reads it from the documents.
            "_source": source_request(self.backend, spec),
        }
        if text:
            fields = self.text_fields([model], query.languages)
            match = self.text_query(text, fields, identifier_column=identifier)
            hits["query"] = {"bool": {"must": match, "filter": [*searchable, *active.values()]}}
            hits["highlight"] = self.highlight_request(query.languages, spec.highlighted)
            counted = {"bool": {"filter": [match, *searchable]}}
        else:
            hits["query"] = {"bool": {"filter": [*searchable, *active.values()]}}
            counted = {"bool": {"filter": searchable}}
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
            hits["sort"] = [
                {self.column(model, name): {"order": "desc", "missing": "_last"}}
                if direction == "desc"
                else {self.column(model, name): "asc"}
                for name, direction in spec.order
            ]
        counts = {"query": counted, "size": 0, "track_total_hits": False, "aggs": aggregations}
        searches = [{}, hits, {"request_cache": True}, counts]
        return self.index_name(model), searches

    def faceted_results(self, spec, query, hits_response, counts_response):
        hits = hits_response["hits"]["hits"]
        records = {r.pk: r for r in hit_records(self.backend, spec, hits)}
        results = []
        for hit in hits:
            record = records.get(int(hit["_id"]))
            if record is None:
                continue
            title, fragments = self.read_highlights(hit, spec.highlighted)
            results.append(
                FacetedHit(record=record, title=title or record.title, fragments=fragments)
            )
        aggregations = counts_response["aggregations"]
        facets = {}
        shown_total = None
        for aggregation in aggregations.values():
            for facet, values in aggregation.items():
                if facet in spec.facets:
                    facets[facet] = {b["key"]: b["doc_count"] for b in values["buckets"]}
                elif facet == SHOWN:
                    shown_total = values["doc_count"]
        return Results(
            total=aggregations[MATCHING]["doc_count"],
            page=query.page,
            page_size=query.page_size,
            hits=results,
            facets=facets,
            engine=self.name,
            shown_total=shown_total,
        )

    # -- site search -----------------------------------------------------

    def content_type(self, model):
        """What Wagtail stores in `_django_content_type` for `model` and its subclasses."""
        return self.backend.mapping_class(model).get_content_type()

    def site_search(self, query):
        kinds = {kind.name: kind for kind in registry.site_kinds()}
        filters = {}
        for name, kind in kinds.items():
            included, excluded = self.conditions(kind.model, kind.index_filters(query.locale_id))
            condition = {
                "filter": [
                    {"term": {"_django_content_type": self.content_type(kind.model)}},
                    *included,
                ]
            }
            if excluded:
                condition["must_not"] = excluded
            filters[name] = {"bool": condition}
        models = [model for kind in kinds.values() for model in kind.models()]
        body = {
            "query": {
                "bool": {
                    "must": self.text_query(
                        query.text.strip(),
                        self.text_fields(models, [query.language]),
                        phrase=True,
                    ),
                    "filter": {
                        "bool": {"should": list(filters.values()), "minimum_should_match": 1}
                    },
                }
            },
            "aggs": {"kinds": {"filters": {"filters": filters}}},
            "highlight": self.highlight_request([query.language]),
            "sort": ["_score", {"pk": "asc"}],
            "from_": query.offset,
            "size": query.page_size,
            "track_total_hits": True,
            "_source": False,
            "docvalue_fields": ["_django_content_type"],
        }
        if query.kind in filters:
            body["post_filter"] = filters[query.kind]
        response = self.es.search(
            index=",".join(self.index_name(kind.model) for kind in kinds.values()), **body
        )
        hits = response["hits"]["hits"]

        def kind_of(hit):
            types = hit.get("fields", {}).get("_django_content_type", [])
            for name, kind in kinds.items():
                if self.content_type(kind.model) in types:
                    return name
            return None

        shown = {
            name: kind.displayed(
                query.locale_id, [int(h["_id"]) for h in hits if kind_of(h) == name]
            )
            for name, kind in kinds.items()
        }
        items = []
        for hit in hits:
            name = kind_of(hit)
            obj = shown[name].get(int(hit["_id"])) if name else None
            if obj is None:
                continue
            title, fragments = self.read_highlights(hit, kinds[name].highlighted)
            items.append(SiteHit(kind=name, obj=obj, title=title or obj.title, fragments=fragments))
        buckets = response["aggregations"]["kinds"]["buckets"]
        return Results(
            total=response["hits"]["total"]["value"],
            page=query.page,
            page_size=query.page_size,
            hits=items,
            facets={"kind": {name: buckets[name]["doc_count"] for name in kinds}},
            engine=self.name,
        )
