"""The query layer on Wagtail's database backends, with the same features as on Elasticsearch.

Keyword matching uses the index Wagtail's database backend keeps (`IndexEntry`: the title and
the rest of the indexed text of each page and clause), queried directly so that terms are
OR-ed and matched as light-stem prefixes (see `search.analysis`), and so that the matches
stay a subquery that the ORM can filter, count and group:

* SQLite: the FTS5 table, ranked with bm25 (title weighted 3);
* PostgreSQL: the tsvector columns, ranked with ts_rank (title weighted 3);
* any other database (Wagtail's fallback backend keeps no index): LIKE on the main fields.

Facet counts are one GROUP BY per facet over the matching clauses with the other filters
applied; highlighting marks the words of the one page of results shown (`search.highlight`).
Nothing loads every match into Python.
"""

import math
import re

from django.db import connection
from django.db.models import BigIntegerField, Case, CharField, Count, F, Q, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from wagtail.models import Page
from wagtail.search import index

from clauses.models import Clause
from search import analysis, highlight

from . import RELEVANCE, TERM_FACETS, YEAR_FACET, ClauseHit, Results, SiteHit
from .base import BaseEngine, ClauseSummary, in_order, public_clauses, public_pages

IDENTIFIER = re.compile(r"[A-Za-z]{2,5}-\d{1,8}")


def page_models():
    return [m for m in index.get_indexed_models() if issubclass(m, Page)]


def as_text(queryset):
    """`queryset`'s primary keys as text, to compare with IndexEntry.object_id."""
    return queryset.order_by().annotate(_pk_text=Cast("pk", CharField())).values("_pk_text")


# Fields whose words count in a search but whose text is not quoted in a result's fragments:
# the title (shown whole) and a clause's keywords and source (shown on its page), as on
# Elasticsearch (`search.engines.elasticsearch.CLAUSE_HIGHLIGHTED`).
NOT_QUOTED = ("title", "keywords", "source_title")


def indexed_texts(obj, skip=NOT_QUOTED):
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


def matched_fragments(obj, stems, count=2):
    """Up to `count` marked fragments of `obj`'s text, each from one field (a fragment never
    runs from the end of one field into the next)."""
    found = []
    for text in indexed_texts(obj):
        found += highlight.fragments(text, stems, count=count - len(found))
        if len(found) >= count:
            break
    return found


def index_entries():
    from modelsearch.conf import get_app_config

    return get_app_config().get_model("IndexEntry").objects


class SQLiteMatcher:
    """Matches on the FTS5 table of Wagtail's SQLite backend. The full-text query always runs
    first, once, as a subquery or CTE: joined row by row, SQLite would run it per row."""

    def __init__(self, backend):
        from modelsearch.conf import get_app_config

        self.table = get_app_config().get_model("SQLiteFTSIndexEntry")._meta.db_table

    def expression(self, stems):
        # Terms are letters and digits only (search.analysis), so quoting cannot break out.
        parts = [f'"{s}"*' if len(s) >= analysis.MIN_STEM else f'"{s}"' for s in stems]
        return "{title body} : (" + " OR ".join(parts) + ")"

    def entries(self, stems):
        matching = RawSQL(
            f"SELECT rowid FROM {self.table} WHERE {self.table} MATCH %s",
            (self.expression(stems),),
        )
        return index_entries().filter(id__in=matching)

    def ranked_rows(self, stems, entries, offset, limit):
        """(content type, object id) of `entries` in bm25 order (lower is better; columns
        are autocomplete, body, title)."""
        sql, params = entries.values("id", "content_type_id", "object_id").query.sql_with_params()
        query = (
            f"WITH hits AS MATERIALIZED (SELECT rowid AS id, "
            f"bm25({self.table}, 0.0, 1.0, 3.0) AS score FROM {self.table} "
            f"WHERE {self.table} MATCH %s) "
            f"SELECT e.content_type_id, e.object_id FROM hits JOIN ({sql}) e ON e.id = hits.id "
            "ORDER BY hits.score, e.object_id LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(query, [self.expression(stems), *params, limit, offset])
            return cursor.fetchall()


class PostgresMatcher:
    """Matches on the tsvector columns of Wagtail's PostgreSQL backend (GIN-indexed)."""

    def __init__(self, backend):
        self.config = backend.config

    def query(self, stems):
        from django.contrib.postgres.search import SearchQuery

        # The same configuration as the index, so the prefixes are stemmed as its words were.
        raw = " | ".join(f"'{s}':*" for s in stems)
        return SearchQuery(raw, search_type="raw", config=self.config)

    def entries(self, stems):
        query = self.query(stems)
        return index_entries().filter(Q(title=query) | Q(body=query))

    def ranked_rows(self, stems, entries, offset, limit):
        """ts_rank weighted by each term's rarity. ts_rank alone counts occurrences without
        inverse document frequency, so a common prefix ("work*") would outrank the one rare
        word a reader is looking for ("observatory")."""
        from django.contrib.postgres.search import SearchRank

        terms = [self.query([stem]) for stem in stems]
        frequencies = self.entries(stems).aggregate(
            **{
                f"t{i}": Count("pk", filter=Q(title=term) | Q(body=term))
                for i, term in enumerate(terms)
            }
        )
        total = index_entries().count()
        score = None
        for i, term in enumerate(terms):
            found = frequencies[f"t{i}"] or 0
            weight = math.log(1 + (total - found + 0.5) / (found + 0.5))
            part = (SearchRank(F("title"), term) * 3 + SearchRank(F("body"), term)) * weight
            score = part if score is None else score + part
        return list(
            entries.filter(pk__in=self.entries(stems).values("pk"))
            .annotate(score=score)
            .order_by("-score", "object_id")
            .values_list("content_type_id", "object_id")[offset : offset + limit]
        )


class LikeMatcher:
    """No full-text index: LIKE on the title and text (Wagtail's fallback backend)."""

    def __init__(self, backend):
        pass


def matcher_for(backend):
    from django.db import connection

    # Each backend module can only be imported on its own database (models are vendor-specific).
    if connection.vendor == "sqlite":
        from wagtail.search.backends.database.sqlite.sqlite import SQLiteSearchBackend

        if isinstance(backend, SQLiteSearchBackend):
            return SQLiteMatcher(backend)
    elif connection.vendor == "postgresql":
        from wagtail.search.backends.database.postgres.postgres import PostgresSearchBackend

        if isinstance(backend, PostgresSearchBackend):
            return PostgresMatcher(backend)
    return LikeMatcher(backend)


class DatabaseEngine(BaseEngine):
    name = "database"

    def __init__(self, backend):
        super().__init__(backend)
        self.matcher = matcher_for(backend)

    # -- keyword matching --------------------------------------------------

    def content_types(self, model):
        from modelsearch.utils import get_descendants_content_types_pks

        return get_descendants_content_types_pks(model)

    def match(self, model, queryset, stems):
        """`queryset` restricted to the records whose indexed text matches `stems`."""
        if isinstance(self.matcher, LikeMatcher):
            condition = Q()
            for stem in stems:
                condition |= Q(title__icontains=stem)
                if model is Clause:
                    condition |= Q(text__icontains=stem)
            return queryset.filter(condition)
        entries = self.matcher.entries(stems).filter(content_type_id__in=self.content_types(model))
        matching = entries.annotate(_pk=Cast("object_id", BigIntegerField())).values("_pk")
        return queryset.filter(pk__in=matching)

    def ranked(self, stems, kinds, offset, limit):
        """[(kind, pk)] of the best matches, where `kinds` maps a kind to (model, queryset of
        candidates)."""
        condition = Q()
        kind_of_type = {}
        for kind, (model, candidates) in kinds.items():
            types = self.content_types(model)
            kind_of_type.update({t: kind for t in types})
            condition |= Q(content_type_id__in=types, object_id__in=as_text(candidates))
        rows = self.matcher.ranked_rows(stems, index_entries().filter(condition), offset, limit)
        return [(kind_of_type[ct], int(pk)) for ct, pk in rows]

    # -- the clause database -------------------------------------------------

    def clause_search(self, query):
        stems = analysis.stems(query.text, query.languages)
        clauses = Clause.objects.filter(live=True)
        identifier = query.text.strip() if IDENTIFIER.fullmatch(query.text.strip()) else None
        if identifier:
            # Identifiers are not indexed text: a reader pasting one gets that clause first.
            clauses = clauses.filter(
                Q(identifier__iexact=identifier) | Q(pk__in=self.match(Clause, clauses, stems))
            )
        elif stems:
            clauses = self.match(Clause, clauses, stems)
        elif query.text.strip():
            clauses = clauses.none()  # only punctuation: nothing to search for

        active = {
            facet: Q(**{TERM_FACETS[facet]: value})
            for facet, value in query.filters.items()
            if value is not None
        }
        years = Q()
        if query.year_from is not None:
            years &= Q(year__gte=query.year_from)
        if query.year_to is not None:
            years &= Q(year__lte=query.year_to)
        if years:
            active[YEAR_FACET] = years

        def without(facet):
            return clauses.filter(*[q for name, q in active.items() if name != facet])

        facets = {}
        for facet, field in [*TERM_FACETS.items(), (YEAR_FACET, "year")]:
            rows = (
                without(facet).order_by().values(field).annotate(count=Count("pk", distinct=True))
            )
            facets[facet] = {row[field]: row["count"] for row in rows if row[field] is not None}

        matching = clauses.filter(*active.values())
        total = matching.count()
        end = query.offset + query.page_size
        if identifier and query.sort == RELEVANCE:
            pks = list(
                matching.order_by(
                    Case(When(identifier__iexact=identifier, then=0), default=1),
                    F("year").desc(nulls_last=True),
                    "identifier",
                ).values_list("pk", flat=True)[query.offset : end]
            )
        elif stems and query.sort == RELEVANCE and not isinstance(self.matcher, LikeMatcher):
            ranked = self.ranked(
                stems, {"clause": (Clause, matching)}, query.offset, query.page_size
            )
            pks = [pk for _kind, pk in ranked]
        else:
            pks = list(
                matching.order_by(F("year").desc(nulls_last=True), "identifier").values_list(
                    "pk", flat=True
                )[query.offset : end]
            )
        hits = [self.clause_hit(clause, stems) for clause in in_order(public_clauses(), pks)]
        return Results(
            total=total,
            page=query.page,
            page_size=query.page_size,
            hits=hits,
            facets=facets,
            engine=self.name,
        )

    @staticmethod
    def clause_hit(clause, stems):
        if not stems:
            return ClauseHit(clause=ClauseSummary.of(clause), title=clause.title, fragments=[])
        return ClauseHit(
            clause=ClauseSummary.of(clause),
            title=highlight.mark_terms(clause.title, stems),
            fragments=matched_fragments(clause, stems),
        )

    # -- site search -------------------------------------------------------

    def site_search(self, query):
        stems = analysis.stems(query.text, [query.language])
        pages = public_pages(query.locale_id)
        clauses = Clause.objects.filter(live=True, locale_id=query.locale_id)
        if not stems:
            pages, clauses = pages.none(), clauses.none()
        else:
            pages = self.match(Page, pages, stems)
            clauses = self.match(Clause, clauses, stems)
        counts = {"page": pages.count(), "clause": clauses.count()}
        kinds = {"page": (Page, pages), "clause": (Clause, clauses)}
        if query.kind in kinds:
            kinds = {query.kind: kinds[query.kind]}
        if not stems:
            ranked = []
        elif isinstance(self.matcher, LikeMatcher):
            ranked = [
                (kind, pk)
                for kind, (_model, qs) in kinds.items()
                for pk in qs.order_by("title", "pk").values_list("pk", flat=True)[
                    : query.offset + query.page_size
                ]
            ][query.offset : query.offset + query.page_size]
        else:
            ranked = self.ranked(stems, kinds, query.offset, query.page_size)
        page_objects = {
            p.pk: p
            for p in public_pages(query.locale_id)
            .filter(pk__in=[pk for kind, pk in ranked if kind == "page"])
            .specific()
        }
        clause_objects = {
            c.pk: c
            for c in in_order(public_clauses(), [pk for kind, pk in ranked if kind == "clause"])
        }
        hits = []
        for kind, pk in ranked:
            obj = (page_objects if kind == "page" else clause_objects).get(pk)
            if obj is not None:
                hits.append(
                    SiteHit(
                        kind=kind,
                        obj=obj,
                        title=highlight.mark_terms(obj.title, stems),
                        fragments=matched_fragments(obj, stems, count=1),
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
