"""The hub landing's "ways in", each a card that leads where its editor says (`WayInBlock`)."""

from django import template

from ..models import ThemePage

register = template.Library()


def way_in_url(hub, target, request=None):
    """The address, on `hub` (so in its language), of a way in's `target`: "themes" the report
    view of the hub's first theme (the hub's ways in when it has no theme page yet), "database"
    the database view, "search" the database's keyword box, "submit" the submission form; None
    for no target or one this version does not know."""
    hub_url = hub.get_url(request=request) or ""
    if target == "themes":
        first_theme = (
            ThemePage.objects.child_of(hub).live().order_by("theme__number", "path").first()
        )
        return first_theme.get_url(request=request) if first_theme else f"{hub_url}#ways-in"
    subpages = {
        "database": ("database", ""),
        "search": ("database", "#id_q"),
        "submit": ("submit", ""),
    }
    if target not in subpages:
        return None
    name, fragment = subpages[target]
    return f"{hub_url}{hub.reverse_subpage(name)}{fragment}"


@register.simple_tag(takes_context=True)
def ways_in_links(context, hub):
    """[(way, url or None)] for the hub's ways in, in the editor's order, each card with the
    address of its own target (a card without one is not a link)."""
    request = context.get("request")
    urls = {}
    ways = []
    for way in hub.ways_in:
        target = way.value.get("target") or ""
        if target not in urls:
            urls[target] = way_in_url(hub, target, request)
        ways.append((way, urls[target]))
    return ways
