"""The clause database's filter choices (themes, sub-themes, unions, countries, sectors and
the locales), cached between searches and forgotten when an editor changes any of them."""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language
from wagtail.models import Locale

from clauses.models import Country, Sector, SubTheme, Theme, Union
from ourdigitalfuture.core.countries import sorted_by_name
from ourdigitalfuture.core.translation import localize

TAXONOMY_CACHE_KEY = "search:taxonomy"
TAXONOMY_CACHE = 600
# Saving or deleting any of these changes the choices.
TAXONOMY_MODELS = (Theme, SubTheme, Union, Country, Sector, Locale)


def taxonomy(locale):
    """The filters' choices in `locale`'s language, as (value in the URL, key the engines
    filter on, label) per filter, and the locales' primary keys by language code.

    Every search asks for them and they change rarely, so they are cached (TAXONOMY_CACHE
    seconds at most); saving or deleting any theme, sub-theme, union, country, sector or
    locale clears them (`forget_taxonomy`)."""
    key = f"{TAXONOMY_CACHE_KEY}:{locale.pk}"
    values = cache.get(key)
    if values is None:
        values = load_taxonomy(locale)
        cache.set(key, values, TAXONOMY_CACHE)
    return values


def load_taxonomy(locale):
    default = Locale.get_default()
    themes = list(Theme.objects.filter(locale=default).select_related("locale"))
    shown = localize(themes, locale, Theme.objects.select_related("locale"))
    subthemes = list(SubTheme.objects.filter(locale=default).select_related("locale"))
    shown_subthemes = localize(subthemes, locale, SubTheme.objects.select_related("locale"))
    sectors = list(Sector.objects.filter(locale=default).select_related("locale"))
    shown_sectors = localize(sectors, locale, Sector.objects.select_related("locale"))
    language = locale.language_code
    # Countries and sectors in the order of the reader's language (Unicode collation).
    countries = [(c.code, c.pk, c.name_in(language)) for c in Country.objects.all()]
    return {
        "theme": [
            (t.number, t.pk, f"{t.number}. {s.title}") for t, s in zip(themes, shown, strict=True)
        ],
        "subtheme": [
            (s.slug, s.pk, t.title) for s, t in zip(subthemes, shown_subthemes, strict=True)
        ],
        "union": [(u.acronym, u.pk, u.acronym) for u in Union.objects.all()],
        "country": sorted_by_name(countries, name=lambda choice: choice[2]),
        "sector": sorted_by_name(
            [(s.slug, s.pk, t.name) for s, t in zip(sectors, shown_sectors, strict=True)],
            name=lambda choice: choice[2],
        ),
        "locales": dict(Locale.objects.values_list("language_code", "pk")),
    }


def shown_names(language):
    """What a result shows of the records a clause links to, by primary key: the unions'
    acronyms, the countries' names in `language`, the locales' language codes (cached and
    forgotten with the filters' choices)."""
    key = f"{TAXONOMY_CACHE_KEY}:names:{language}"
    names = cache.get(key)
    if names is None:
        names = {
            "unions": dict(Union.objects.values_list("pk", "acronym")),
            "countries": {c.pk: c.name_in(language) for c in Country.objects.all()},
            "locales": dict(Locale.objects.values_list("pk", "language_code")),
        }
        cache.set(key, names, TAXONOMY_CACHE)
    return names


def locale_of(page):
    """`page.locale`, without a query when `shown_names` is cached."""
    if "locale" in page._state.fields_cache:
        return page.locale
    code = shown_names(get_language())["locales"].get(page.locale_id)
    if code is None:
        return page.locale
    page.locale = Locale.from_db(None, ["id", "language_code"], [page.locale_id, code])
    return page.locale


def forget_taxonomy(**kwargs):
    def forget():
        cache.delete_many(
            [f"{TAXONOMY_CACHE_KEY}:{pk}" for pk in Locale.objects.values_list("pk", flat=True)]
            + [f"{TAXONOMY_CACHE_KEY}:names:{code}" for code, _name in settings.LANGUAGES]
        )

    forget()
    # Again once the change is committed, in case a search cached the old values meanwhile.
    transaction.on_commit(forget)


def connect_signals():
    """Forget the cached choices whenever one changes (called from ClausesConfig.ready())."""
    for model in TAXONOMY_MODELS:
        uid = f"forget-taxonomy-{model}"
        post_save.connect(forget_taxonomy, sender=model, dispatch_uid=uid)
        post_delete.connect(forget_taxonomy, sender=model, dispatch_uid=uid)
