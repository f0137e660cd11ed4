"""Serving the packs: built once per published version and language, then kept in the cache.

A pack's cache key is made of what it shows: the revision each page's live content comes from
(an alias's, its original's), when it was published, the related tool's, and the reader's
language. Publishing a workshop (or the course index, or a tool a workshop names) changes the
key, so the next download builds the pack again; saving a draft changes nothing, as the pack is
drawn from the live pages. Unpublishing or adding a workshop changes the course's list of pages,
hence its key. Superseded entries expire with `CACHE_SECONDS`."""

import hashlib

from django.core.cache import cache
from django.http import HttpResponse
from django.utils import translation
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe
from wagtail.models import Page

from ourdigitalfuture.core.translation import with_source_language
from workshops.models import WORKSHOP_COUNT, WorkshopIndexPage, WorkshopPage

from .document import course_pack, workshop_pack

# Changed whenever the packs' layout changes, so that packs built by earlier code are not served.
PACK_FORMAT = 1
CACHE_SECONDS = 30 * 24 * 60 * 60


def published_version(page):
    """What identifies the published content `page` shows."""
    if page is None:
        return None
    original = page.alias_of if page.alias_of_id else None
    return (
        page.pk,
        str(page.translation_key),
        page.live_revision_id,
        original.live_revision_id if original else None,
        page.last_published_at.isoformat() if page.last_published_at else "",
    )


def course_workshops(index):
    """The course's live, public workshops in the index's language, in order."""
    return list(
        with_source_language(
            WorkshopPage.objects.live().public().child_of(index).order_by("number")
        ).select_related("locale", "alias_of", "related_tool")
    )


def workshop_total(workshop):
    return max(workshop.course_neighbours()[2], WORKSHOP_COUNT)


def _key(kind, language, versions):
    digest = hashlib.sha256(repr((PACK_FORMAT, kind, language, versions)).encode()).hexdigest()
    return f"workshops:pack:{kind}:{language}:{digest}"


def pack_key(page, language, workshops=None):
    """The cache key of `page`'s pack (a workshop's or the course's) in `language`."""
    if isinstance(page, WorkshopIndexPage):
        workshops = course_workshops(page) if workshops is None else workshops
        versions = [published_version(page)] + [
            (published_version(w), published_version(w.related_tool)) for w in workshops
        ]
        return _key("course", language, versions)
    total = workshop_total(page)
    versions = [published_version(page), published_version(page.related_tool), total]
    return _key("workshop", language, versions)


def build_pack(page, workshops=None):
    """The PDF bytes of `page`'s pack, in the active language."""
    root_url = page.get_site().root_url
    if isinstance(page, WorkshopIndexPage):
        workshops = course_workshops(page) if workshops is None else workshops
        return course_pack(page, workshops, root_url)
    return workshop_pack(page, workshop_total(page), root_url)


def pack_bytes(page, language):
    """`page`'s pack in `language` from the cache, or built and kept there."""
    with translation.override(language):
        workshops = course_workshops(page) if isinstance(page, WorkshopIndexPage) else None
        key = pack_key(page, language, workshops)
        content = cache.get(key)
        if content is None:
            content = build_pack(page, workshops)
            cache.set(key, content, CACHE_SECONDS)
    return content


def pack_filename(page, language):
    if isinstance(page, WorkshopPage):
        return f"workshop-{page.number}-{page.slug}-{language}.pdf"
    return f"{page.slug}-{language}.pdf"


@require_safe
def pack_view(request, page):
    """A workshop page's or the course index's pack, as a download in the page's language."""
    page = page.specific if type(page) is Page else page
    language = page.locale.language_code
    response = HttpResponse(pack_bytes(page, language), content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        True, pack_filename(page, language)
    )
    response["Content-Length"] = str(len(response.content))
    return response
