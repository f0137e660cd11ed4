"""Template filters for search results."""

from django import template

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
