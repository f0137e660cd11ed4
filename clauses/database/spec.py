"""The clause database as `search` sees it: the index spec of the faceted search, the clause
kind of site search result and the search boxes' suggestions, registered with
`search.registry` by `clauses.database.register()` (from ClausesConfig.ready())."""

import re
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from clauses.models import CLAUSE_TYPES, Clause, Country, Union, public_clauses
from clauses.models.versions import shown_versions
from clauses.views import hub_for
from ourdigitalfuture.core.countries import ISO_COUNTRY_CODES, country_name, sort_key
from search.engines import FacetedQuery, faceted_search
from search.engines.base import in_order
from search.registry import IndexSpec, SiteKind, SuggestionSource, Term

from .taxonomy import shown_names

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
    # Provenance: the source's bargaining level, and whether the text is verbatim or a summary.
    "level": "bargaining_level",
    "wording": "text_status",
}
YEAR_FACET = "year"
FACETS = [*TERM_FACETS, YEAR_FACET]
IDENTIFIER = re.compile(r"[A-Za-z]{2,5}-\d{1,8}")
# Looked up for every result shown (labels translated when rendered).
TYPE_LABELS = dict(CLAUSE_TYPES)
LANGUAGE_NAMES = dict(settings.LANGUAGES)


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
        return TYPE_LABELS.get(self.clause_type, self.clause_type)

    @property
    def language_name(self):
        return LANGUAGE_NAMES.get(self.language, self.language)

    @property
    def direction(self):
        return "rtl" if self.language in settings.LANGUAGES_BIDI else "ltr"

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
            country_name=clause.country.display_name if clause.country else "",
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
        "country__code",
        "country__name",
        "locale__language_code",
    )
    found = {
        row[0]: ClauseSummary(*row[:6], country_name=shown_country(row[6], row[7]), language=row[8])
        for row in rows
    }
    memberships = Clause.unions.through.objects.filter(clause_id__in=list(found))
    for clause_id, acronym in memberships.order_by("union__acronym").values_list(
        "clause_id", "union__acronym"
    ):
        found[clause_id].unions.append(acronym)
    return [found[pk] for pk in pks if pk in found]


# What a hit shows, read from the clause's document in Elasticsearch (`from_documents`).
DOCUMENT_FIELDS = (
    "identifier",
    "title",
    "text",
    "clause_type",
    "year",
    "country",
    "locale",
    "unions",
)


def from_documents(documents):
    """Summaries of the clauses whose indexed documents are `documents` ({"pk", and each of
    DOCUMENT_FIELDS}), in that order, without a query: the linked records' names come from
    the cached `shown_names`."""
    names = shown_names(get_language())
    unions, countries, locales = names["unions"], names["countries"], names["locales"]
    return [
        ClauseSummary(
            pk=document["pk"],
            identifier=document["identifier"] or "",
            title=document["title"] or "",
            text=document["text"] or "",
            clause_type=document["clause_type"] or "",
            year=document["year"],
            country_name=countries.get(document["country"], ""),
            language=locales.get(document["locale"], ""),
            unions=sorted(unions[pk] for pk in document["unions"] or () if pk in unions),
        )
        for document in documents
    ]


def shown_country(code, name):
    """A country's name in the active language (its stored name if CLDR does not know it)."""
    if not code:
        return ""
    return country_name(code) if code in ISO_COUNTRY_CODES else name or code


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
    order=(("year", "desc"), ("identifier_number", "asc")),
    like_fields=("title", "text"),
    # A clause's fragments come from its wording and the commentary (not from keywords or
    # the source's title, which the clause page shows anyway).
    highlighted=("text", "commentary"),
    unquoted=("title", "keywords", "source_title"),
    displayed=displayed_clauses,
    summary=ClauseSummary.of,
    summaries=summaries,
    document_fields=DOCUMENT_FIELDS,
    from_documents=from_documents,
    # Each clause once, in the reader's language where translated (clauses.models.versions).
    versions=lambda language: shown_versions(Clause, language),
    version_filters=lambda language: [Term("shown_in", language)],
    version_facet="language",
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
    for country in matching_countries(text, locale.language_code)[:limit]:
        items.append(("country", country.name_in(locale.language_code), country.code))
    hub = hub_of(locale) if items else None
    found = []
    for kind, label, value in items:
        url = None
        if hub is not None:
            url = hub.clause_url(value) if kind == "clause" else hub.database_url(**{kind: value})
        found.append({"type": kind, "label": label, "value": value, "url": url})
    return found


def matching_countries(text, language):
    """The countries of live clauses whose name in `language` (or in English) holds every word
    of `text`, case and accents aside, in that language's order."""
    words = [word.casefold() for word in text.split()]
    found = []
    for country in Country.objects.filter(clauses__live=True).distinct():
        shown = country.name_in(language)
        names = f"{fold(shown)} {fold(country.name)}"
        if words and all(fold(word) in names for word in words):
            found.append((sort_key(shown), country))
    return [country for _key, country in sorted(found, key=lambda item: item[0])]


def fold(text):
    """`text` without case or accents, for matching what a reader types."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


SUGGESTIONS = SuggestionSource(name="clauses", find=suggestions)
