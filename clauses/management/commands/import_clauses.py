"""`manage.py import_clauses FILE`: load clauses from a CSV or XLSX file in the hub's open-data
format (`clauses.open_data.COLUMNS`), for editors who collect clauses in spreadsheets.

Each row creates the clause with that identifier in that language, or updates it; a row that
matches the clause already stored changes nothing, so importing the same file twice is safe.
Rows without an identifier get the next free one. Imported clauses are published at once (the
file is trusted editor data, not a public submission). Rows that fail validation are skipped
and reported with their row number; the other rows are imported, and the command exits with
status 1 if any row failed. --dry-run does all of this inside a transaction that is rolled back.
"""

import csv
import itertools
import zipfile
from collections import Counter
from contextlib import contextmanager, nullcontext
from datetime import date, datetime
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator
from django.db import DatabaseError, transaction
from django.db.models.signals import post_save
from wagtail.models import Locale

from clauses.management import ProgressBar
from clauses.models import CLAUSE_TYPES, Clause, Country, Sector, SubTheme, Theme, Union
from clauses.models.clause import ORIGINAL_LANGUAGES, next_identifier
from clauses.open_data import COLUMNS, split_list
from clauses.validators import validate_public_web_address

REQUIRED_COLUMNS = ("title", "text", "clause_type")
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
        self.sectors = {sector.slug: sector for sector in Sector.objects.all()}
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


class Command(BaseCommand):
    help = (
        "Import clauses from a CSV or XLSX file in the hub's open-data format: creates new "
        "clauses, updates changed ones, publishes them, and reports rows that cannot be imported."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .csv (UTF-8) or .xlsx file, header in the first row.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Validate and report what would happen, but write nothing.",
        )
        parser.add_argument(
            "--locale",
            help="Language code for rows whose language column is empty "
            "(default: the site's default language).",
        )

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"{path}: no such file.")
        header, records = read_table(path)
        columns = [str(name).strip().lower() for name in header]
        self.check_columns(columns)

        if options["locale"]:
            try:
                default_locale = Locale.objects.get(language_code=options["locale"])
            except Locale.DoesNotExist:
                raise CommandError(f"There is no locale '{options['locale']}'.") from None
        else:
            default_locale = Locale.get_default()

        # Spreadsheets drop trailing empty cells, so a short row is fine; a long one is not.
        rows = [
            (number, dict(zip(columns, cells, strict=False)), is_blank(cells[len(columns) :]))
            for number, cells in records
        ]
        file_identifiers = [values.get("identifier", "").strip() for _, values, _ in rows]
        dry_run = options["dry_run"]

        counts, errors = Counter(), []
        progress = ProgressBar(self.stderr, len(rows))
        # The whole import is one transaction (fast on SQLite, and a dry run rolls it back);
        # each row has its own savepoint inside it.
        with search_indexing_paused() if dry_run else nullcontext(), transaction.atomic():
            importer = Importer(set(columns), default_locale, file_identifiers)
            for done, (number, values, fits_header) in enumerate(rows, 1):
                try:
                    if not fits_header:
                        raise RowError(["has more cells than the header has columns"])
                    # A row that fails half-way (in the database, or in the clean before
                    # publishing) rolls back to here, leaving the other rows in place.
                    with transaction.atomic():
                        counts[importer.import_row(number, values)] += 1
                except RowError as error:
                    errors += [(number, reason) for reason in error.args[0]]
                    counts["errors"] += 1
                except ValidationError as error:
                    errors += [(number, reason) for reason in validation_messages(error)]
                    counts["errors"] += 1
                except DatabaseError as error:
                    errors.append((number, f"the database refused it: {error}"))
                    counts["errors"] += 1
                progress.update(done)
            if dry_run:
                transaction.set_rollback(True)
        progress.finish()

        for number, reason in errors:
            self.stderr.write(f"row {number}: {reason}")
        summary = (
            f"created {counts['created']}, updated {counts['updated']}, "
            f"unchanged {counts['unchanged']}, errors {counts['errors']}"
        )
        if dry_run:
            summary = f"Dry run, nothing written: {summary}"
        self.stdout.write(summary)
        if counts["errors"]:
            raise CommandError(
                f"{counts['errors']} of {len(rows)} rows could not be "
                + ("imported (dry run)." if dry_run else "imported; the other rows were.")
            )

    def check_columns(self, columns):
        if not columns:
            raise CommandError("The file has no header row.")
        duplicates = [name for name, n in Counter(columns).items() if n > 1 and name]
        if duplicates:
            raise CommandError(f"Columns appear twice: {', '.join(duplicates)}.")
        missing = [name for name in REQUIRED_COLUMNS if name not in columns]
        if missing:
            raise CommandError(
                f"Missing columns: {', '.join(missing)}. Expected: {', '.join(COLUMNS)}."
            )
        unknown = [name for name in columns if name and name not in COLUMNS]
        if unknown:
            self.stderr.write(f"Ignoring unknown columns: {', '.join(unknown)}.")
