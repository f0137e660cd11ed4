"""The search forms. Every value arrives in the URL, so every value is checked: an unknown
filter value makes the form invalid (the view answers 400 with a message), never an error."""

import re

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from clauses.models import CLAUSE_TYPES, Country, Sector, SubTheme, Theme, Union
from home.translation import localize

from .engines import RELEVANCE, YEAR, ClauseQuery, SiteQuery

MAX_QUERY_LENGTH = 500
TAXONOMY_CACHE_KEY = "search:taxonomy"
TAXONOMY_CACHE = 600
ALL_LANGUAGES = "all"
# Control characters other than tab and newlines: never meaningful in a search.
CONTROL_CHARACTERS = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(value):
    return " ".join(CONTROL_CHARACTERS.sub(" ", value or "").split())


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
    return {
        "theme": [
            (t.number, t.pk, f"{t.number}. {s.title}") for t, s in zip(themes, shown, strict=True)
        ],
        "subtheme": [
            (s.slug, s.pk, t.title) for s, t in zip(subthemes, shown_subthemes, strict=True)
        ],
        "union": [(u.acronym, u.pk, u.acronym) for u in Union.objects.all()],
        "country": [(c.code, c.pk, c.name) for c in Country.objects.all()],
        "sector": [(s.slug, s.pk, s.name) for s in Sector.objects.all()],
        "locales": dict(Locale.objects.values_list("language_code", "pk")),
    }


def forget_taxonomy(**kwargs):
    def forget():
        cache.delete_many(
            [f"{TAXONOMY_CACHE_KEY}:{pk}" for pk in Locale.objects.values_list("pk", flat=True)]
        )

    forget()
    # Again once the change is committed, in case a search cached the old values meanwhile.
    transaction.on_commit(forget)


for _model in (Theme, SubTheme, Union, Country, Sector, Locale):
    post_save.connect(forget_taxonomy, sender=_model, dispatch_uid=f"forget-taxonomy-{_model}")
    post_delete.connect(forget_taxonomy, sender=_model, dispatch_uid=f"forget-taxonomy-{_model}")


class QueryField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", MAX_QUERY_LENGTH)
        kwargs.setdefault(
            "error_messages",
            {"max_length": _("The search is too long: use at most %(limit_value)d characters.")},
        )
        super().__init__(**kwargs)

    def clean(self, value):
        return clean_text(super().clean(value))


class ClauseSearchForm(forms.Form):
    """The hub's database view: keyword, filters, language, sort."""

    q = QueryField(label=_("Search the clauses"))
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
    language = forms.ChoiceField(label=_("Language"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[("", ""), (RELEVANCE, _("Relevance")), (YEAR, _("Year, newest first"))],
    )

    FACET_FIELDS = ["theme", "subtheme", "type", "union", "country", "sector"]

    def __init__(self, data, locale):
        super().__init__(data)
        self.locale = locale
        values = taxonomy(locale)
        self.locales = values["locales"]
        # For each filter: the value in the URL -> the value the engines filter on.
        self.keys = {
            name: {value: key for value, key, _label in values[name]}
            for name in ["theme", "subtheme", "union", "country", "sector"]
        }
        self.keys["type"] = {value: value for value, _label in CLAUSE_TYPES}
        self.keys["language"] = {
            code: self.locales.get(code, 0) for code, _name in settings.LANGUAGES
        }
        for name in ["theme", "subtheme", "union", "country", "sector"]:
            self.fields[name].choices = [("", "")] + [
                (value, label) for value, _key, label in values[name]
            ]
        self.fields["language"].choices = (
            [("", "")] + list(settings.LANGUAGES) + [(ALL_LANGUAGES, _("All languages"))]
        )

    def clean(self):
        data = super().clean()
        start, end = data.get("year_from"), data.get("year_to")
        if start is not None and end is not None and start > end:
            self.add_error("year_to", _("The end year is before the start year."))
        return data

    def searched_language(self):
        """The language code searched, or ALL_LANGUAGES; the page's language by default."""
        return self.cleaned_data.get("language") or self.locale.language_code

    def to_query(self, page, page_size):
        data = self.cleaned_data
        filters = {}
        for name in self.FACET_FIELDS:
            value = data.get(name)
            if value not in (None, ""):
                filters[name] = self.keys[name][value]
        language = self.searched_language()
        if language == ALL_LANGUAGES:
            languages = tuple(code for code, _name in settings.LANGUAGES)
        else:
            filters["language"] = self.keys["language"].get(language, 0)
            languages = (language,)
        text = data.get("q", "")
        return ClauseQuery(
            text=text,
            filters=filters,
            year_from=data.get("year_from"),
            year_to=data.get("year_to"),
            languages=languages,
            sort=data.get("sort") or (RELEVANCE if text else YEAR),
            page=page,
            page_size=page_size,
        )


class SiteSearchForm(forms.Form):
    q = QueryField(label=_("Search the site"))
    type = forms.ChoiceField(
        label=_("Show"),
        required=False,
        choices=[("", _("Everything")), ("page", _("Pages")), ("clause", _("Clauses"))],
    )

    def to_query(self, locale, page, page_size):
        return SiteQuery(
            text=self.cleaned_data.get("q", ""),
            locale_id=locale.pk,
            language=locale.language_code,
            kind=self.cleaned_data.get("type") or "",
            page=page,
            page_size=page_size,
        )


class SuggestForm(forms.Form):
    q = QueryField(max_length=100)
