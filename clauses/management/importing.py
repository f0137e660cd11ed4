"""Reading the clause files `manage.py import_clauses` loads (CSV or XLSX in the hub's open-data
format, `clauses.open_data.COLUMNS`) and turning their rows into clauses: `read_table` reads a
file's rows, `Importer` validates each row and creates or updates its clause."""

import csv
import itertools
import zipfile
from contextlib import contextmanager
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from django.core.validators import URLValidator
from django.db.models.signals import post_save
from wagtail.models import Locale

from clauses.management.provenance import PROVENANCE_COLUMNS, parse_provenance
from clauses.models import CLAUSE_TYPES, Clause, Country, Sector, SubTheme, Theme, Union
from clauses.models.choices import ORIGINAL_LANGUAGES
from clauses.models.clause import next_identifier
from clauses.open_data import split_list
from clauses.plain_text import text_to_html
from clauses.validators import validate_public_web_address

FIRST_YEAR = 1900
MAX_LENGTHS = {
    field: Clause._meta.get_field(field).max_length
    for field in ("identifier", "title", "text", "source_title", "source_url", "keywords")
}
M2M_FIELDS = ("themes", "subthemes", "unions", "sectors")
PLAIN_FIELDS = (
    "title",
    "text",
    "commentary",
    "clause_type",
    "country_id",
    "year",
    "source_title",
    "source_url",
    "original_language",
    "keywords",
    *PROVENANCE_COLUMNS,
)


class RowError(Exception):
    """A row that cannot be imported; args[0] is the list of reasons."""


def cell_text(value):
    """A spreadsheet cell as the text a CSV would hold: numbers without a spurious ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def is_blank(cells):
    return not any(str(cell).strip() for cell in cells)


def is_comment(cells):
    return bool(cells) and str(cells[0]).lstrip().startswith("#")


def read_csv(path):
    """The header and (line number, cells) of each record. Leading `#` lines (the licence line
    of an exported file) and blank lines are skipped before the CSV parser sees them, so a quote
    in a comment cannot swallow the header."""
    with open(path, newline="", encoding="utf-8-sig") as handle:
        skipped = 0
        for line in handle:
            if line.strip() and not line.lstrip().startswith("#"):
                break
            skipped += 1
        else:
            return [], []
        reader = csv.reader(itertools.chain([line], handle))
        header = next(reader)
        records = []
        previous = reader.line_num
        for cells in reader:
            # A record can span lines (newlines inside quotes); report the line it starts on.
            start = skipped + previous + 1
            previous = reader.line_num
            if not is_blank(cells):
                records.append((start, cells))
        return header, records


def read_xlsx(path):
    """The header and (sheet row number, cells) of each row of the workbook's first sheet."""
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise CommandError(f"{path} is not a readable XLSX workbook: {error}") from error
    try:
        header, records = None, []
        for number, row in enumerate(workbook.worksheets[0].iter_rows(values_only=True), 1):
            cells = [cell_text(value) for value in row]
            if is_blank(cells):
                continue
            if header is None:
                if not is_comment(cells):
                    header = cells
                continue
            records.append((number, cells))
        return header or [], records
    finally:
        workbook.close()


def read_table(path):
    suffix = path.suffix.lower()
    if suffix == ".csv":
        try:
            return read_csv(path)
        except UnicodeDecodeError as error:
            raise CommandError(f"{path} is not UTF-8 text: {error}") from error
        except csv.Error as error:
            raise CommandError(f"{path} is not a readable CSV file: {error}") from error
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    raise CommandError(f"{path}: expected a .csv or .xlsx file.")


@contextmanager
def search_indexing_paused():
    """Keep a dry run from reaching the search index. Wagtail indexes a clause as it is saved,
    outside the database transaction, so a rolled-back dry run would otherwise leave its rows
    in an Elasticsearch index."""
    from modelsearch.signal_handlers import post_save_signal_handler

    disconnected = post_save.disconnect(post_save_signal_handler, sender=Clause)
    try:
        yield
    finally:
        if disconnected:
            post_save.connect(post_save_signal_handler, sender=Clause)


def validation_messages(error):
    if hasattr(error, "error_dict"):
        return [f"{field}: {m}" for field, ms in error.message_dict.items() for m in ms]
    return error.messages


class Importer:
    """Validates rows and creates or updates their clauses, with the taxonomy read once."""

    def __init__(self, columns, default_locale, file_identifiers):
        self.columns = columns
        self.default_locale = default_locale
        self.source_locale = Locale.get_default()
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.countries = {country.code: country for country in Country.objects.all()}
        self.unions = {union.acronym: union for union in Union.objects.all()}
        # Clauses name the default language's sectors (their translations share the slug).
        sectors = Sector.objects.filter(locale=self.source_locale)
        self.sectors = {sector.slug: sector for sector in sectors}
        # Theme numbers and sub-theme slugs are shared by a theme's translations; keep one per
        # locale, and None where a locale has two sub-themes with the same slug.
        self.themes = {(t.locale_id, t.number): t for t in Theme.objects.all()}
        self.subthemes = {}
        for subtheme in SubTheme.objects.all():
            key = (subtheme.locale_id, subtheme.slug)
            self.subthemes[key] = None if key in self.subthemes else subtheme
        self.clause_types = {value for value, _ in CLAUSE_TYPES}
        self.original_languages = {value for value, _ in ORIGINAL_LANGUAGES}
        self.last_year = date.today().year + 1
        self.seen = {}
        # Numbers for rows without an identifier start above every identifier in the database
        # and in the file, so a new number never collides with a later row's own identifier.
        numbers = [int(next_identifier()[4:]) - 1]
        numbers += [int(i[4:]) for i in file_identifiers if i[:4] == "DBH-" and i[4:].isdigit()]
        self.last_number = max(numbers)

    def has(self, column):
        return column in self.columns

    def taxonomy(self, table, key, locale):
        """The taxonomy object a clause references: the source locale's (translations share
        their source's taxonomy), or else the clause's own locale's."""
        found = table.get((self.source_locale.pk, key))
        if found is None and (self.source_locale.pk, key) not in table:
            found = table.get((locale.pk, key))
        return found

    def parse(self, values):
        """The row's locale, identifier, field values and related objects, or RowError."""
        errors = []

        def text(column):
            return values.get(column, "")

        def check_length(field, value):
            limit = MAX_LENGTHS[field]
            if len(value) > limit:
                errors.append(f"{field} is longer than {limit} characters")

        language = text("language").strip() or self.default_locale.language_code
        locale = self.locales.get(language)
        if locale is None:
            errors.append(f"language '{language}' is not one of the site's languages")
            locale = self.default_locale

        identifier = text("identifier").strip()
        check_length("identifier", identifier)

        fields, related = {}, {}
        fields["title"] = text("title")
        if not fields["title"].strip():
            errors.append("title is empty")
        check_length("title", fields["title"])
        fields["text"] = text("text")
        if not fields["text"].strip():
            errors.append("text is empty")
        check_length("text", fields["text"])
        fields["clause_type"] = text("clause_type").strip()
        if fields["clause_type"] not in self.clause_types:
            errors.append(
                f"clause_type '{fields['clause_type']}' is not one of "
                + ", ".join(sorted(self.clause_types))
            )

        for field in ("commentary", "source_title", "keywords"):
            if self.has(field):
                fields[field] = text(field)
                if field in MAX_LENGTHS:
                    check_length(field, fields[field])
        if "commentary" in fields:
            # The open data's commentary is plain text: its paragraphs and lists become rich text.
            fields["commentary"] = text_to_html(fields["commentary"])

        if self.has("source_url"):
            fields["source_url"] = text("source_url").strip()
            check_length("source_url", fields["source_url"])
            if fields["source_url"]:
                try:
                    URLValidator()(fields["source_url"])
                    validate_public_web_address(fields["source_url"])
                except ValidationError:
                    errors.append(f"source_url '{fields['source_url']}' is not a web address")

        if self.has("original_language"):
            original = text("original_language").strip() or "en"
            fields["original_language"] = original
            if original not in self.original_languages:
                errors.append(f"original_language '{original}' is unknown")

        errors += parse_provenance(self.columns, text, fields)

        if self.has("year"):
            raw = text("year").strip()
            fields["year"] = None
            if raw:
                if raw.isascii() and raw.isdigit() and FIRST_YEAR <= int(raw) <= self.last_year:
                    fields["year"] = int(raw)
                else:
                    errors.append(
                        f"year '{raw}' is not a year from {FIRST_YEAR} to {self.last_year}"
                    )

        if self.has("country"):
            code = text("country").strip().upper()
            fields["country_id"] = None
            if code:
                if code in self.countries:
                    fields["country_id"] = self.countries[code].pk
                else:
                    errors.append(f"country '{code}' is unknown")

        if self.has("themes"):
            related["themes"] = []
            for number in split_list(text("themes")):
                theme = None
                if number.isascii() and number.isdigit() and len(number) <= 5:
                    theme = self.taxonomy(self.themes, int(number), locale)
                if theme is None:
                    errors.append(f"theme '{number}' is unknown")
                else:
                    related["themes"].append(theme)
        if self.has("subthemes"):
            related["subthemes"] = []
            for slug in split_list(text("subthemes")):
                subtheme = self.taxonomy(self.subthemes, slug, locale)
                if subtheme is None:
                    known = (self.source_locale.pk, slug) in self.subthemes
                    errors.append(
                        f"sub-theme '{slug}' is "
                        + ("ambiguous (two sub-themes have that slug)" if known else "unknown")
                    )
                else:
                    related["subthemes"].append(subtheme)
        for column, table, label in (
            ("unions", self.unions, "union"),
            ("sectors", self.sectors, "sector"),
        ):
            if self.has(column):
                related[column] = []
                for key in split_list(text(column)):
                    if key in table:
                        related[column].append(table[key])
                    else:
                        errors.append(f"{label} '{key}' is unknown")

        if errors:
            raise RowError(errors)
        return locale, identifier, fields, related

    def import_row(self, number, values):
        """Import one row; returns "created", "updated" or "unchanged", or raises RowError."""
        locale, identifier, fields, related = self.parse(values)
        if identifier:
            key = (identifier, locale.language_code)
            if key in self.seen:
                raise RowError(
                    [f"identifier {identifier} ({key[1]}) already appears in row {self.seen[key]}"]
                )
            self.seen[key] = number

        clause = None
        if identifier:
            clause = (
                Clause.objects.filter(identifier=identifier, locale=locale)
                .prefetch_related(*M2M_FIELDS)
                .first()
            )
        if clause is not None and clause.live and not self.differs(clause, fields, related):
            return "unchanged"

        outcome = "updated"
        if clause is None:
            outcome = "created"
            if not identifier:
                self.last_number += 1
                identifier = f"DBH-{self.last_number:04d}"
            clause = Clause(identifier=identifier, locale=locale)
            # A clause's translations share its identifier; a new language version of an
            # existing identifier joins that clause's translation group.
            translation_key = (
                Clause.objects.filter(identifier=identifier)
                .values_list("translation_key", flat=True)
                .first()
            )
            if translation_key:
                clause.translation_key = translation_key
        for field, value in fields.items():
            setattr(clause, field, value)
        for field, objects in related.items():
            getattr(clause, field).set(objects)
        clause.live = True
        if outcome == "created":
            # A revision needs the clause's primary key. An existing clause is written only by
            # publish(), from the revision: each save re-indexes it for search and references.
            clause.save()
        # Published through a revision, as the admin would, so history and the live revision
        # are in place; clean=True validates what the row checks above do not.
        clause.save_revision(clean=True).publish()
        return outcome

    def differs(self, clause, fields, related):
        for field, value in fields.items():
            if getattr(clause, field) != value:
                return True
        for field, objects in related.items():
            current = {obj.pk for obj in getattr(clause, field).all()}
            if current != {obj.pk for obj in objects}:
                return True
        return False
