"""`{% feed_links %}`: the `<link rel="alternate">` elements that let a feed reader find the hub's
Atom feeds (clauses.feeds) from the page a reader is on: the hub landing advertises the feed of
every clause, a theme page its theme's, the database view the feeds of the theme and country
it is filtered by (or of every clause when it is not)."""

from django import template

from ..feeds import feed_scope, feed_title, feed_url

register = template.Library()


def _scopes(hub, theme_number=None, form=None):
    if form is not None:
        if not form.is_bound or form.errors:
            return [feed_scope(hub)]
        theme_number = form.cleaned_data.get("theme")
        country = form.cleaned_data.get("country")
        scopes = []
        if theme_number is not None:
            scopes.append(feed_scope(hub, "theme", str(theme_number)))
        if country:
            scopes.append(feed_scope(hub, "country", country))
        return [scope for scope in scopes if scope] or [feed_scope(hub)]
    if theme_number is not None:
        return [feed_scope(hub, "theme", str(theme_number)) or feed_scope(hub)]
    return [feed_scope(hub)]


@register.inclusion_tag("clauses/includes/feed_links.html", takes_context=True)
def feed_links(context, hub, theme_number=None, form=None):
    """Links to the feeds matching the page: `theme_number` on a theme page, the database
    view's `form` (its theme and country filters), neither on the hub landing."""
    request = context.get("request")
    return {
        "feeds": [
            {"title": feed_title(scope), "url": feed_url(scope, request)}
            for scope in _scopes(hub, theme_number, form)
        ]
    }
