"""The open data as a Frictionless data package: `/<language>/hub/data/datapackage.json`
describes the hub's CSV and JSON files (`clauses.open_data`) with one Table Schema (every
column's type, title, meaning and codes: `clauses.codebook`), the licence and a citation; the
codebook page, `/<language>/hub/data/`, shows the same descriptor to people, in the reader's
language. Both come from `descriptor()`, so the page and the package never disagree."""

from django.conf import settings
from django.db.models import Max
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .codebook import table_schema
from .models import Clause
from .open_data import FILENAME, licence_line, licence_of

# How people read a column's Table Schema type and format on the codebook page.
TYPE_LABELS = {
    "string": gettext_lazy("text"),
    "integer": gettext_lazy("whole number"),
    "date": gettext_lazy("date (YYYY-MM-DD)"),
    "list": gettext_lazy("list"),
    "uri": gettext_lazy("web address"),
}


def last_updated(hub):
    """When a clause in the hub's language was last published (None before the first)."""
    found = Clause.objects.filter(locale_id=hub.locale_id, live=True)
    return found.aggregate(latest=Max("last_published_at"))["latest"]


def licence_descriptor(hub, line):
    """The package's licence: the Creative Commons licence the site's licence line names, or
    else the codebook page, where the line is shown."""
    found = licence_of(line)
    if found:
        return {"name": found[0], "path": found[1], "title": line}
    return {"path": data_url(hub), "title": line}


def data_url(hub, name="codebook", request=None):
    base = hub.get_full_url(request) or hub.get_url(request) or ""
    return base + hub.reverse_subpage(name)


def descriptor(hub, request=None, all_codes=None):
    """The data package of the hub's open data in the hub's language (labels in the active
    language). The files' paths are relative to the descriptor: they sit beside it."""
    locale = hub.locale
    language = dict(settings.LANGUAGES).get(locale.language_code, locale.language_code)
    line = licence_line(locale)
    updated = last_updated(hub)
    schema = table_schema(locale, all_codes)
    names = [field["name"] for field in schema["fields"]]
    package_url = data_url(hub, "data_package", request)
    title = _("%(hub)s: clauses in %(language)s") % {"hub": hub.title, "language": language}
    as_of = updated.date().isoformat() if updated else ""
    package = {
        "profile": "tabular-data-package",
        "name": f"{FILENAME}-{locale.language_code}",
        "title": title,
        "description": _(
            "Every clause the hub publishes in this language, one row per clause: its wording, "
            "the facets to find it by and where it comes from. A clause's translations share "
            "its identifier. Rows are in the order of the identifiers' numbers."
        ),
        "homepage": hub.get_full_url(request) or hub.url,
        "licenses": [licence_descriptor(hub, line)],
        "citation": _("%(title)s. Data package, as of %(date)s. %(url)s")
        % {"title": title, "date": as_of or "—", "url": package_url},
        "resources": [
            {
                "name": "clauses-csv",
                "title": _("The clauses as CSV"),
                "path": "clauses.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {"delimiter": ",", "quoteChar": '"', "header": True},
                "schema": schema,
            },
            {
                "name": "clauses-json",
                "title": _("The clauses as JSON"),
                "path": "clauses.json",
                "profile": "tabular-data-resource",
                "format": "json",
                "mediatype": "application/json",
                "encoding": "utf-8",
                # The rows are the objects of the document's "clauses" list.
                "dialect": {"json": {"property": "clauses", "keyed": True, "keys": names}},
                "schema": schema,
            },
        ],
    }
    if updated:
        package["created"] = updated.isoformat()
    return package


def data_package_view(request, hub):
    """The hub's data package descriptor, datapackage.json."""
    return JsonResponse(
        descriptor(hub, request),
        json_dumps_params={"ensure_ascii": False, "indent": 1},
        content_type="application/json; charset=utf-8",
    )


def codebook_fields(package):
    """The schema's fields as the codebook page lists them."""
    fields = []
    for field in package["resources"][0]["schema"]["fields"]:
        constraints = field.get("constraints", {})
        fields.append(
            {
                **field,
                "type_label": TYPE_LABELS.get(field.get("format") or field["type"], field["type"]),
                "item_label": TYPE_LABELS.get(field.get("itemType"), ""),
                "required": constraints.get("required", False),
                "codes": field.get("categories", []),
            }
        )
    return fields


def codebook_view(request, hub):
    """The codebook: the data package in words, for people."""
    package = descriptor(hub, request)
    context = {
        "page": hub,
        "hub": hub,
        "package": package,
        "licence": package["licenses"][0],
        "fields": codebook_fields(package),
        "updated": last_updated(hub),
        "csv_url": hub.url + hub.reverse_subpage("open_data", kwargs={"fmt": "csv"}),
        "json_url": hub.url + hub.reverse_subpage("open_data", kwargs={"fmt": "json"}),
        "package_url": hub.url + hub.reverse_subpage("data_package"),
        "feed_url": hub.url + hub.reverse_subpage("feed"),
    }
    return TemplateResponse(request, "clauses/codebook.html", context)
