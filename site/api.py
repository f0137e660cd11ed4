"""Wagtail API v2: pages, images and documents, read-only.

Every answer is JSON, errors included: 400 with a message for a parameter that is not valid,
404 for an object or endpoint that does not exist (never a redirect under a language prefix,
see `ourdigitalfuture.middleware.LocaleMiddleware`), never a 500. Wagtail's endpoints already
answer most bad parameters with a 400; the subclasses here check the rest before anything
reaches the database or the search backend: a NUL in any parameter, numbers (ids, limit,
offset) that are not plain digits or do not fit a database integer, an unknown
`search_operator` or `locale`, a search that is too long.
"""

import re

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404, JsonResponse
from django.urls import include, path, re_path
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.response import Response
from wagtail.api.v2.filters import LocaleFilter, SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import CollectionViewRestriction, Locale

from search.forms import MAX_QUERY_LENGTH, clean_text

# The largest primary key a database integer column holds (PostgreSQL's bigint; SQLite raises
# OverflowError past it).
MAX_ID = 2**63 - 1
DIGITS = re.compile(r"[0-9]+")
# Parameters that are numbers (or, for the page tree filters, "root").
NUMBER_PARAMETERS = ("id", "limit", "offset", "ancestor_of")
NUMBER_OR_ROOT_PARAMETERS = ("child_of", "descendant_of", "translation_of")
SEARCH_OPERATORS = ("and", "or")
MAX_HTML_PATH_LENGTH = 2000


def is_database_id(value):
    """True for a whole number written in ASCII digits that a database integer can hold."""
    # The length first: int() refuses a string of thousands of digits (ValueError).
    return len(value) <= len(str(MAX_ID)) and bool(DIGITS.fullmatch(value)) and int(value) <= MAX_ID


class CheckedSearchFilter(SearchFilter):
    """Wagtail's search filter, with the search text checked and cleaned first: a text longer
    than the site search allows or an unknown operator is a 400 (Wagtail's search backend
    raised a ValueError, a 500, for `search_operator=evil`); control characters are dropped, as
    the site search drops them; a search of nothing but spaces searches nothing (the listing)."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        text = request.GET["search"]
        if len(text) > MAX_QUERY_LENGTH:
            raise BadRequestError(
                _("search is too long: use at most %(limit)d characters")
                % {"limit": MAX_QUERY_LENGTH}
            )
        operator = request.GET.get("search_operator")
        if operator is not None and operator.lower() not in SEARCH_OPERATORS:
            raise BadRequestError(_("search_operator must be “and” or “or”"))
        cleaned = clean_text(text)
        if not cleaned:
            return queryset
        query = request.GET.copy()
        query["search"] = cleaned
        if operator is not None:
            query["search_operator"] = operator.lower()
        original = request._request.GET
        request._request.GET = query
        try:
            return super().filter_queryset(request, queryset, view)
        finally:
            request._request.GET = original


class CheckedLocaleFilter(LocaleFilter):
    """An unknown language code is a bad parameter (400), not a missing object (Wagtail: 404)."""

    def filter_queryset(self, request, queryset, view):
        if "locale" in request.GET:
            code = request.GET["locale"]
            if not Locale.objects.filter(language_code=code).exists():
                raise BadRequestError(_("locale: no such language"))
        return super().filter_queryset(request, queryset, view)


class CheckedParametersMixin:
    """Check the parameters every endpoint reads before Wagtail does."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for name, value in request.GET.items():
            # PostgreSQL cannot compare text with a NUL in it (a ValueError, so a 500).
            if "\x00" in value:
                raise BadRequestError(
                    _("%(name)s: null characters are not allowed") % {"name": name}
                )
        for name in NUMBER_PARAMETERS + NUMBER_OR_ROOT_PARAMETERS:
            value = request.GET.get(name)
            if value is None or (name in NUMBER_OR_ROOT_PARAMETERS and value == "root"):
                continue
            if not is_database_id(value):
                raise BadRequestError(_("%(name)s must be a positive integer") % {"name": name})
        if len(request.GET.get("html_path", "")) > MAX_HTML_PATH_LENGTH:
            raise BadRequestError(_("html_path is not a valid path"))

    def get_object(self):
        # The URL's pattern (\d+) also lets through non-ASCII digits and numbers too large for
        # the database: no such object.
        if not is_database_id(str(self.kwargs.get("pk", ""))):
            raise Http404(_("not found"))
        return super().get_object()

    def handle_exception(self, exc):
        if isinstance(exc, ValidationError):
            # A field filter's value the database field cannot read (a date that is not one).
            return Response({"message": " ".join(exc.messages)}, status=status.HTTP_400_BAD_REQUEST)
        return super().handle_exception(exc)


def checked(filter_backends):
    replacements = {SearchFilter: CheckedSearchFilter, LocaleFilter: CheckedLocaleFilter}
    return [replacements.get(backend, backend) for backend in filter_backends]


class SitePagesAPIViewSet(CheckedParametersMixin, PagesAPIViewSet):
    filter_backends = checked(PagesAPIViewSet.filter_backends)


class SiteImagesAPIViewSet(CheckedParametersMixin, ImagesAPIViewSet):
    filter_backends = checked(ImagesAPIViewSet.filter_backends)


class SiteDocumentsAPIViewSet(CheckedParametersMixin, DocumentsAPIViewSet):
    filter_backends = checked(DocumentsAPIViewSet.filter_backends)

    def get_queryset(self):
        """Documents in a collection with a view restriction (or under one), such as the hub's
        submitted files before their clause is published (clauses.source_documents), are never
        listed or found, whoever asks: Wagtail's own viewset shows them to a user who passes the
        restriction, and an API answer is public data that a cache may keep for anyone."""
        restricted = Q()
        paths = CollectionViewRestriction.objects.values_list("collection__path", flat=True)
        for collection_path in paths:
            restricted |= Q(collection__path__startswith=collection_path)
        queryset = super().get_queryset()
        return queryset.exclude(restricted) if restricted else queryset


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", SitePagesAPIViewSet)
api_router.register_endpoint("images", SiteImagesAPIViewSet)
api_router.register_endpoint("documents", SiteDocumentsAPIViewSet)


def endpoint_not_found(request, rest=""):
    """Any other path under /api/v2/: a JSON 404, as the endpoints answer."""
    return JsonResponse({"message": _("not found")}, status=404)


# Included at /api/v2/ by the root URLs.
urlpatterns = [
    path("", api_router.urls),
    re_path(r"^(?P<rest>.*)$", endpoint_not_found),
]
api_urls = include(urlpatterns)
