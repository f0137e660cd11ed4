"""The registry of interactive tools. Each tool registers itself once, when its package is
imported (see `workshops/tools/__init__.py`): its key (the value stored in `ToolPage.interactive`),
the label editors choose it by, the module of the URLs it answers under a tool page (imported on
the first visit, as Django imports a URLconf: the tools' PDF and spreadsheet libraries are heavy),
the route of its first screen and the template of the card that opens it on the tool page.

A tool page routes only the URLs of the tool it offers (`ToolPage.get_resolver`): the other
tools' addresses are simply not there, and answer 404 like any unknown address."""

from dataclasses import dataclass

from ourdigitalfuture.core import routing

_tools = {}


@dataclass(frozen=True)
class Tool:
    key: str
    label: str
    entry: str  # the name of the route of the tool's first screen
    start_template: str  # the card on the tool page that opens the tool
    urls: str  # the dotted path of a module whose `urlpatterns` are made with routing.route


def register(tool):
    if tool.key in _tools:
        raise ValueError(f"An interactive tool is already registered as {tool.key!r}.")
    _tools[tool.key] = tool
    return tool


def get(key):
    """The tool registered under this key, or None."""
    return _tools.get(key)


def choices():
    """(key, label) of every tool, in the order they were registered."""
    return [(tool.key, tool.label) for tool in _tools.values()]


_resolvers = {}


def resolver(page_urls, key):
    """The URL resolver of a tool page offering the tool `key` (none if ""): the page's own
    routes (`RoutablePageMixin`'s index) followed by the tool's. Built once per tool."""
    if key not in _resolvers:
        tool = _tools.get(key)
        _resolvers[key] = routing.resolver(page_urls, *([tool.urls] if tool else []))
    return _resolvers[key]
