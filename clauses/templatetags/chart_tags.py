"""The hub landing's charts of the live data (`clauses.charts`)."""

from django import template

from ..charts import hub_charts as build_charts

register = template.Library()


@register.simple_tag(takes_context=True)
def hub_charts(context, hub):
    """The hub's charts in its language, for `clauses/includes/charts.html`."""
    return build_charts(hub, context.get("request"))
