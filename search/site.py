"""Pages in site search: the one kind of result `search` registers itself (Wagtail's pages are
generic); apps register their own kinds (`search.registry`)."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PageViewRestriction

from .engines.database import page_models
from .registry import Above, NotUnder, SiteKind, Term


def public_pages(locale_id):
    """The pages site search shows in a language: live, public, with content of their own (an
    alias repeats its English source, which the English search finds)."""
    return (
        Page.objects.live().public().filter(locale_id=locale_id, depth__gt=1, alias_of__isnull=True)
    )


def page_filters(locale_id):
    restricted = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
    return [
        Term("live", True),
        Term("locale", locale_id),
        Above("depth", 1),
        NotUnder("path", restricted),
    ]


def displayed_pages(locale_id, pks):
    return {p.pk: p for p in public_pages(locale_id).filter(pk__in=pks).specific()}


PAGES = SiteKind(
    name="page",
    label=_("Pages"),
    model=Page,
    models=page_models,
    candidates=public_pages,
    index_filters=page_filters,
    displayed=displayed_pages,
    template="search/includes/page_hit.html",
    highlighted=("intro", "summary", "body", "strapline"),
    position=0,
)
