"""Navigation built from the page tree: the main menu of the active language and breadcrumbs."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page, Site

from home.models import FooterText
from ourdigitalfuture.core.sites import absolute_url
from ourdigitalfuture.core.templatetags.content_language import lang_attrs, source_language
from ourdigitalfuture.core.templatetags.fragment_cache import cached_inclusion_tag
from ourdigitalfuture.core.translation import source_page, with_own_content

register = template.Library()


def locale_home(request):
    """The home page of the active language (falling back to the site's root page)."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    root = site.root_page
    locale = Locale.get_active()
    if root.locale_id == locale.id:
        return root
    return root.get_translation_or_none(locale) or root


# What naming a page in the menu or breadcrumbs needs (its type gives the section's label).
NAV_FIELDS = (
    "id",
    "title",
    "url_path",
    "content_type_id",
    "alias_of_id",
    "locale_id",
    "translation_key",
)


def source_order(home):
    """A sort key putting `home`'s children in the order of the default language's menu (a
    translation made later is added at the end of its language's tree)."""
    default = Locale.get_default()
    source = (
        home
        if home is None or home.locale_id == default.pk
        else home.get_translation_or_none(default)
    )
    if source is None or source.pk == getattr(home, "pk", None):
        return lambda page: 0
    keys = list(source.get_children().values_list("translation_key", flat=True))
    order = {key: position for position, key in enumerate(keys)}
    return lambda page: order.get(page.translation_key, len(order))


def nav_label(page, request=None):
    """(label, lang/dir attributes) naming `page` in the menus: a section's label from the
    catalogues in the reader's language, else its title (marked when it is an alias's English)."""
    label = getattr(page.specific_class, "menu_label", None)
    if label:
        return str(label), ""
    if page.alias_of_id:
        return page.title, lang_attrs(source_language(page, request))
    return page.title, ""


@register.simple_tag(takes_context=True)
def nav_link(context, page):
    """A link to `page` named as in the menus (see `nav_label`)."""
    label, attrs = nav_label(page, context.get("request"))
    return format_html(
        '<a href="{}"{}>{}</a>', page.get_url(request=context.get("request")), attrs, label
    )


def current_path(context):
    current = context.get("page")
    return (current.url_path if isinstance(current, Page) else "",)


def shown_path(context):
    """What the language switcher and the hreflang links depend on: the page and the URL."""
    request = context.get("request")
    page = context.get("page")
    return (
        page.pk if isinstance(page, Page) else None,
        request.get_full_path() if request is not None else "",
    )


# The chrome's HTML is cached as fragments (ourdigitalfuture.core.page_cache), invalidated with
# the page cache whenever content changes.
@cached_inclusion_tag(register, "includes/main_menu.html", key=current_path)
def main_menu(context):
    request = context.get("request")
    current = context.get("page")
    home = locale_home(request)
    items = list(home.get_children().live().in_menu().only(*NAV_FIELDS)) if home else []
    items.sort(key=source_order(home))
    current_path = current.url_path if isinstance(current, Page) else ""
    return {
        "home": home,
        "items": [
            (
                item,
                *nav_label(item, request),
                current_path.startswith(item.url_path),
                current_path == item.url_path,
            )
            for item in items
        ],
        "request": request,
    }


def shown_page(context):
    """What the breadcrumbs depend on: the page shown (a routable page's view may show it under
    another title)."""
    page = context.get("page")
    return (page.pk, page.title, page.url_path) if isinstance(page, Page) else (None,)


@cached_inclusion_tag(register, "includes/breadcrumbs.html", key=shown_page)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": [], "page": page}
    ancestors = page.get_ancestors().filter(depth__gte=2).only(*NAV_FIELDS)
    return {
        "ancestors": [
            (ancestor, *nav_label(ancestor, context.get("request"))) for ancestor in ancestors
        ],
        "page": page,
        "request": context.get("request"),
    }


def page_translations(context):
    """[(language code, language name, url or None)] for what is being shown, in each language:
    for a page, its live translation, keeping any sub-path of a routable page (a clause, the
    database view); for a view outside the page tree (site search), the same view under each
    language's prefix. The query string (a search, a page of results) is kept; None where the
    page does not exist in that language."""
    request = context.get("request")
    page = context.get("page")
    names = dict(settings.LANGUAGES)
    if request is None:
        return [(code, names[code], None) for code, _name in settings.LANGUAGES]
    cache_key = "_odf_page_translations"
    if hasattr(request, cache_key):
        return getattr(request, cache_key)
    if isinstance(page, Page):
        urls = _page_urls(request, page)
    else:
        urls = _view_urls(request)
    result = [(code, names[code], urls.get(code)) for code, _name in settings.LANGUAGES]
    setattr(request, cache_key, result)
    return result


def _page_urls(request, page):
    page_url = page.get_url(request=request) or ""
    suffix = request.path[len(page_url) :] if page_url and request.path.startswith(page_url) else ""
    query = request.META.get("QUERY_STRING", "")
    urls = {}
    for translation in (
        page.get_translations(inclusive=True)
        .live()
        .select_related("locale")
        .only("id", "url_path", "locale__language_code")
    ):
        url = (translation.get_url(request=request) or "") + suffix
        urls[translation.locale.language_code] = f"{url}?{query}" if query else url
    return urls


def _view_urls(request):
    """The URL being shown reversed under each language's prefix (Django's `translate_url`,
    which keeps the query string); none for a URL that does not resolve (an error page) or
    that Wagtail serves (a page not found has no page to look translations up for)."""
    match = request.resolver_match
    if match is None or match.url_name == "wagtail_serve":
        return {}
    full_path = request.get_full_path()
    urls = {}
    for code, _name in settings.LANGUAGES:
        url = translate_url(full_path, code)
        if url.startswith(f"/{code}/"):
            urls[code] = url
    return urls


@cached_inclusion_tag(register, "includes/language_switcher.html", key=shown_path)
def language_switcher(context):
    """The languages, each linking to this page in it, else (marked "*", which a legend
    explains in the reader's language) to that language's home page."""
    current = get_language()
    languages = [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "url": url or f"/{code}/",
            "available": url is not None,
            "current": code == current,
        }
        for code, _name, url in page_translations(context)
    ]
    return {
        "languages": languages,
        "some_unavailable": any(not item["available"] for item in languages),
    }


@cached_inclusion_tag(register, "includes/hreflang.html", key=shown_path)
def hreflang_links(context):
    """The page's translations with content of their own as hreflang alternates (a page still
    showing its English source names that as canonical instead, and lists no alternates)."""
    request = context.get("request")
    page = context.get("page")
    own = None
    if isinstance(page, Page):
        own = set()
        if source_language(page, request) is None:
            own = set(
                with_own_content(page.get_translations(inclusive=True).live()).values_list(
                    "locale__language_code", flat=True
                )
            )
    links = [
        (code, absolute_url(request, url))
        for code, _name, url in page_translations(context)
        if url is not None and (own is None or code in own)
    ]
    default = next((href for code, href in links if code == settings.LANGUAGE_CODE), None)
    return {"links": links, "default": default, "canonical": canonical_url(context)}


def canonical_url(context):
    """The page's own address, on the site's host, without the query string; a page not yet
    translated (an alias, or a translation not yet published) names its source's, as it shows
    the source's content."""
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page):
        return None
    path = request.path
    source = source_page(page) if source_language(page, request) else None
    if source is not None:
        page_url = page.get_url(request=request) or ""
        suffix = path[len(page_url) :] if page_url and path.startswith(page_url) else ""
        path = (source.get_url(request=request) or path) + suffix
    return absolute_url(request, path)


@register.simple_tag
def footer_text():
    """The footer words in the active language (or the default language's, marked)."""
    return FooterText.for_locale(Locale.get_active())
