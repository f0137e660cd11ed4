"""`manage.py import_clauses FILE`: load clauses from a CSV or XLSX file in the hub's open-data
format (`clauses.open_data.COLUMNS`), for editors who collect clauses in spreadsheets.

Each row creates the clause with that identifier in that language, or updates it; a row that
matches the clause already stored changes nothing, so importing the same file twice is safe.
Rows without an identifier get the next free one. Imported clauses are published at once (the
file is trusted editor data, not a public submission). Rows that fail validation are skipped
and reported with their row number; the other rows are imported, and the command exits with
status 1 if any row failed. --dry-run does all of this inside a transaction that is rolled back.
"""

from collections import Counter
from contextlib import nullcontext
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, transaction
from wagtail.models import Locale

from clauses.management import ProgressBar
from clauses.management.importing import (
    PROVENANCE_COLUMNS,
    Importer,
    RowError,
    is_blank,
    read_table,
    search_indexing_paused,
    validation_messages,
)
from clauses.open_data import COLUMNS

REQUIRED_COLUMNS = ("title", "text", "clause_type")


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
        known = {*COLUMNS, *PROVENANCE_COLUMNS}
        unknown = [name for name in columns if name and name not in known]
        if unknown:
            self.stderr.write(f"Ignoring unknown columns: {', '.join(unknown)}.")
