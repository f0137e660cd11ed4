"""The clause database as `search` sees it: the index spec of the faceted search, the clause
kind of site search result and the search boxes' suggestions, registered with
`search.registry` by `clauses.database.register()` (from ClausesConfig.ready())."""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from clauses.models import CLAUSE_TYPES, Clause, Country, Union, public_clauses
from clauses.views import hub_for
from search.engines import FacetedQuery, faceted_search
from search.engines.base import in_order
from search.registry import IndexSpec, SiteKind, SuggestionSource, Term

INDEX = "clauses"
# Facets of the clause database: the name in the URL (and FacetedQuery.filters) -> the Clause
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
IDENTIFIER = re.compile(r"[A-Za-z]{2,5}-\d{1,8}")


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


def live_clauses():
    return Clause.objects.filter(live=True)


def displayed_clauses(pks):
    return in_order(public_clauses(), pks)


CLAUSES = IndexSpec(
    name=INDEX,
    model=Clause,
    records=live_clauses,
    index_filters=lambda: [Term("live", True)],
    term_facets=TERM_FACETS,
    range_facet=YEAR_FACET,
    identifier="identifier",
    identifier_pattern=IDENTIFIER,
    order=(("year", "desc"), ("identifier", "asc")),
    like_fields=("title", "text"),
    # A clause's fragments come from its wording and the commentary (not from keywords or
    # the source's title, which the clause page shows anyway).
    highlighted=("text", "commentary"),
    unquoted=("title", "keywords", "source_title"),
    displayed=displayed_clauses,
    summary=ClauseSummary.of,
    summaries=summaries,
)


def clause_query(**kwargs):
    """A FacetedQuery of the clause database."""
    return FacetedQuery(index=INDEX, **kwargs)


def clause_search(query):
    return faceted_search(query)


def hub_of(locale):
    """The hub of `locale`, or of the default language."""
    return hub_for(locale) or hub_for(Locale.get_default())


def clauses_of_locale(locale_id):
    return Clause.objects.filter(live=True, locale_id=locale_id)


CLAUSE_KIND = SiteKind(
    name="clause",
    label=_("Clauses"),
    model=Clause,
    models=lambda: [Clause],
    candidates=clauses_of_locale,
    index_filters=lambda locale_id: [Term("live", True), Term("locale", locale_id)],
    displayed=lambda locale_id, pks: {c.pk: c for c in displayed_clauses(pks)},
    template="clauses/includes/site_hit.html",
    like_fields=CLAUSES.like_fields,
    highlighted=CLAUSES.highlighted,
    unquoted=CLAUSES.unquoted,
    empty_template="clauses/includes/site_search_empty.html",
    context=lambda locale: {"hub": hub_of(locale)},
    position=10,
)


def suggestions(backend, text, locale, limit):
    """Clause titles, unions and countries matching the words typed, each linked to the
    clause's page or to the database filtered on it."""
    items = []
    clauses = backend.autocomplete(text, clauses_of_locale(locale.pk), fields=["title"])
    for clause in clauses[:limit]:
        items.append(("clause", clause.title, clause.identifier))
    for union in backend.autocomplete(text, Union)[:limit]:
        items.append(("union", str(union), union.acronym))
    countries = Country.objects.all()
    for word in text.split():
        countries = countries.filter(name__icontains=word)
    for country in countries[:limit]:
        items.append(("country", country.name, country.code))
    hub = hub_of(locale) if items else None
    found = []
    for kind, label, value in items:
        url = None
        if hub is not None:
            url = hub.clause_url(value) if kind == "clause" else hub.database_url(**{kind: value})
        found.append({"type": kind, "label": label, "value": value, "url": url})
    return found


SUGGESTIONS = SuggestionSource(name="clauses", find=suggestions)
