"""Content shown in another language than the page's: a page not yet translated (an alias, or a
translation whose translated version is not published) shows its source's text under the
reader's interface. Templates mark that text with its own `lang`/`dir` (`content_attrs`) and
say so in the reader's language, linking to the translations that exist (`untranslated_notice`)."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from ourdigitalfuture.core.templatetags.fragment_cache import cached_inclusion_tag
from ourdigitalfuture.core.translation import (
    SOURCE_LANGUAGE,
    shows_source_content,
    source_page,
    with_own_content,
)

register = template.Library()

_UNSET = object()


def default_locale_id(request):
    """The default locale's id, looked up once per request."""
    if request is None:
        return Locale.get_default().pk
    if not hasattr(request, "_odf_default_locale_id"):
        request._odf_default_locale_id = Locale.get_default().pk
    return request._odf_default_locale_id


def source_language(page, request=None):
    """The language code of the text `page` shows when it is not its own locale's, else None
    (remembered on the page object for the rest of the request)."""
    if not isinstance(page, Page):
        return None
    if SOURCE_LANGUAGE in page.__dict__:  # read with `with_source_language`
        return getattr(page, SOURCE_LANGUAGE)
    code = getattr(page, "_odf_source_language", _UNSET)
    if code is _UNSET:
        code = None
        if shows_source_content(page, default_locale_id(request)):
            source = source_page(page)
            code = source.locale.language_code if source else None
        page._odf_source_language = code
    return code


def lang_attrs(code):
    """` lang="xx" dir="…"` for text in language `code`, or "" for None."""
    if not code:
        return ""
    direction = "rtl" if get_language_info(code)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)


@register.simple_tag(takes_context=True)
def content_attrs(context, page):
    """The `lang`/`dir` attributes for an element holding `page`'s own fields ("" when the page
    shows text in its own language)."""
    return lang_attrs(source_language(page, context.get("request")))


def notice_key(context, page):
    return (getattr(page, "pk", None), getattr(page, "alias_of_id", None))


# Cached as a fragment (page_cache), invalidated when content changes (a translator's saved
# string included: it shows the progress).
@cached_inclusion_tag(register, "core/includes/untranslated_notice.html", key=notice_key)
def untranslated_notice(context, page):
    request = context.get("request")
    code = source_language(page, request)
    if not code:
        return {"show": False}
    translations = (
        with_own_content(page.get_translations(inclusive=False).live())
        .select_related("locale")
        .order_by("locale__language_code")
    )
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id
        )
        .select_related("source")
        .first()
    )
    progress = None
    if translation is not None and translation.enabled:
        total, done = translation.get_progress()
        progress = round(100 * done / total) if total else 100
    return {
        "show": True,
        "source_name": get_language_info(code)["name_translated"],
        "progress": progress,
        "translations": [
            {
                "code": t.locale.language_code,
                "name": get_language_info(t.locale.language_code)["name_local"],
                "url": t.get_url(request=request),
            }
            for t in translations
        ],
    }
