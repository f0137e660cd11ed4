"""What the Elasticsearch and database engines share: fetching the displayed records and
as-you-type suggestions (which both do through Wagtail's own autocomplete API)."""

from wagtail.models import Page

from clauses.models import Clause, Country, Union
from clauses.views import public_clauses  # noqa: F401 (the engines' shared record fetch)
from search import analysis


def in_order(queryset, pks):
    """The records of `queryset` with primary keys `pks`, in that order (missing ones, e.g.
    deleted since they were indexed, left out)."""
    found = queryset.in_bulk([int(pk) for pk in pks])
    return [found[int(pk)] for pk in pks if int(pk) in found]


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
