"""The hub's read-only JSON API (django-ninja), mounted at /api/hub/v1/ by the root URLs:

* `GET clauses`: the clause database's search, with the database view's filters (validated by
  its form, `ClauseSearchForm`) and run on the same search engines, paginated;
* `GET clauses/{identifier}`: one clause (optionally in one language);
* `GET themes`: the themes and their sub-themes with their codes;
* `GET openapi.json`: the OpenAPI description (no interactive docs page: it needs scripts the
  site's Content-Security-Policy does not allow).

Only live clauses, ever. Every error is JSON, `{"message": ...}` with a 4xx: a filter value
that is not valid (400, with `errors` per parameter), a page past the last (404), an unknown
clause or path (404); never a 5xx. Successful answers may be cached for a minute and read by
any origin (`Access-Control-Allow-Origin: *`): the data is public."""

from functools import wraps

from django.conf import settings
from django.http import Http404, JsonResponse
from django.urls import include, path, re_path
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Query
from ninja.decorators import decorate_view
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError
from wagtail.models import Locale

from ourdigitalfuture.core.ratelimit import throttle
from ourdigitalfuture.core.sites import absolute_url
from ourdigitalfuture.core.translation import localize
from search.engines import MAX_RESULT_WINDOW

from .api_schemas import (
    ClauseDetailOut,
    ClauseFilters,
    ClausePageOut,
    ErrorOut,
    LanguageChoice,
    ThemeOut,
    ThrottledOut,
)
from .database.forms import ClauseSearchForm
from .database.spec import IDENTIFIER, clause_search
from .models import Clause, HubPage, SubTheme, Theme
from .models.versions import shown_version_of
from .open_data import FACETS, clause_url_template, facet_values
from .plain_text import html_to_text

CACHE_SECONDS = 60
# The clause fields every item carries, read as values: the API's name -> the field.
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
    "employer": "employer",
    "bargaining_level": "bargaining_level",
    "date_signed": "date_signed",
    "valid_from": "valid_from",
    "valid_until": "valid_until",
    "workers_covered": "workers_covered",
    "text_status": "text_status",
    "original_language": "original_language",
    "source_url": "source_url",
}

api = NinjaAPI(
    title="Digital Bargaining Hub API",
    version="1",
    description=(
        "Read-only access to the published clauses of the Digital Bargaining Hub, with the "
        "filters of the hub's database view. Errors are JSON with a `message`."
    ),
    urls_namespace="hubapi",
    openapi_url="/openapi.json",
    docs_url=None,
)


# Errors: always JSON with a message --------------------------------------------------------


def error(request, message, status, errors=None):
    body = {"message": message}
    if errors:
        body["errors"] = errors
    return api.create_response(request, body, status=status)


def invalid(request, errors):
    """A 400 naming each parameter that is not valid and why ({name: [message, ...]})."""
    errors = {name: [str(text) for text in texts] for name, texts in errors.items()}
    message = "; ".join(f"{name}: {' '.join(texts)}" for name, texts in errors.items())
    return error(request, message or _("The request is not valid."), 400, errors)


@api.exception_handler(NinjaValidationError)
def invalid_parameters(request, exc):
    """A parameter of the wrong type or out of bounds (ninja answers 422; the site, 400)."""
    errors = {}
    for item in exc.errors:
        name = str(item.get("loc", ("", "?"))[-1])
        errors.setdefault(name, []).append(str(item.get("msg", "")))
    return invalid(request, errors)


@api.exception_handler(Http404)
def not_found(request, exc):
    return error(request, str(exc) or _("Not found."), 404)


@api.exception_handler(HttpError)
def http_error(request, exc):
    return error(request, exc.message, exc.status_code)


def public_answer(view):
    """Headers of every answer: any origin may read it; a successful one may be cached."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        if response.status_code == 200:
            response["Cache-Control"] = f"max-age={CACHE_SECONDS}"
        return response

    return wrapped


# Reading clauses -----------------------------------------------------------------------------


def clause_urls(request):
    """A function giving a clause's page URL from its language and identifier: on the hub of
    that language, or of the default language if that one has none."""
    hubs = {
        hub.locale.language_code: hub for hub in HubPage.objects.live().select_related("locale")
    }
    templates = {code: clause_url_template(hub, request) for code, hub in hubs.items()}
    fallback = templates.get(Locale.get_default().language_code)

    def url(language, identifier):
        template = templates.get(language, fallback)
        return template(identifier) if template else None

    return url


def clause_records(pks, request):
    """The live clauses with primary keys `pks` as API items, in that order, in one query for
    the clauses and one per list (themes, sub-themes, unions, sectors)."""
    pks = list(pks)
    rows = Clause.objects.filter(live=True, pk__in=pks).values("pk", *VALUE_FIELDS.values())
    found = {row["pk"]: row for row in rows}
    lists = {column: facet_values(column, list(found)) for column in FACETS}
    url = clause_urls(request) if found else None
    records = []
    for pk in pks:
        row = found.get(pk)
        if row is None:
            continue
        record = {name: row[field] for name, field in VALUE_FIELDS.items()}
        record["commentary"] = html_to_text(record["commentary"])  # plain text, as in open data
        for name in (
            "commentary",
            "source_title",
            "employer",
            "bargaining_level",
            "text_status",
            "source_url",
        ):
            record[name] = record[name] or None
        for column in FACETS:
            record[column] = lists[column].get(pk, [])
        record["url"] = url(record["language"], record["identifier"])
        records.append(record)
    return records


def page_url(request, page):
    """This request's absolute URL on page `page` (None for no such page)."""
    if page is None:
        return None
    query = request.GET.copy()
    query["page"] = str(page)
    return absolute_url(request, f"{request.path}?{query.urlencode()}")


def checked_language(language):
    if language is not None and language not in dict(settings.LANGUAGES):
        codes = ", ".join(code for code, _name in settings.LANGUAGES)
        raise HttpError(400, _("language: use one of %(codes)s.") % {"codes": codes})
    return language


# Endpoints -----------------------------------------------------------------------------------

ALLOWED_PARAMETERS = set(ClauseFilters.model_fields)


@api.get("/clauses", response={200: ClausePageOut, 400: ErrorOut, 404: ErrorOut, 429: ThrottledOut})
@decorate_view(public_answer)
@decorate_view(throttle("searches", "SEARCHES_PER_MINUTE", methods=("GET", "HEAD"), json=True))
def list_clauses(request, filters: Query[ClauseFilters]):
    """The published clauses matching the filters: the clause database's search."""
    values = filters.model_dump(exclude={"page", "page_size"}, exclude_none=True)
    form = ClauseSearchForm(
        {name: str(value) for name, value in values.items()}, Locale.get_default()
    )
    # A parameter the database view does not know is a mistake worth saying (a typo would
    # otherwise return every clause).
    unknown = sorted(set(request.GET) - ALLOWED_PARAMETERS) + sorted(set(values) - set(form.fields))
    if unknown:
        return invalid(request, {name: [_("There is no such parameter.")] for name in unknown})
    if not form.is_valid():
        return invalid(request, form.errors)
    size = filters.page_size
    last_page = MAX_RESULT_WINDOW // size
    if filters.page > last_page:
        message = _("page: at most %(pages)d pages of %(size)d clauses can be read.")
        return error(request, message % {"pages": last_page, "size": size}, 400)
    results = clause_search(form.to_query(page=filters.page, page_size=size))
    if filters.page > results.num_pages:
        message = _("page: there is no page %(page)d; the last page is %(last)d.")
        return error(request, message % {"page": filters.page, "last": results.num_pages}, 404)
    page = results.page
    return {
        "count": results.total,
        "page": page,
        "page_size": size,
        "num_pages": results.num_pages,
        "next": page_url(request, page + 1 if page < results.num_pages else None),
        "previous": page_url(request, page - 1 if page > 1 else None),
        "results": clause_records([hit.record.pk for hit in results.hits], request),
    }


@api.get("/clauses/{identifier}", response={200: ClauseDetailOut, 400: ErrorOut, 404: ErrorOut})
@decorate_view(public_answer)
def get_clause(request, identifier: str, choice: Query[LanguageChoice]):
    """One published clause: by default the version in English (or in its original language,
    where it has no English version); with `language`, its version in that language."""
    language = checked_language(choice.language)
    no_such_clause = _("There is no published clause with this identifier.")
    if not IDENTIFIER.fullmatch(identifier):
        raise Http404(no_such_clause)
    live = Clause.objects.filter(live=True, identifier=identifier)
    if language:
        clause = live.filter(locale__language_code=language).first()
        if clause is None:
            raise Http404(_("This clause is not published in this language."))
    else:
        clause = shown_version_of(live, Locale.get_default().language_code)
    if clause is None:
        raise Http404(no_such_clause)
    record = clause_records([clause.pk], request)[0]
    record["versions"] = sorted(live.values_list("locale__language_code", flat=True))
    return record


@api.get("/themes", response={200: list[ThemeOut], 400: ErrorOut})
@decorate_view(public_answer)
def list_themes(request, choice: Query[LanguageChoice]):
    """The themes and their sub-themes with their codes (the `theme` and `subtheme` filters),
    titled in `language` where translated (English by default)."""
    language = checked_language(choice.language) or Locale.get_default().language_code
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    default = Locale.get_default()
    themes = list(Theme.objects.filter(locale=default))
    subthemes = list(SubTheme.objects.filter(locale=default).select_related("theme"))
    theme_titles = localize(themes, locale, Theme.objects.all())
    subtheme_titles = localize(subthemes, locale, SubTheme.objects.all())
    found = []
    for theme, shown in zip(themes, theme_titles, strict=True):
        found.append(
            {
                "number": theme.number,
                "slug": theme.slug,
                "title": shown.title,
                "subthemes": [
                    {"slug": subtheme.slug, "title": title.title}
                    for subtheme, title in zip(subthemes, subtheme_titles, strict=True)
                    if subtheme.theme_id == theme.pk
                ],
            }
        )
    return found


def path_not_found(request, rest=""):
    """Any other path under the API: a JSON 404, as the endpoints answer."""
    response = JsonResponse({"message": _("Not found.")}, status=404)
    response["Access-Control-Allow-Origin"] = "*"
    return response


# Included at /api/hub/v1/ by the root URLs.
urlpatterns = [
    path("", api.urls),
    re_path(r"^(?P<rest>.*)$", path_not_found),
]
api_urls = include(urlpatterns)
