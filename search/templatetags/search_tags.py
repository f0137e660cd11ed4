"""Template filters for search results."""

from django import template
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

from search.highlight import to_html

register = template.Library()


@register.filter
def highlighted(marked):
    """Text with search.highlight's marks, escaped, with the marks as <mark> elements."""
    return to_html(marked)


@register.filter
def verbose_name_of(model_or_instance):
    """A page type's name for a result's label, e.g. "Workshop page"."""
    name = str(model_or_instance._meta.verbose_name)
    return name[:1].upper() + name[1:]


@register.simple_tag
def facet_options(options):
    """The <option> elements of a filter, each with its count: built here rather than in a
    template loop, because the database page has over a hundred of them."""
    return format_html_join(
        "",
        '<option value="{}"{}>{}{}</option>',
        (
            (
                option["value"],
                mark_safe(" selected") if option["selected"] else "",
                option["label"],
                "" if option["count"] is None else f" ({option['count']})",
            )
            for option in options
        ),
    )
