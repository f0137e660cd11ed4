"""The hub's open-data exchange format, and the download view that serves it.

One definition, used both ways: the hub publishes its live clauses as CSV or JSON in the
`COLUMNS` format (`open_data_view`), and `manage.py import_clauses` reads files in the same
format back in. Lists (themes, sub-themes, unions, sectors) are joined with `LIST_SEPARATOR`.
The columns' meaning, types and codes are `clauses.codebook`, published as the data package
that describes both files (`clauses.data_package`): the CSV's first line is its header, text
columns are plain text, and each file's `Link` header points at the package and the licence.
"""

import csv
import itertools
import json
import re
from collections import defaultdict

from django.http import Http404, HttpResponseBadRequest, StreamingHttpResponse
from django.urls import reverse
from django.utils.encoding import iri_to_uri
from django.utils.translation import gettext as _

from home.models import FooterText
from ourdigitalfuture.core.sites import site_for

from .codebook import COLUMNS as CODEBOOK_COLUMNS
from .codebook import LIST_SEPARATOR, NAMES
from .models import Clause, Theme
from .plain_text import html_to_text
from .source_documents import PUBLIC_COLLECTION

# The columns, their meaning and codes: clauses.codebook (also the data package's schema).
COLUMNS = NAMES
# Columns whose cell holds several values.
LIST_COLUMNS = tuple(column.name for column in CODEBOOK_COLUMNS if column.is_list)

DEFAULT_LICENCE = "Digital Bargaining Hub — CC BY-NC-ND 4.0"
# A Creative Commons 4.0 licence named in the licence line, e.g. "CC BY-NC-ND 4.0".
CC_LICENCE = re.compile(r"\bCC BY((?:-(?:NC|ND|SA))*) 4\.0\b")
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
    column: column
    for column in NAMES
    if column not in FACETS and column not in ("language", "country", "source_document_url", "url")
}
VALUE_FIELDS |= {"language": "locale__language_code", "country": "country__code"}
DATE_COLUMNS = tuple(column.name for column in CODEBOOK_COLUMNS if column.type == "date")
# The source document: its file, and whether it is public (its clause is published).
DOCUMENT_FIELDS = {
    "id": "source_document_id",
    "file": "source_document__file",
    "collection": "source_document__collection__name",
    "depth": "source_document__collection__depth",
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


def document_url_template(request=None):
    """A function giving a public source document's URL from its values (DOCUMENT_FIELDS), or
    "" for no document or one still private (its clause never published)."""
    root = site_for(request).root_url

    def url_for(values):
        public = values["collection"] == PUBLIC_COLLECTION and values["depth"] == 2
        if values["id"] is None or not public:
            return ""
        filename = values["file"].rsplit("/", 1)[-1]
        return root + reverse("wagtaildocs_serve", args=(values["id"], filename))

    return url_for


def clause_rows(queryset, hub, request=None):
    """One dict per clause of `queryset`, keyed by `COLUMNS`, in the queryset's order: text as
    plain text, dates in ISO 8601, a missing number or date None (empty in the CSV, null in
    the JSON), a missing text "".

    Clauses are read CHUNK_SIZE at a time, each chunk with one query for the clauses (locale,
    country and source document joined) and one per list column, so the query count does not
    depend on the number of clauses in a chunk and memory stays flat however many there are."""
    url_for = clause_url_template(hub, request)
    document_url = document_url_template(request)
    fields = ["pk", *VALUE_FIELDS.values(), *DOCUMENT_FIELDS.values()]
    values = queryset.values(*fields).iterator(chunk_size=CHUNK_SIZE)
    while chunk := list(itertools.islice(values, CHUNK_SIZE)):
        ids = [clause["pk"] for clause in chunk]
        facets = {column: facet_values(column, ids) for column in FACETS}
        for clause in chunk:
            row = {column: clause[field] for column, field in VALUE_FIELDS.items()}
            for column in FACETS:
                row[column] = join_list(facets[column].get(clause["pk"], ()))
            row["commentary"] = html_to_text(row["commentary"])
            row["country"] = row["country"] or ""
            for column in DATE_COLUMNS:
                row[column] = row[column].isoformat() if row[column] else None
            document = {key: clause[field] for key, field in DOCUMENT_FIELDS.items()}
            row["source_document_url"] = document_url(document)
            row["url"] = url_for(row["identifier"])
            yield {column: row[column] for column in COLUMNS}


def licence_line(locale):
    """The site's licence line in `locale`, on one line (the data package's licence title)."""
    footer = FooterText.for_locale(locale)
    text = footer.licence_line if footer else ""
    return " ".join(text.split()) or DEFAULT_LICENCE


def licence_of(line):
    """(SPDX identifier, address) of the Creative Commons 4.0 licence `line` names, or None."""
    found = CC_LICENCE.search(line)
    if found is None:
        return None
    terms = "by" + found.group(1).lower()
    return f"CC-{terms.upper()}-4.0", f"https://creativecommons.org/licenses/{terms}/4.0/"


def link_header(hub, request, licence):
    """The `Link` header of a data file: the data package describing it and its licence."""
    base = hub.get_full_url(request) or hub.get_url(request) or ""
    package = iri_to_uri(base + hub.reverse_subpage("data_package"))
    links = [f'<{package}>; rel="describedby"; type="application/json"']
    cc = licence_of(licence)
    if cc:
        links.append(f'<{cc[1]}>; rel="license"')
    return ", ".join(links)


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


def _csv_stream(rows):
    writer = csv.writer(_Echo())
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
    clauses = Clause.objects.filter(locale_id=hub.locale_id, live=True).order_by(
        "identifier_number", "identifier"
    )
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
        response = StreamingHttpResponse(_csv_stream(rows), content_type="text/csv; charset=utf-8")
    else:
        response = StreamingHttpResponse(
            _json_stream(rows, licence, clauses.count()),
            content_type="application/json; charset=utf-8",
        )
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    response["Link"] = link_header(hub, request, licence)
    return response
