"""What the Elasticsearch and database engines share: fetching the displayed records and
as-you-type suggestions (which both do through Wagtail's own autocomplete API)."""

from dataclasses import dataclass, field

from django.conf import settings
from wagtail.models import Page

from clauses.models import CLAUSE_TYPES, Clause, Country, Union
from clauses.views import public_clauses  # noqa: F401 (the engines' shared record fetch)
from search import analysis


def in_order(queryset, pks):
    """The records of `queryset` with primary keys `pks`, in that order (missing ones, e.g.
    deleted since they were indexed, left out)."""
    found = queryset.in_bulk([int(pk) for pk in pks])
    return [found[int(pk)] for pk in pks if int(pk) in found]


@dataclass
class ClauseSummary:
    """What a result of the clause database shows of a clause. Every search reads a page of
    them, so they are read as rows (`summaries`), without building model instances."""

    pk: int
    identifier: str
    title: str
    text: str
    clause_type: str
    year: int | None
    country_name: str
    language: str
    unions: list = field(default_factory=list)  # acronyms

    def get_clause_type_display(self):
        return dict(CLAUSE_TYPES).get(self.clause_type, self.clause_type)

    @property
    def language_name(self):
        return dict(settings.LANGUAGES).get(self.language, self.language)

    @classmethod
    def of(cls, clause):
        """The summary of a clause already read as a model instance."""
        return cls(
            pk=clause.pk,
            identifier=clause.identifier,
            title=clause.title,
            text=clause.text,
            clause_type=clause.clause_type,
            year=clause.year,
            country_name=clause.country.name if clause.country else "",
            language=clause.locale.language_code,
            unions=[union.acronym for union in clause.unions.all()],
        )


def summaries(pks):
    """The live clauses with primary keys `pks`, as summaries in that order, in two queries."""
    pks = [int(pk) for pk in pks]
    rows = Clause.objects.filter(live=True, pk__in=pks).values_list(
        "pk",
        "identifier",
        "title",
        "text",
        "clause_type",
        "year",
        "country__name",
        "locale__language_code",
    )
    found = {
        row[0]: ClauseSummary(*row[:6], country_name=row[6] or "", language=row[7]) for row in rows
    }
    memberships = Clause.unions.through.objects.filter(clause_id__in=list(found))
    for clause_id, acronym in memberships.order_by("union__acronym").values_list(
        "clause_id", "union__acronym"
    ):
        found[clause_id].unions.append(acronym)
    return [found[pk] for pk in pks if pk in found]


def public_pages(locale_id):
    return Page.objects.live().public().filter(locale_id=locale_id, depth__gt=1)


class BaseEngine:
    name = ""

    def __init__(self, backend):
        self.backend = backend

    def suggest(self, query):
        from search.engines import Results

        text = " ".join(analysis.terms(query.text))
        items = []
        if text:
            clauses = self.backend.autocomplete(
                text,
                Clause.objects.filter(live=True, locale_id=query.locale_id),
                fields=["title"],
            )
            for clause in clauses[: query.limit]:
                items.append({"type": "clause", "label": clause.title, "id": clause.identifier})
            for union in self.backend.autocomplete(text, Union)[: query.limit]:
                items.append({"type": "union", "label": str(union), "id": union.acronym})
            words = text.split()
            countries = Country.objects.all()
            for word in words:
                countries = countries.filter(name__icontains=word)
            for country in countries[: query.limit]:
                items.append({"type": "country", "label": country.name, "id": country.code})
        return Results(
            total=len(items), page=1, page_size=query.limit, hits=items, engine=self.name
        )
