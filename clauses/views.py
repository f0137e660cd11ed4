"""The hub's public views: the report view of a theme and clause pages (the database view is
`clauses.database.views`).

Clauses, themes and sub-themes are referenced in the default language (pages and highlights point
at the English records); each view shows the active language's live translation where there is
one and the original otherwise (a clause: in its original language if published in it, else in
the default language, as the clause database lists it), marked as not yet translated."""

from django.db.models import Exists, OuterRef
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.http import content_disposition_header
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from ourdigitalfuture.core.translation import localize

from .citations import FORMATS, citation_for
from .models import Clause, HubPage, Sector, SubTheme, Theme, public_clauses
from .models.versions import shown_version_of


def hub_for(locale):
    return HubPage.objects.live().filter(locale=locale).first()


def shown_clause(identifier, language):
    """The live clause `identifier` in the version the clause database lists in `language`
    (clauses.models.versions), or None. A value that cannot be an identifier (too long, or with
    control characters, which PostgreSQL refuses) names no clause."""
    max_length = Clause._meta.get_field("identifier").max_length
    if not identifier or len(identifier) > max_length or not identifier.isprintable():
        return None
    return shown_version_of(public_clauses().filter(identifier=identifier), language)


def localized_facets(clause, locale):
    """A clause's themes, sub-themes and sectors in `locale` where translated, and its unions."""
    return {
        "themes": localize(
            clause.themes.select_related("locale"),
            locale,
            Theme.objects.select_related("locale"),
        ),
        "subthemes": localize(
            clause.subthemes.select_related("locale"),
            locale,
            SubTheme.objects.select_related("locale"),
        ),
        "unions": list(clause.unions.all()),
        "sectors": localize(
            clause.sectors.select_related("locale"),
            locale,
            Sector.objects.select_related("locale"),
        ),
    }


def related_clauses(clause, limit=5):
    """Up to `limit` other live clauses in `clause`'s language that share one of its
    sub-themes, newest first (then by identifier).

    Bounded whatever the number of clauses: the condition is an EXISTS on the sub-theme links
    (no DISTINCT over the join, which had to read and sort every clause of those sub-themes),
    so the database reads the clauses of one language in the order of the index
    `clause_locale_year_ident` and stops at the `limit`-th that shares a sub-theme."""
    links = Clause.subthemes.through.objects
    subthemes = list(links.filter(clause_id=clause.pk).values_list("subtheme_id", flat=True))
    if not subthemes:  # (and the walk would read every clause of the language for nothing)
        return []
    shares_a_subtheme = links.filter(clause_id=OuterRef("pk"), subtheme_id__in=subthemes)
    return list(
        public_clauses()
        .filter(Exists(shares_a_subtheme), locale_id=clause.locale_id)
        .exclude(translation_key=clause.translation_key)
        .order_by("-year", "identifier")[:limit]
    )


def clause_detail(request, hub, identifier):
    clause = shown_clause(identifier, hub.locale.language_code)
    if clause is None:
        raise Http404(_("There is no published clause with this identifier."))
    clause.is_fallback = clause.locale_id != hub.locale_id
    translations = list(
        Clause.objects.filter(live=True, translation_key=clause.translation_key)
        .exclude(pk=clause.pk)
        .select_related("locale")
    )
    hubs = {
        h.locale_id: h for h in HubPage.objects.live().filter(translation_key=hub.translation_key)
    }
    translation_links = [
        (t, hubs[t.locale_id].clause_url(identifier)) for t in translations if t.locale_id in hubs
    ]
    # The version in the clause's original language, when it is published and not the one shown.
    original = next(
        (t for t in translations if t.locale.language_code == clause.original_language), None
    )
    related = related_clauses(clause)
    context = {
        "page": hub,
        "hub": hub,
        "clause": clause,
        **localized_facets(clause, hub.locale),
        "translation_links": translation_links,
        "original": original,
        "original_url": hubs[original.locale_id].clause_url(identifier)
        if original and original.locale_id in hubs
        else None,
        "original_name": get_language_info(original.locale.language_code)["name_translated"]
        if original
        else None,
        "related": list(related),
        "citation": citation_for(request, hub, clause),
    }
    return TemplateResponse(request, "clauses/clause_page.html", context)


def citation_download(request, hub, identifier, fmt):
    """A live clause's reference as BibTeX (cite.bib), RIS (cite.ris) or CSL-JSON (cite.json)."""
    clause = shown_clause(identifier, hub.locale.language_code)
    if clause is None or fmt not in FORMATS:
        raise Http404(_("There is no published clause with this identifier."))
    content_type, write = FORMATS[fmt]
    citation = citation_for(request, hub, clause)
    response = HttpResponse(write(citation), content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{citation.filename_stem}.{fmt}"
    )
    return response
