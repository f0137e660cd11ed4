"""Template tags for the hub: the themes table shown on every hub page."""

from django import template

from clauses.models import Theme, ThemePage
from ourdigitalfuture.core.translation import localize

register = template.Library()


@register.inclusion_tag("clauses/includes/themes_table.html")
def themes_table(hub):
    """Every theme of the hub with its report-view page, in the hub's language."""
    pages = list(ThemePage.objects.live().child_of(hub).select_related("theme__locale"))
    pages.sort(key=lambda p: p.theme.number)

    themes = localize([p.theme for p in pages], hub.locale, Theme.objects.select_related("locale"))
    return {"rows": list(zip(themes, pages, strict=True)), "hub": hub}
