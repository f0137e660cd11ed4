"""Template tags of a clause's provenance (clauses/includes/provenance.html)."""

from django import template
from django.utils import formats

from clauses.source_documents import public_document

register = template.Library()


@register.simple_tag
def public_source_document(clause):
    """The clause's source document where every reader may fetch it (`public_document`)."""
    return public_document(clause)


@register.filter
def grouped_number(value):
    """A whole number with the active language's digit grouping: 12,000 / 12 000 / 12.000."""
    if value in (None, ""):
        return ""
    return formats.number_format(value, force_grouping=True)
