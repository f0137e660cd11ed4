"""The query layer on Wagtail's database backends, with the same features as on Elasticsearch.

Keyword matching uses the index Wagtail's database backend keeps (`IndexEntry`: the title and
the rest of the indexed text of each indexed record), queried through the adapter for the
database (`search.engines.adapters`) so that terms are OR-ed and matched as light-stem
prefixes (see `search.analysis`), and so that the matches stay a subquery that the ORM can
filter, count and group.

What is searched comes from the registry (`search.registry`): a faceted search reads its
IndexSpec, site search its SiteKinds. Facet counts are one GROUP BY per facet over the
matching records with the other filters applied; on SQLite a keyword search's GROUP BYs and
totals run as one statement over the matches materialised once (`count_together`: FTS5 would
run the match again for each). Highlighting marks the words of the one page of results shown
(`search.highlight`). Nothing loads every match into Python.
"""

from django.db import connection
from django.db.models import Case, Count, F, Q, When
from django.db.models.expressions import RawSQL
from wagtail.models import Page
from wagtail.search import index

from search import analysis, highlight, registry

from .adapters import adapter_for
from .base import BaseEngine
from .types import RELEVANCE, FacetedHit, Results, SiteHit


def page_models():
    return [m for m in index.get_indexed_models() if issubclass(m, Page)]


def indexed_texts(obj, skip=("title",)):
    """The texts Wagtail indexes for `obj` (its SearchFields but `skip`), one per value."""
    pieces = []
    for field in obj.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name not in skip:
            value = field.get_value(obj)
            if isinstance(value, (list, tuple)):
                pieces.extend(str(v) for v in value if v)
            elif value:
                pieces.append(str(value))
    return pieces


def matched_fragments(obj, stems, count=2, skip=("title",)):
    """Up to `count` marked fragments of `obj`'s text, each from one field (a fragment never
    runs from the end of one field into the next); fields in `skip` are never quoted."""
    found = []
    for text in indexed_texts(obj, skip):
        found += highlight.fragments(text, stems, count=count - len(found))
        if len(found) >= count:
            break
    return found


def ordering(spec):
    """The spec's order as ORM expressions (missing values last when descending)."""
    return [
        F(name).desc(nulls_last=True) if direction == "desc" else F(name).asc()
        for name, direction in spec.order
    ]


# The records a keyword search matched, materialised once per statement (count_together).
MATCHED_CTE = "odf_matched"


def shared_matches(spec):
    """The spec's records restricted to the CTE that count_together fills."""
    return spec.model._base_manager.filter(pk__in=RawSQL(f"SELECT id FROM {MATCHED_CTE}", ()))


def count_together(matched, groups, totals):
    """Every facet's counts and every total in ONE statement over the records `matched` (the
    full-text match with the spec's own conditions), materialised once as a CTE: as separate
    queries, each would run the full-text match again (eleven times per search). `groups`
    (facet: values(field).annotate(count)) and `totals` (name: queryset to count) are built on
    shared_matches(). Returns ({facet: [row]}, {name: count})."""
    sql, params = matched.order_by().values("pk").query.sql_with_params()
    arms, arm_params, names = [], [], []
    for facet, group in groups.items():
        field = next(iter(group.query.values_select))
        group_sql, group_params = group.query.sql_with_params()
        arms.append(f'SELECT %s, "{field}", "count" FROM ({group_sql})')
        arm_params += [len(names), *group_params]
        names.append((facet, field))
    for name, found in totals.items():
        total_sql, total_params = found.order_by().values("pk").query.sql_with_params()
        arms.append(f"SELECT %s, NULL, COUNT(*) FROM ({total_sql})")
        arm_params += [len(names), *total_params]
        names.append((name, None))
    statement = f"WITH {MATCHED_CTE}(id) AS MATERIALIZED ({sql}) " + " UNION ALL ".join(arms)
    rows = {facet: [] for facet in groups}
    counts = dict.fromkeys(totals, 0)
    with connection.cursor() as cursor:
        cursor.execute(statement, [*params, *arm_params])
        for index, value, count in cursor.fetchall():
            name, field = names[index]
            if field is None:
                counts[name] = count
            else:
                rows[name].append({field: value, "count": count})
    return rows, counts


class DatabaseEngine(BaseEngine):
    name = "database"

    def __init__(self, backend):
        super().__init__(backend)
        self.adapter = adapter_for(backend)

    # -- faceted search --------------------------------------------------

    def faceted_search(self, query):
        spec = registry.index_spec(query.index)
        stems = analysis.stems(query.text, query.languages)
        records = spec.records()
        text = query.text.strip()
        identifier = text if spec.identifier_pattern.fullmatch(text) else None
        if identifier:
            # Identifiers are not indexed text: a reader pasting one gets that record first.
            records = records.filter(
                Q(**{f"{spec.identifier}__iexact": identifier})
                | Q(pk__in=self.adapter.match(spec.model, records, stems, spec.like_fields))
            )
        elif stems:
            records = self.adapter.match(spec.model, records, stems, spec.like_fields)
        elif text:
            records = records.none()  # only punctuation: nothing to search for

        active = {
            facet: Q(**{spec.term_facets[facet]: value})
            for facet, value in query.filters.items()
            if value is not None
        }
        bounds = Q()
        if query.range_from is not None:
            bounds &= Q(**{f"{spec.range_facet}__gte": query.range_from})
        if query.range_to is not None:
            bounds &= Q(**{f"{spec.range_facet}__lte": query.range_to})
        if bounds:
            active[spec.range_facet] = bounds
        if query.once_each(spec):
            active[spec.version_facet] = spec.versions(query.shown_in)

        # Counted together: every count reads the records matched once (see count_together).
        together = self.adapter.counts_together and (stems or identifier)
        counted = shared_matches(spec) if together else records

        def without(facet):
            return counted.filter(*[q for name, q in active.items() if name != facet])

        fields = {**spec.term_facets, spec.range_facet: spec.range_facet}
        counted_once = Count("pk", distinct=True)
        groups = {
            facet: without(facet).order_by().values(field).annotate(count=counted_once)
            for facet, field in fields.items()
        }
        totals = {"total": counted.filter(*active.values())}
        if not query.once_each(spec) and query.shown_in and spec.versions:
            shown = without(spec.version_facet).filter(spec.versions(query.shown_in))
            totals["shown"] = shown
        if together:
            rows, counts = count_together(records, groups, totals)
        else:
            rows = {facet: list(group) for facet, group in groups.items()}
            counts = {name: found.count() for name, found in totals.items()}
        facets = {}
        for facet, found in rows.items():
            field = fields[facet]
            facets[facet] = {row[field]: row["count"] for row in found if row[field] is not None}

        matching = records.filter(*active.values())
        total = counts["total"]
        shown_total = total if query.once_each(spec) else counts.get("shown")
        end = query.offset + query.page_size
        if identifier and query.sort == RELEVANCE:
            first = Case(When(**{f"{spec.identifier}__iexact": identifier}, then=0), default=1)
            pks = list(
                matching.order_by(first, *ordering(spec)).values_list("pk", flat=True)[
                    query.offset : end
                ]
            )
        elif stems and query.sort == RELEVANCE and self.adapter.ranks:
            ranked = self.adapter.ranked(
                stems, {spec.name: (spec.model, matching)}, query.offset, query.page_size
            )
            pks = [pk for _kind, pk in ranked]
        else:
            pks = list(
                matching.order_by(*ordering(spec)).values_list("pk", flat=True)[query.offset : end]
            )
        hits = [self.faceted_hit(spec, record, stems) for record in spec.displayed(pks)]
        return Results(
            total=total,
            page=query.page,
            page_size=query.page_size,
            hits=hits,
            facets=facets,
            engine=self.name,
            shown_total=shown_total,
        )

    @staticmethod
    def faceted_hit(spec, record, stems):
        if not stems:
            return FacetedHit(record=spec.summary(record), title=record.title, fragments=[])
        return FacetedHit(
            record=spec.summary(record),
            title=highlight.mark_terms(record.title, stems),
            fragments=matched_fragments(record, stems, skip=spec.unquoted),
        )

    # -- site search -------------------------------------------------------

    def site_search(self, query):
        stems = analysis.stems(query.text, [query.language])
        kinds = {kind.name: kind for kind in registry.site_kinds()}
        candidates = {}
        for name, kind in kinds.items():
            found = kind.candidates(query.locale_id)
            if not stems:
                found = found.none()
            else:
                found = self.adapter.match(kind.model, found, stems, kind.like_fields)
            candidates[name] = (kind.model, found)
        counts = {name: found.count() for name, (_model, found) in candidates.items()}
        if query.kind in candidates:
            candidates = {query.kind: candidates[query.kind]}
        if not stems:
            ranked = []
        elif not self.adapter.ranks:
            ranked = [
                (name, pk)
                for name, (_model, found) in candidates.items()
                for pk in found.order_by("title", "pk").values_list("pk", flat=True)[
                    : query.offset + query.page_size
                ]
            ][query.offset : query.offset + query.page_size]
        else:
            ranked = self.adapter.ranked(stems, candidates, query.offset, query.page_size)
        shown = {
            name: kind.displayed(query.locale_id, [pk for k, pk in ranked if k == name])
            for name, kind in kinds.items()
        }
        hits = []
        for name, pk in ranked:
            obj = shown[name].get(pk)
            if obj is not None:
                hits.append(
                    SiteHit(
                        kind=name,
                        obj=obj,
                        title=highlight.mark_terms(obj.title, stems),
                        fragments=matched_fragments(obj, stems, 1, kinds[name].unquoted),
                    )
                )
        total = counts[query.kind] if query.kind in counts else sum(counts.values())
        return Results(
            total=total,
            page=query.page,
            page_size=query.page_size,
            hits=hits,
            facets={"kind": counts},
            engine=self.name,
        )
