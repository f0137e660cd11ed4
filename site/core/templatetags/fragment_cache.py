"""The chrome's fragment caches (`fragment`): the HTML of a tag or of a template block, kept
under the site generation (ourdigitalfuture.core.page_cache, which any content change
increments), the language, the host and what else it depends on, so that a page the page
cache does not hold (a signed-in editor's, a page just invalidated) still gets its menus,
language switcher, footer and navigators without queries.

In Python, `cached_inclusion_tag` registers an inclusion tag whose HTML is cached:

    @cached_inclusion_tag(register, "includes/main_menu.html", key=lambda context: (...))
    def main_menu(context): ...

In a template, a block:

    {% load fragment_cache %}{% fragment_cache "footer" page.pk %}…{% endfragment_cache %}
"""

from functools import wraps

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from ..near_cache import get_part, set_part
from ..page_cache import digest, request_generation, setting

register = template.Library()


def fragment(request, name, parts, render):
    """The HTML `render()` makes, cached under the site generation, the active language, the
    host, `name` and `parts` (what it depends on besides). Previews are rendered afresh."""
    if (
        request is None
        or not setting("FRAGMENT_CACHE_ENABLED", True)
        or getattr(request, "is_preview", False)
    ):
        return render()
    key = (
        f"fragment:{request_generation(request)}:{name}:{get_language()}:"
        f"{digest(request.get_host(), request.scheme, *parts)}"
    )
    html = get_part(key)
    if html is None:
        html = str(render())
        set_part(key, html)
    return mark_safe(html)


def cached_inclusion_tag(library, template_name, key, name=None):
    """Register the decorated function (which takes the template context first, as an inclusion
    tag with takes_context) as a tag rendering `template_name` with the dict it returns, cached
    under `key(context, *args, **kwargs)` (a tuple of what the HTML depends on besides the
    language, the host and the site generation)."""

    def decorator(function):
        tag_name = name or function.__name__

        @wraps(function)
        def tag(context, *args, **kwargs):
            return fragment(
                context.get("request"),
                tag_name,
                key(context, *args, **kwargs),
                lambda: render_to_string(template_name, function(context, *args, **kwargs)),
            )

        library.simple_tag(takes_context=True, name=tag_name)(tag)
        return function

    return decorator


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, parts):
        self.nodelist = nodelist
        self.name = name
        self.parts = parts

    def render(self, context):
        parts = tuple(str(part.resolve(context)) for part in self.parts)
        return fragment(
            context.get("request"),
            self.name.resolve(context),
            parts,
            lambda: self.nodelist.render(context),
        )


@register.tag("fragment_cache")
def fragment_cache(parser, token):
    """{% fragment_cache "name" [value ...] %}…{% endfragment_cache %}"""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"'{bits[0]}' needs a fragment name")
    nodelist = parser.parse(("endfragment_cache",))
    parser.delete_first_token()
    return FragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]]
    )
