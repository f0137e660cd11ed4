"""`{% clause_hits %}`: the clause database's page of results; `{% filter_selects %}` and
`{% year_links %}`: its filters' selects and links by year.

Built here rather than in template loops: twenty results, each with its highlighted title
and fragments, its details and its "Compare" box, were the largest part of rendering the
page (a template resolves each of their two dozen variables by lookup, per result), and the
filters came next."""

import html

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext

from search.highlight import to_html
from search.templatetags.search_tags import facet_options

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


# The filters shown as a select (the themes navigator is the theme and sub-theme filter).
NAVIGATOR_FILTERS = ("theme", "subtheme")


@register.simple_tag
def filter_selects(filters):
    """A labelled <select> per filter of the view's `filters` (with its options' counts and its
    errors), but the theme and sub-theme."""
    any_label = escape(gettext("Any"))
    shown = []
    for item in filters:
        if item["name"] in NAVIGATOR_FILTERS:
            continue
        field = item["field"]
        identifier = escape(field.id_for_label)
        errors = conditional_escape(field.errors) if field.errors else ""
        shown.append(
            "\n"
            '                    <div class="field">\n'
            f'                        <label for="{identifier}">'
            f"{conditional_escape(item['label'])}</label>\n"
            f'                        <select name="{escape(item["name"])}" id="{identifier}">\n'
            f'                            <option value="">{any_label}</option>\n'
            f"                            {facet_options(item['options'])}\n"
            "                        </select>\n"
            f"                        {errors}\n"
            "                    </div>\n"
            "                "
        )
    return mark_safe("".join(shown))


@register.simple_tag
def year_links(years):
    """The link to each year of the view's `years` facet, with its count."""
    return mark_safe(
        " · ".join(
            f'<a href="{escape(item["url"])}" aria-describedby="years-label">'
            f"{escape(item['year'])} ({escape(item['count'])})</a>"
            for item in years
        )
    )
