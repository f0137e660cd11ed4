"""The hub landing's "ways in", each a card that leads where it says."""

from django import template

from ..models import ThemePage

register = template.Library()


@register.simple_tag(takes_context=True)
def ways_in_links(context, hub):
    """[(way, url or None)] for the hub's ways in. Editors write them in the order the field's
    help text gives (themes and report view, database view, keyword search, then contributing):
    the first leads to the report view of the first theme, the second to the database, the
    third to the database's keyword box, the fourth to the submission form; any further one is
    not a link."""
    request = context.get("request")
    hub_url = hub.get_url(request=request) or ""
    first_theme = ThemePage.objects.child_of(hub).live().order_by("theme__number", "path").first()
    targets = [
        first_theme.get_url(request=request) if first_theme else f"{hub_url}#ways-in",
        f"{hub_url}database/",
        f"{hub_url}database/#id_q",
        f"{hub_url}submit/",
    ]
    ways = list(hub.ways_in)
    return [(way, targets[i] if i < len(targets) else None) for i, way in enumerate(ways)]
