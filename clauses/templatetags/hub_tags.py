"""Template tags for the hub: the themes navigator on every hub page and the hub's live
numbers (on the hub landing and the hub's tool page)."""

from html import escape
from urllib.parse import urlencode

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from ourdigitalfuture.core.templatetags.fragment_cache import cached_inclusion_tag, fragment

from ..navigator import hub_numbers, themes_tree
from ..views import hub_for

register = template.Library()

# What the page showing the navigator is: its report/database toggle marks the current view.
REPORT_VIEWS = ("landing", "theme")
DATABASE_VIEW = "database"


# On the database view, the navigator's links keep the reader's search: its cached HTML holds
# these marks in their place (letters only, so escaping leaves them as they are), replaced per
# request (`with_search`). So one cached navigator serves every search with the same theme.
KEPT_SEARCH = "odfKeptSearchMark"  # the search without page, theme and sub-theme, then "&"
WHOLE_SEARCH = "odfWholeSearchMark"  # the search without page


def navigator_key(context, hub, view="landing", theme_number=None, subtheme_slug=None):
    """What the navigator's HTML depends on besides the reader's search (`with_search`)."""
    return (hub.pk, view, str(theme_number), str(subtheme_slug))


def with_search(html, request):
    """The database view's navigator `html` with the marks of the reader's search replaced:
    its links are then `url_with(request, theme=…, subtheme=None)` (or subtheme=…, theme=None)
    and `url_with(request)`."""
    query = request.GET.copy()
    query.pop("page", None)
    whole = query.urlencode()
    query.pop("theme", None)
    query.pop("subtheme", None)
    kept = query.urlencode()
    html = html.replace(KEPT_SEARCH, escape(f"{kept}&" if kept else ""))
    return mark_safe(html.replace(WHOLE_SEARCH, escape(whole)))


@register.simple_tag(takes_context=True)
def themes_navigator(context, hub, view="landing", theme_number=None, subtheme_slug=None):
    """The navigator (`navigator_context`), cached as a fragment (ourdigitalfuture.core.page_cache)
    and invalidated whenever content changes (a clause published, a theme renamed)."""
    request = context.get("request")
    html = fragment(
        request,
        "themes_navigator",
        navigator_key(context, hub, view, theme_number, subtheme_slug),
        lambda: render_to_string(
            "clauses/includes/themes_navigator.html",
            navigator_context(context, hub, view, theme_number, subtheme_slug),
        ),
    )
    return with_search(html, request) if view == DATABASE_VIEW and request is not None else html


def numbers_key(context, link_to_hub=False):
    page = context.get("page")
    return (bool(link_to_hub), getattr(page, "locale_id", None) if link_to_hub else None)


def navigator_context(context, hub, view="landing", theme_number=None, subtheme_slug=None):
    """The hub's 8 themes, each opening onto its sub-themes, with their live clause counts in
    the hub's language, and the report view / database view toggle, which keeps the theme.

    `view` is "landing", "theme" (a theme's report page), "clause" or "database". On the
    database view the navigator is the theme filter: its links change the theme or sub-theme
    and keep every other filter and the query; `theme_number` and `subtheme_slug` are the
    active ones (on a theme page, its theme); its links hold the marks `with_search` replaces."""
    request = context.get("request")
    on_database = view == DATABASE_VIEW and request is not None
    themes = themes_tree(hub, request)
    current_theme = current_subtheme = None
    for theme in themes:
        for subtheme in theme.subthemes:
            if subtheme_slug and subtheme.source.slug == subtheme_slug:
                current_subtheme, current_theme = subtheme, theme
        if (
            current_subtheme is None
            and theme_number
            and str(theme.source.number) == str(theme_number)
        ):
            current_theme = theme
    rows = []
    for theme in themes:
        number = theme.source.number
        rows.append(
            {
                "theme": theme,
                "report_url": theme.page.get_url(request) if theme.page else "",
                "database_url": f"?{KEPT_SEARCH}{urlencode({'theme': number})}"
                if on_database
                else hub.database_url(theme=number),
                "open": theme is current_theme,
                "current": theme is current_theme and current_subtheme is None,
                "subthemes": [
                    {
                        "subtheme": subtheme,
                        "database_url": f"?{KEPT_SEARCH}"
                        f"{urlencode({'subtheme': subtheme.source.slug})}"
                        if on_database
                        else hub.database_url(subtheme=subtheme.source.slug),
                        "current": subtheme is current_subtheme,
                    }
                    for subtheme in theme.subthemes
                ],
            }
        )
    return {
        "hub": hub,
        "rows": rows,
        "view": view,
        "on_database": on_database,
        "on_report": view in REPORT_VIEWS,
        "current_theme": current_theme,
        "report_url": toggle_report_url(hub, current_theme, current_subtheme, request),
        "database_toggle_url": database_toggle_url(hub, current_theme, on_database),
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
    }


def database_toggle_url(hub, theme, on_database):
    """The database view filtered by the chosen theme (on the database view: as it is)."""
    if on_database:
        return f"?{WHOLE_SEARCH}"
    return hub.database_url(theme=theme.source.number) if theme else hub.database_url()


def toggle_report_url(hub, theme, subtheme, request):
    """The report view of the chosen theme (at its sub-theme's section), else the hub's."""
    if theme is None or theme.page is None:
        return hub.get_url(request)
    url = theme.page.get_url(request)
    return f"{url}#subtheme-{subtheme.source.slug}" if subtheme else url


# Cached as a fragment (ourdigitalfuture.core.page_cache), invalidated whenever content changes.
@cached_inclusion_tag(register, "clauses/includes/hub_numbers.html", key=numbers_key)
def hub_numbers_panel(context, link_to_hub=False):
    """How many clauses, countries, unions and languages the hub holds and when it was last
    updated, from the database; with `link_to_hub`, a link to the hub in the page's language."""
    page = context.get("page")
    hub = None
    if link_to_hub and page is not None:
        hub = hub_for(page.locale)
    return {"numbers": hub_numbers(), "hub": hub, "request": context.get("request")}
