"""The open data's columns and what they mean: one definition for the exported files
(`clauses.open_data`), the Table Schema of the data package and the human-readable codebook page
(`clauses.data_package`), so that the three never disagree.

A column's title is its model field's label where the clause has that field, so the codebook
names it as the admin does; its description says what it holds; its codes (for a coded column)
are listed in the reader's language: `constraints.enum` in the schema for a one-value column,
`categories` (value and label, as in Table Schema v2) for every coded column."""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from ourdigitalfuture.core.countries import sorted_by_name
from ourdigitalfuture.core.translation import localize

from .models import (
    BARGAINING_LEVELS,
    CLAUSE_TYPES,
    ORIGINAL_LANGUAGES,
    TEXT_STATUSES,
    Clause,
    Country,
    Sector,
    SubTheme,
    Theme,
    Union,
)

LIST_SEPARATOR = "; "


@dataclass(frozen=True)
class Column:
    name: str
    description: str
    type: str = "string"  # a Table Schema type; a list column's items have `item_type`
    item_type: str = ""  # set for a list column (values joined with LIST_SEPARATOR)
    format: str = ""
    required: bool = False
    coded: bool = False  # its values are codes, listed by `codes()`
    label: str = ""  # the title, for a column that is not a clause field

    @property
    def title(self):
        if self.label:
            return self.label
        try:
            return Clause._meta.get_field(self.name).verbose_name
        except FieldDoesNotExist:
            return self.name

    @property
    def is_list(self):
        return bool(self.item_type)


TEXT = _("Plain text; paragraphs are separated by a blank line.")
CODES = _("One or more codes, separated by a semicolon and a space.")

COLUMNS = [
    Column(
        "identifier",
        _("The clause's permanent identifier, shared by its translations; cite it."),
        required=True,
    ),
    Column(
        "language",
        _("The language of this row's title, text and commentary."),
        required=True,
        coded=True,
        label=_("Language"),
    ),
    Column("title", _("A short title given by the hub."), required=True),
    Column(
        "text", _("The clause as the source words it, or the hub's summary of it."), required=True
    ),
    Column("commentary", _("Why the clause matters and how negotiators can use it.")),
    Column("clause_type", _("What kind of text the clause comes from."), required=True, coded=True),
    Column("themes", CODES, type="list", item_type="integer", coded=True),
    Column("subthemes", CODES, type="list", coded=True, item_type="string"),
    Column("unions", CODES, type="list", coded=True, item_type="string"),
    Column("country", _("Empty for an international or European agreement."), coded=True),
    Column("sectors", CODES, type="list", coded=True, item_type="string"),
    Column("year", _("The year of the agreement, guidance or law."), type="integer"),
    Column("source_title", _("The title of the agreement or law the clause comes from.")),
    Column("employer", _("Who signed the agreement on the employers' side.")),
    Column("bargaining_level", _("The level at which the agreement was bargained."), coded=True),
    Column("date_signed", _("The day the agreement was signed."), type="date"),
    Column("valid_from", _("The first day the agreement applies."), type="date"),
    Column("valid_until", _("The last day the agreement applies."), type="date"),
    Column("workers_covered", _("How many workers the source says it covers."), type="integer"),
    Column("text_status", _("Whether the text quotes the source or summarises it."), coded=True),
    Column("original_language", _("The language the source is written in."), coded=True),
    Column("source_url", _("Where the source can be read."), format="uri"),
    Column(
        "source_document_url",
        _("The source document the hub keeps, once the clause is published."),
        format="uri",
        label=_("Source document"),
    ),
    Column("keywords", _("Words to find the clause by, separated by commas.")),
    Column("url", _("The clause's page on the hub."), format="uri", label=_("Web page")),
]
NAMES = [column.name for column in COLUMNS]
BY_NAME = {column.name: column for column in COLUMNS}
# Columns holding text an editor wrote (plain text in the files).
TEXT_COLUMNS = ("title", "text", "commentary")


def _choices(choices):
    return [(value, str(label)) for value, label in choices]


def codes(locale):
    """{column name: [(code, label in `locale`'s language), ...]} for every coded column.
    Themes, sub-themes and sectors are the default language's records, named in `locale`'s."""
    default = Locale.get_default()
    language = locale.language_code
    themes = list(Theme.objects.filter(locale=default).order_by("number"))
    subthemes = list(
        SubTheme.objects.filter(locale=default).order_by("theme__number", "sort_order", "title")
    )
    sectors = list(Sector.objects.filter(locale=default))
    shown_sectors = localize(sectors, locale, Sector.objects.select_related("locale"))
    countries = [(c.code, c.name_in(language)) for c in Country.objects.all()]
    return {
        "language": _choices(settings.LANGUAGES),
        "clause_type": _choices(CLAUSE_TYPES),
        "themes": [
            (theme.number, shown.title)
            for theme, shown in zip(themes, localize(themes, locale, Theme.objects), strict=True)
        ],
        "subthemes": [
            (sub.slug, shown.title)
            for sub, shown in zip(
                subthemes, localize(subthemes, locale, SubTheme.objects), strict=True
            )
        ],
        "unions": [(u.acronym, u.name) for u in Union.objects.order_by("acronym")],
        "country": sorted_by_name(countries, name=lambda choice: choice[1]),
        "sectors": sorted_by_name(
            [(s.slug, t.name) for s, t in zip(sectors, shown_sectors, strict=True)],
            name=lambda choice: choice[1],
        ),
        "bargaining_level": _choices(BARGAINING_LEVELS),
        "text_status": _choices(TEXT_STATUSES),
        "original_language": _choices(ORIGINAL_LANGUAGES),
    }


def field_descriptor(column, column_codes=()):
    """The Table Schema field of `column` in the active language."""
    field = {
        "name": column.name,
        "type": column.type,
        "title": str(column.title),
        "description": str(column.description),
    }
    if column.is_list:
        field["itemType"] = column.item_type
        field["delimiter"] = LIST_SEPARATOR
    if column.format:
        field["format"] = column.format
    constraints = {}
    if column.required:
        constraints["required"] = True
    if column.name == "identifier":
        constraints["unique"] = True
    if column.type == "integer":
        constraints["minimum"] = 0
    if column.coded and not column.is_list:
        constraints["enum"] = [value for value, _label in column_codes]
    if constraints:
        field["constraints"] = constraints
    if column.coded:
        field["categories"] = [{"value": value, "label": label} for value, label in column_codes]
    return field


def table_schema(locale, all_codes=None):
    """The Table Schema of the open data in `locale`'s language (labels of the active one)."""
    all_codes = codes(locale) if all_codes is None else all_codes
    return {
        "fields": [field_descriptor(c, all_codes.get(c.name, ())) for c in COLUMNS],
        "primaryKey": ["identifier"],
        "missingValues": [""],
    }
