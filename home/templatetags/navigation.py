"""Navigation built from the page tree: the main menu of the active language and breadcrumbs."""

from django import template
from wagtail.models import Locale, Page, Site

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
