"""The hub's public views: the report view of a theme, clause pages and the database view.

Clauses, themes and sub-themes are referenced in the default language (pages and highlights point
at the English records); each view shows the active language's live translation where there is
one and the original otherwise, marked as not yet translated."""

from django import forms
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from home.translation import localize

from .models import CLAUSE_TYPES, Clause, Country, HubPage, Sector, SubTheme, Theme, Union

PAGE_SIZE = 20


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


class DatabaseFilterForm(forms.Form):
    """The database view's filters; every value arrives in the URL, so every value is checked."""

    theme = forms.TypedChoiceField(label=_("Theme"), required=False, coerce=int, empty_value=None)
    subtheme = forms.ChoiceField(label=_("Sub-theme"), required=False)
    type = forms.ChoiceField(
        label=_("Clause type"), required=False, choices=[("", "")] + CLAUSE_TYPES
    )
    union = forms.ChoiceField(label=_("Union"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    year_from = forms.IntegerField(
        label=_("From year"), required=False, min_value=1900, max_value=2100
    )
    year_to = forms.IntegerField(label=_("To year"), required=False, min_value=1900, max_value=2100)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        default = Locale.get_default()
        self.fields["theme"].choices = [("", "")] + [
            (t.number, str(t)) for t in Theme.objects.filter(locale=default)
        ]
        self.fields["subtheme"].choices = [("", "")] + [
            (s.slug, s.title) for s in SubTheme.objects.filter(locale=default)
        ]
        self.fields["union"].choices = [("", "")] + [
            (u.acronym, u.acronym) for u in Union.objects.all()
        ]
        self.fields["country"].choices = [("", "")] + [
            (c.code, c.name) for c in Country.objects.all()
        ]
        self.fields["sector"].choices = [("", "")] + [
            (s.slug, s.name) for s in Sector.objects.all()
        ]

    def filter(self, queryset):
        data = self.cleaned_data
        lookups = {
            "theme": "themes__number",
            "subtheme": "subthemes__slug",
            "type": "clause_type",
            "union": "unions__acronym",
            "country": "country__code",
            "sector": "sectors__slug",
            "year_from": "year__gte",
            "year_to": "year__lte",
        }
        for name, lookup in lookups.items():
            if data.get(name) not in (None, ""):
                queryset = queryset.filter(**{lookup: data[name]})
        return queryset.distinct()


def paginate(request, queryset):
    paginator = Paginator(queryset, PAGE_SIZE)
    number = request.GET.get("page", "1")
    try:
        return paginator.page(number)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def database_view(request, hub):
    form = DatabaseFilterForm(request.GET)
    status = 200
    if form.is_valid():
        clauses = form.filter(public_clauses().filter(locale=hub.locale))
    else:
        status = 400
        clauses = Clause.objects.none()
    page_of_results = paginate(request, clauses.order_by("-year", "identifier"))
    query = request.GET.copy()
    query.pop("page", None)
    return TemplateResponse(
        request,
        "clauses/database.html",
        {
            "page": hub,
            "hub": hub,
            "form": form,
            "results": page_of_results,
            "query_string": query.urlencode(),
        },
        status=status,
    )
