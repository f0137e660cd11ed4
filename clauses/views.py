"""The hub's public views: the report view of a theme, clause pages and the database view.

Clauses, themes and sub-themes are referenced in the default language (pages and highlights point
at the English records); each view shows the active language's live translation where there is
one and the original otherwise, marked as not yet translated."""

from django.db.models import Prefetch
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from home.translation import localize

from .models import Clause, HubPage, SubTheme, Theme, Union


def public_clauses():
    """Live clauses with everything a clause box shows, in a bounded number of queries."""
    return (
        Clause.objects.filter(live=True)
        .select_related("country", "locale")
        .prefetch_related(
            Prefetch("unions", queryset=Union.objects.only("id", "acronym", "name")),
            "sectors",
        )
    )


def hub_for(locale):
    return HubPage.objects.live().filter(locale=locale).first()


def theme_context(page):
    """The report view of a theme: the theme, its sub-themes and their highlighted clauses."""
    locale = page.locale
    theme = localize([page.theme], locale, Theme.objects.select_related("locale"))[0]
    source_subthemes = list(
        SubTheme.objects.filter(theme=page.theme).select_related("locale").order_by("sort_order")
    )
    subthemes = localize(source_subthemes, locale, SubTheme.objects.select_related("locale"))
    highlights = list(page.highlights.order_by("sort_order"))
    sources = public_clauses().in_bulk([h.clause_id for h in highlights])  # live ones only
    shown = dict(zip(sources, localize(sources.values(), locale, public_clauses()), strict=True))
    by_subtheme = {}
    for highlight in highlights:
        if highlight.clause_id in shown:
            by_subtheme.setdefault(highlight.subtheme_id, []).append(shown[highlight.clause_id])
    hub = page.get_parent().specific
    return {
        "theme": theme,
        "hub": hub,
        "sections": [
            (subtheme, by_subtheme.get(source.pk, []))
            for subtheme, source in zip(subthemes, source_subthemes, strict=True)
        ],
        "database_url": hub.database_url(theme=page.theme.number),
    }


def clause_detail(request, hub, identifier):
    live = Clause.objects.filter(live=True, identifier=identifier)
    clause = (
        live.filter(locale=hub.locale).first() or live.filter(locale=Locale.get_default()).first()
    )
    if clause is None:
        raise Http404(_("There is no published clause with this identifier."))
    clause.is_fallback = clause.locale_id != hub.locale_id
    default_locale = Locale.get_default()
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
    original = next((t for t in translations if t.locale_id == default_locale.id), None)
    source_subthemes = list(clause.subthemes.select_related("locale"))
    related = (
        public_clauses()
        .filter(locale=clause.locale, subthemes__in=source_subthemes)
        .exclude(translation_key=clause.translation_key)
        .distinct()
        .order_by("-year", "identifier")[:5]
    )
    context = {
        "page": hub,
        "hub": hub,
        "clause": clause,
        "themes": localize(
            clause.themes.select_related("locale"),
            hub.locale,
            Theme.objects.select_related("locale"),
        ),
        "subthemes": localize(
            source_subthemes, hub.locale, SubTheme.objects.select_related("locale")
        ),
        "unions": list(clause.unions.all()),
        "sectors": list(clause.sectors.all()),
        "translation_links": translation_links,
        "original": original,
        "original_url": hubs[default_locale.id].clause_url(identifier)
        if original and default_locale.id in hubs
        else None,
        "related": list(related),
        "cite_url": request.build_absolute_uri(hub.clause_url(identifier)),
    }
    return TemplateResponse(request, "clauses/clause_page.html", context)


def database_view(request, hub):
    """The clause database: faceted search on the search backend, in the search app."""
    from search.views import database_view as search_database_view

    return search_database_view(request, hub)
