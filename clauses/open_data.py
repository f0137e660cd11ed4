"""The hub's open-data exchange format, and the download view that serves it.

One definition, used both ways: the hub publishes its live clauses as CSV or JSON in the
`COLUMNS` format (`open_data_view`), and `manage.py import_clauses` reads files in the same
format back in. Lists (themes, sub-themes, unions, sectors) are joined with `LIST_SEPARATOR`.
"""

import csv
import itertools
import json
import re
from collections import defaultdict

from django.http import Http404, HttpResponseBadRequest, StreamingHttpResponse
from django.utils.translation import gettext as _

from home.models import FooterText

from .models import Clause, Theme

COLUMNS = [
    "identifier",
    "language",
    "title",
    "text",
    "commentary",
    "clause_type",
    "themes",
    "subthemes",
    "unions",
    "country",
    "sectors",
    "year",
    "source_title",
    "source_url",
    "original_language",
    "keywords",
    "url",
]

# Columns whose cell holds several values.
LIST_COLUMNS = ("themes", "subthemes", "unions", "sectors")
LIST_SEPARATOR = "; "

DEFAULT_LICENCE = "Digital Bargaining Hub — CC BY-NC-ND 4.0"
FILENAME = "dbh-clauses"

# Clauses are read from the database in chunks of this size; each chunk costs one query per
# list column, so memory stays flat and the query count grows with count / CHUNK_SIZE. Small
# enough for the chunk's ids to be one IN list on any supported database.
CHUNK_SIZE = 2000


def split_list(value):
    """The values of a list cell: "1; 4" -> ["1", "4"]. Tolerates ";" without a space."""
    return [part.strip() for part in (value or "").split(";") if part.strip()]


def join_list(values):
    return LIST_SEPARATOR.join(str(v) for v in values)


def clause_url_template(hub, request=None):
    """A function giving a clause's public URL from its identifier, with the hub's URL resolved
    once instead of once per clause."""
    base = hub.get_full_url(request) or hub.get_url(request) or ""
    placeholder = "IDENTIFIER"
    path = hub.reverse_subpage("clause", kwargs={"identifier": placeholder})
    before, after = path.split(placeholder, 1)
    prefix = base + before
    return lambda identifier: f"{prefix}{identifier}{after}"


# Each list column: the many-to-many field, the value shown, and the order the values are in.
FACETS = {
    "themes": ("themes", "theme__number", ("theme__number",)),
    "subthemes": (
        "subthemes",
        "subtheme__slug",
        ("subtheme__theme__number", "subtheme__sort_order", "subtheme__title"),
    ),
    "unions": ("unions", "union__acronym", ("union__acronym",)),
    "sectors": ("sectors", "sector__slug", ("sector__name",)),
}
# The clause's own columns, read as values: no model instances are built for an export.
VALUE_FIELDS = {
    "identifier": "identifier",
    "language": "locale__language_code",
    "title": "title",
    "text": "text",
    "commentary": "commentary",
    "clause_type": "clause_type",
    "country": "country__code",
    "year": "year",
    "source_title": "source_title",
    "source_url": "source_url",
    "original_language": "original_language",
    "keywords": "keywords",
}


def facet_values(column, clause_ids):
    """{clause id: [value, ...]} for one list column and a chunk of clauses, in one query.

    Read straight from the through table: prefetch_related would build a model instance per
    link and a related manager per clause, several times slower on a 100,000-clause export.
    Themes and sub-themes are the objects the clause references (translations of a clause
    point at the source locale's taxonomy); theme numbers and sub-theme slugs are the same in
    every locale."""
    field, value, order = FACETS[column]
    through = getattr(Clause, field).through
    values = defaultdict(list)
    rows = through.objects.filter(clause_id__in=clause_ids).order_by(*order)
    for clause_id, item in rows.values_list("clause_id", value):
        values[clause_id].append(item)
    return values


def clause_rows(queryset, hub, request=None):
    """One dict per clause of `queryset`, keyed by `COLUMNS`, in the queryset's order.

    Clauses are read CHUNK_SIZE at a time, each chunk with one query for the clauses (locale
    and country joined) and one per list column, so the query count does not depend on the
    number of clauses in a chunk and memory stays flat however many there are."""
    url_for = clause_url_template(hub, request)
    values = queryset.values("pk", *VALUE_FIELDS.values()).iterator(chunk_size=CHUNK_SIZE)
    while chunk := list(itertools.islice(values, CHUNK_SIZE)):
        ids = [clause["pk"] for clause in chunk]
        facets = {column: facet_values(column, ids) for column in FACETS}
        for clause in chunk:
            row = {column: clause[field] for column, field in VALUE_FIELDS.items()}
            for column in FACETS:
                row[column] = join_list(facets[column].get(clause["pk"], ()))
            row["country"] = row["country"] or ""
            row["year"] = "" if row["year"] is None else row["year"]
            row["url"] = url_for(row["identifier"])
            yield {column: row[column] for column in COLUMNS}


def licence_line(locale):
    """The site's licence line in `locale`, on one line (it heads the CSV as a comment)."""
    footer = FooterText.for_locale(locale)
    text = footer.licence_line if footer else ""
    return " ".join(text.split()) or DEFAULT_LICENCE


def parse_theme(value):
    """The theme number asked for, or None if the parameter is not a theme number.

    Only ASCII digits, and few of them: int() would accept "١" or "1_0", and a huge number
    would overflow the database integer and fail with a server error instead of a 400."""
    if not re.fullmatch(r"[0-9]{1,5}", value):
        return None
    return int(value)


class _Echo:
    """A file-like object whose write() returns the line, so csv.writer can feed a stream."""

    def write(self, value):
        return value


def _csv_stream(rows, licence):
    writer = csv.writer(_Echo())
    yield f"# {licence}\r\n"
    yield writer.writerow(COLUMNS)
    for row in rows:
        yield writer.writerow([row[column] for column in COLUMNS])


def _json_stream(rows, licence, count):
    # Streamed like the CSV: 100,000 clauses would otherwise sit in memory twice (the rows and
    # the encoded document) before the first byte goes out.
    head = json.dumps({"licence": licence, "count": count}, ensure_ascii=False)
    yield head[:-1] + ', "clauses": ['
    for index, row in enumerate(rows):
        yield ("," if index else "") + json.dumps(row, ensure_ascii=False)
    yield "]}"


def open_data_view(request, hub, fmt):
    """The hub's live clauses in its locale, as CSV or JSON, optionally for one theme."""
    if fmt not in ("csv", "json"):
        raise Http404("Open data comes as .csv or .json.")
    clauses = Clause.objects.filter(locale_id=hub.locale_id, live=True).order_by("identifier")
    filename = FILENAME

    # An empty ?theme= (a filter form left on "all themes") means every theme.
    raw_theme = request.GET.get("theme", "").strip()
    if raw_theme:
        number = parse_theme(raw_theme)
        if number is None:
            return HttpResponseBadRequest(
                _("The theme parameter must be a theme number, e.g. ?theme=3."),
                content_type="text/plain; charset=utf-8",
            )
        if not Theme.objects.filter(number=number).exists():
            return HttpResponseBadRequest(
                _("There is no theme %(number)s.") % {"number": number},
                content_type="text/plain; charset=utf-8",
            )
        # A subquery rather than a join, so a clause is listed once without DISTINCT. Any
        # locale's theme with that number counts: clauses reference the source locale's.
        through = Clause.themes.through
        clauses = clauses.filter(
            pk__in=through.objects.filter(theme__number=number).values("clause_id")
        )
        filename = f"{FILENAME}-theme-{number}"

    licence = licence_line(hub.locale)
    rows = clause_rows(clauses, hub, request)
    if fmt == "csv":
        response = StreamingHttpResponse(
            _csv_stream(rows, licence), content_type="text/csv; charset=utf-8"
        )
    else:
        response = StreamingHttpResponse(
            _json_stream(rows, licence, clauses.count()),
            content_type="application/json; charset=utf-8",
        )
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response
