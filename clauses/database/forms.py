"""The clause database's form. Every value arrives in the URL, so every value is checked: an
unknown filter value makes the form invalid (the view answers 400 with a message), never an
error."""

from django import forms
from django.conf import settings
from django.utils.choices import BaseChoiceIterator
from django.utils.translation import gettext_lazy as _

from clauses.models import BARGAINING_LEVELS, CLAUSE_TYPES, TEXT_STATUSES
from search.engines import RELEVANCE
from search.forms import QueryField

from .spec import clause_query
from .taxonomy import taxonomy

YEAR = "year"
ALL_LANGUAGES = "all"


class Choices(BaseChoiceIterator):
    """Ready (value, label) pairs, which Django takes as they are: a list would be copied and
    checked pair by pair, for the field and again for its widget, on every search (the filters
    have hundreds of choices)."""

    def __init__(self, pairs):
        self.pairs = pairs

    def __iter__(self):
        return iter(self.pairs)


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
    level = forms.ChoiceField(
        label=_("Bargaining level"), required=False, choices=[("", "")] + BARGAINING_LEVELS
    )
    wording = forms.ChoiceField(
        label=_("Verbatim or summary"), required=False, choices=[("", "")] + TEXT_STATUSES
    )
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

    FACET_FIELDS = ["theme", "subtheme", "type", "union", "country", "sector", "level", "wording"]

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
        self.keys["level"] = {value: value for value, _label in BARGAINING_LEVELS}
        self.keys["wording"] = {value: value for value, _label in TEXT_STATUSES}
        self.keys["language"] = {
            code: self.locales.get(code, 0) for code, _name in settings.LANGUAGES
        }
        for name in ["theme", "subtheme", "union", "country", "sector"]:
            self.fields[name].choices = Choices(
                [("", ""), *((value, label) for value, _key, label in values[name])]
            )
        self.fields["language"].choices = Choices(
            [("", ""), *settings.LANGUAGES, (ALL_LANGUAGES, _("All languages"))]
        )

    def clean(self):
        data = super().clean()
        start, end = data.get("year_from"), data.get("year_to")
        if start is not None and end is not None and start > end:
            self.add_error("year_to", _("The end year is before the start year."))
        return data

    def searched_language(self):
        """The language code searched, ALL_LANGUAGES (every version of each clause), or ""
        (the default: each clause once, in the page's language where it is translated, else
        in its original language)."""
        return self.cleaned_data.get("language") or ""

    def to_query(self, page, page_size):
        data = self.cleaned_data
        filters = {}
        for name in self.FACET_FIELDS:
            value = data.get(name)
            if value not in (None, ""):
                filters[name] = self.keys[name][value]
        language = self.searched_language()
        reader = self.locale.language_code
        if language in ("", ALL_LANGUAGES):
            # Text in any language may be shown: each is analysed, the reader's first.
            others = [code for code, _name in settings.LANGUAGES if code != reader]
            languages = (reader, *others)
            if language == ALL_LANGUAGES:
                filters["language"] = None  # every version
        else:
            filters["language"] = self.keys["language"].get(language, 0)
            languages = (language,)
        text = data.get("q", "")
        return clause_query(
            text=text,
            filters=filters,
            range_from=data.get("year_from"),
            range_to=data.get("year_to"),
            languages=languages,
            sort=data.get("sort") or (RELEVANCE if text else YEAR),
            page=page,
            page_size=page_size,
            shown_in=reader,
        )
