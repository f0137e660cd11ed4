"""`{% clause_hits %}`: the clause database's page of results.

Built here rather than in a template loop: twenty results, each with its highlighted title
and fragments, its details and its "Compare" box, were the largest part of rendering the
page (a template resolves each of their two dozen variables by lookup, per result)."""

import html

from django import template
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext

from search.highlight import to_html

register = template.Library()

# Words of a clause's text shown when the search has no fragments of it (browsing).
SHOWN_WORDS = 60


@register.simple_tag(takes_context=True)
def clause_hits(context, hits, hub, compare):
    """The <article> of each hit (`search.engines.FacetedHit` of a ClauseSummary), linking to
    the clause under `hub`; `compare` is the view's compare form state (its `chosen`)."""
    page = {
        "language": context.get("LANGUAGE_CODE"),
        "ui_dir": "rtl" if context.get("LANGUAGE_BIDI") else "ltr",
        "hub_url": escape(hub.url),
        "chosen": set(compare["chosen"]) if compare else set(),
        "compare_label": escape(gettext("Compare")),
    }
    return mark_safe("".join(hit_html(hit, **page) for hit in hits))


def escape(value):
    """HTML-escaped text (what the templates' autoescaping does, for text and numbers)."""
    return html.escape(str(value))


def hit_html(hit, language, ui_dir, hub_url, chosen, compare_label):
    clause = hit.record
    foreign = clause.language != language
    details = [clause.identifier, clause.get_clause_type_display(), *clause.unions]
    if clause.country_name:
        details.append(clause.country_name)
    if clause.year:
        details.append(clause.year)
    meta = " · ".join(escape(item) for item in details)
    if foreign:
        meta += (
            f' · <span lang="{escape(language)}" dir="{ui_dir}">'
            f"{escape(clause.language_name)}</span>"
        )
    if hit.fragments:
        pieces = "".join(f"<p>{to_html(fragment)}</p>" for fragment in hit.fragments)
        quote = f'<blockquote dir="auto" class="fragments">{pieces}</blockquote>'
    else:
        shown = Truncator(clause.text).words(SHOWN_WORDS, truncate=" …")
        quote = f'<blockquote dir="auto">{escape(shown)}</blockquote>'
    lang = f' lang="{escape(clause.language)}" dir="{clause.direction}"' if foreign else ""
    identifier = escape(clause.identifier)
    checked = " checked" if clause.identifier in chosen else ""
    return (
        f'<article class="clause-box search-hit"{lang}>\n'
        f'    <h3><a href="{hub_url}clauses/{identifier}/">{to_html(hit.title)}</a></h3>\n'
        f'    <p class="meta">{meta}</p>\n'
        f"    {quote}\n"
        f'    <p class="compare-pick" lang="{escape(language)}" dir="{ui_dir}"><label>'
        f'<input type="checkbox" name="c" value="{identifier}" form="compare-form"{checked}> '
        f'{compare_label}<span class="visually-hidden"> {identifier}</span></label></p>\n'
        "</article>\n"
    )
