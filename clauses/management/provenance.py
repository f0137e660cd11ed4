"""The provenance columns of the clause files `manage.py import_clauses` loads (where a clause
comes from: employer, bargaining level, dates, workers covered, verbatim or summary), read and
checked for `clauses.management.importing.Importer`. Codes are the model's choices; dates are
ISO 8601 calendar dates; every problem is reported in words for the row's error list."""

import re
from datetime import date

from clauses.models import (
    BARGAINING_LEVELS,
    PROVENANCE_DATES,
    PROVENANCE_FIELDS,
    TEXT_STATUSES,
    Clause,
)

PROVENANCE_COLUMNS = PROVENANCE_FIELDS
CODES = {
    "bargaining_level": {value for value, _label in BARGAINING_LEVELS},
    "text_status": {value for value, _label in TEXT_STATUSES},
}
DATE_COLUMNS = PROVENANCE_DATES
EMPLOYER_MAX_LENGTH = Clause._meta.get_field("employer").max_length
# The largest number of workers a clause can record (a PositiveIntegerField on every database).
MAX_WORKERS = 2_147_483_647
# A calendar date; a spreadsheet's date cell reads as "2021-07-13T00:00:00".
ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T00:00(?::00)?)?")


def iso_date(text):
    """The date of "2021-07-13", or None: no week dates, no "20210713", no year alone."""
    found = ISO_DATE.fullmatch(text)
    if found is None:
        return None
    try:
        return date.fromisoformat(found.group(1))
    except ValueError:  # 2021-02-30
        return None


def parse_provenance(columns, text, fields):
    """The provenance `columns` (those of the file) of a row, into `fields`; `text(column)` is
    a cell. Returns the errors found, in words."""
    errors = []
    if "employer" in columns:
        fields["employer"] = text("employer").strip()
        if len(fields["employer"]) > EMPLOYER_MAX_LENGTH:
            errors.append(f"employer is longer than {EMPLOYER_MAX_LENGTH} characters")
    for column, codes in CODES.items():
        if column in columns:
            fields[column] = text(column).strip()
            if fields[column] and fields[column] not in codes:
                errors.append(
                    f"{column} '{fields[column]}' is not one of " + ", ".join(sorted(codes))
                )
    for column in DATE_COLUMNS:
        if column in columns:
            raw = text(column).strip()
            fields[column] = iso_date(raw) if raw else None
            if raw and fields[column] is None:
                errors.append(f"{column} '{raw}' is not a date in the form YYYY-MM-DD")
    start, end = fields.get("valid_from"), fields.get("valid_until")
    if start and end and end < start:
        errors.append(f"valid_until {end} is before valid_from {start}")
    if "workers_covered" in columns:
        raw = text("workers_covered").strip()
        fields["workers_covered"] = None
        if raw:
            if raw.isascii() and raw.isdigit() and int(raw) <= MAX_WORKERS:
                fields["workers_covered"] = int(raw)
            else:
                errors.append(f"workers_covered '{raw}' is not a whole number (digits only)")
    return errors
