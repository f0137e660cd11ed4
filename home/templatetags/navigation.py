"""Navigation built from the page tree: the main menu of the active language and breadcrumbs."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page, Site

from home.models import FooterText
from ourdigitalfuture.core.sites import absolute_url

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


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    current = context.get("page")
    home = locale_home(request)
    items = (
        list(home.get_children().live().in_menu().only("id", "title", "url_path")) if home else []
    )
    current_path = current.url_path if isinstance(current, Page) else ""
    return {
        "home": home,
        "items": [
            (item, current_path.startswith(item.url_path), current_path == item.url_path)
            for item in items
        ],
        "request": request,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": [], "page": page}
    ancestors = page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path")
    return {"ancestors": list(ancestors), "page": page, "request": context.get("request")}


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


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    current = get_language()
    return {
        "languages": [
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url or f"/{code}/",
                "available": url is not None,
                "current": code == current,
            }
            for code, _name, url in page_translations(context)
        ]
    }


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    request = context.get("request")
    links = [
        (code, absolute_url(request, url))
        for code, _name, url in page_translations(context)
        if url is not None
    ]
    default = next((href for code, href in links if code == settings.LANGUAGE_CODE), None)
    return {"links": links, "default": default, "canonical": canonical_url(context)}


def canonical_url(context):
    """The page's own address, on the site's host, without the query string; an alias (a copy
    of a page not yet translated) names its source's, as it shows the source's content."""
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page):
        return None
    path = request.path
    if page.alias_of_id:
        page_url = page.get_url(request=request) or ""
        suffix = path[len(page_url) :] if page_url and path.startswith(page_url) else ""
        path = (page.alias_of.get_url(request=request) or path) + suffix
    return absolute_url(request, path)


@register.simple_tag
def footer_text():
    """The footer words in the active language (or the default language's, marked)."""
    return FooterText.for_locale(Locale.get_active())
