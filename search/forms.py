"""The search forms. Every value arrives in the URL, so every value is checked: an unknown
value makes the form invalid (the view answers 400 with a message), never an error.

`QueryField` and `clean_text` are for any search box (the clause database's form in
`clauses.database.forms` uses them too)."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from . import registry
from .engines import SiteQuery

MAX_QUERY_LENGTH = 500
# Control characters other than tab and newlines: never meaningful in a search.
CONTROL_CHARACTERS = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(value):
    return " ".join(CONTROL_CHARACTERS.sub(" ", value or "").split())


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


class SiteSearchForm(forms.Form):
    """Site search: the words, and the kind of result shown (any registered SiteKind)."""

    q = QueryField(label=_("Search the site"))
    type = forms.ChoiceField(label=_("Show"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = [("", _("Everything"))] + [
            (kind.name, kind.label) for kind in registry.site_kinds()
        ]

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
