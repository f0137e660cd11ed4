"""The hub's themes navigator and its live numbers, read from the database in a fixed number of
queries whatever the number of themes, sub-themes or clauses.

Counts are of live clauses as the clause database counts them for a reader of a language: each
clause once, in the version it shows that reader (`clauses.models.versions.shown_versions`),
under the default language's theme and sub-theme records the clauses point at (and the
database view filters on)."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Max
from wagtail.models import Locale

from ourdigitalfuture.core.translation import localize

from .models import Clause, SubTheme, Theme, ThemePage
from .models.counts import clause_counts


def in_language(records, locale, default, model):
    """`records` (of the default locale) as shown in `locale` (see `localize`)."""
    if locale.pk == default.pk:
        for record in records:
            record.is_fallback = False
        return records
    return localize(records, locale, model.objects.select_related("locale"))


@dataclass
class NavigatorSubTheme:
    source: SubTheme  # the default language's record (its pk and slug filter the database)
    shown: SubTheme  # the record in the reader's language, or the source (`is_fallback`)
    count: int


@dataclass
class NavigatorTheme:
    source: Theme
    shown: Theme
    count: int
    page: ThemePage | None  # the theme's report view under this hub, if it has one
    subthemes: list = field(default_factory=list)


def themes_tree(hub, request=None):
    """The hub's themes in order, each with its sub-themes, in the hub's language, with the
    live clause counts for its readers and each theme's report page under the hub."""
    locale = hub.locale
    default = Locale.get_default()
    themes = list(Theme.objects.filter(locale=default).select_related("locale"))
    subthemes = list(
        SubTheme.objects.filter(locale=default, theme__in=themes)
        .select_related("locale")
        .order_by("theme__number", "sort_order", "title")
    )
    shown_themes = in_language(themes, locale, default, Theme)
    shown_subthemes = in_language(subthemes, locale, default, SubTheme)
    # A theme page's theme is the default language's record in every locale (synchronised).
    pages = {
        page.theme_id: page
        for page in ThemePage.objects.live().child_of(hub).select_related("locale")
    }
    counts = clause_counts(locale.language_code, request)
    tree = {
        theme.pk: NavigatorTheme(
            source=theme,
            shown=shown,
            count=counts.themes.get(theme.pk, 0),
            page=pages.get(theme.pk),
        )
        for theme, shown in zip(themes, shown_themes, strict=True)
    }
    for subtheme, shown in zip(subthemes, shown_subthemes, strict=True):
        tree[subtheme.theme_id].subthemes.append(
            NavigatorSubTheme(subtheme, shown, counts.subthemes.get(subtheme.pk, 0))
        )
    return list(tree.values())


@dataclass
class HubNumbers:
    clauses: int
    countries: int
    unions: int
    languages: list  # the names, in the active language, of the languages clauses are live in
    last_updated: object  # the latest publication of a live clause (None when there is none)


def hub_numbers():
    """How many clauses (each once, whatever its translations), countries, signatory unions and
    languages the hub holds, and when a clause was last published: two queries."""
    live = Clause.objects.filter(live=True).order_by()
    found = live.aggregate(
        clauses=Count("translation_key", distinct=True),
        countries=Count("country", distinct=True),
        unions=Count("unions", distinct=True),
        last_updated=Max("last_published_at"),
    )
    codes = sorted(set(live.values_list("locale__language_code", flat=True).distinct()))
    return HubNumbers(
        clauses=found["clauses"],
        countries=found["countries"],
        unions=found["unions"],
        languages=[language_name(code) for code in codes],
        last_updated=found["last_updated"],
    )


def language_name(code):
    """A language's name in the active language, as the site's language lists give it."""
    return str(dict(settings.LANGUAGES).get(code, code))
