"""Atom feeds of the clauses the hub publishes, with Django's syndication framework: every
clause, the clauses of one theme, the clauses of one country, at

    /<language>/hub/feeds/clauses.atom
    /<language>/hub/feeds/themes/<number>.atom
    /<language>/hub/feeds/countries/<ISO code>.atom

newest first (by first publication), FEED_SIZE entries at most. Each clause appears once, in the
version the clause database shows in the hub's language (`clauses.models.versions`): its
translation where one is published, else its original, marked with its own `xml:lang`. Each
entry links to the clause's page on the hub. An unknown theme or country is a 404 that says so.
The pages advertise their feeds with `<link rel="alternate">` (`feed_links`)."""

import re
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import HttpResponseNotFound
from django.utils.encoding import iri_to_uri
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import linebreaks
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail.models import Locale

from ourdigitalfuture.core.translation import localize

from .models import Clause, Country, Theme
from .models.versions import shown_versions
from .open_data import clause_url_template, licence_line, parse_theme

FEED_SIZE = 50
COUNTRY_CODE = re.compile(r"[A-Za-z]{2}")


@dataclass
class Scope:
    """What a feed lists: every clause (kind "all"), a theme's or a country's."""

    hub: object
    kind: str = "all"
    theme: Theme | None = None  # the default language's theme
    country: Country | None = None

    @property
    def name(self):
        """The theme's title in the hub's language, or the country's name."""
        if self.theme is not None:
            return localize([self.theme], self.hub.locale, Theme.objects)[0].title
        if self.country is not None:
            return self.country.name_in(self.hub.locale.language_code)
        return ""

    def route(self):
        if self.kind == "theme":
            return "feed_theme", {"number": str(self.theme.number)}
        if self.kind == "country":
            return "feed_country", {"code": self.country.code}
        return "feed", {}


def feed_scope(hub, kind="all", key=None):
    """The scope of a feed, or None when the theme or country does not exist."""
    if kind == "theme":
        number = parse_theme(key or "")
        theme = None
        if number is not None:
            theme = Theme.objects.filter(number=number, locale=Locale.get_default()).first()
        return Scope(hub, kind, theme=theme) if theme else None
    if kind == "country":
        country = None
        if COUNTRY_CODE.fullmatch(key or ""):
            country = Country.objects.filter(code=key.upper()).first()
        return Scope(hub, kind, country=country) if country else None
    return Scope(hub)


def feed_url(scope, request=None):
    """The feed's absolute address, on the site's own host."""
    name, kwargs = scope.route()
    base = scope.hub.get_full_url(request) or scope.hub.get_url(request) or ""
    return iri_to_uri(base + scope.hub.reverse_subpage(name, kwargs=kwargs))


def feed_title(scope):
    hub = scope.hub.title
    if scope.kind == "theme":
        return _("%(hub)s: new clauses on %(theme)s") % {"hub": hub, "theme": scope.name}
    if scope.kind == "country":
        return _("%(hub)s: new clauses from %(country)s") % {"hub": hub, "country": scope.name}
    return _("%(hub)s: new clauses") % {"hub": hub}


class ClauseAtomFeed(Atom1Feed):
    """Atom, with an entry in another language than the feed's marked with its `xml:lang`."""

    def item_attributes(self, item):
        attributes = super().item_attributes(item)
        if item.get("language") and item["language"] != self.feed["language"]:
            attributes["xml:lang"] = item["language"]
        return attributes


class ClauseFeed(Feed):
    feed_type = ClauseAtomFeed

    def __init__(self, request=None):
        self.request = request

    def get_object(self, request, scope):
        self.clause_url = clause_url_template(scope.hub, request)
        self.language = scope.hub.locale.language_code
        return scope

    def title(self, scope):
        return feed_title(scope)

    def subtitle(self, scope):
        return _("The clauses most recently published on the hub, newest first.")

    def link(self, scope):
        """The page listing the same clauses: the database view filtered alike, or the hub."""
        hub = scope.hub
        base = hub.get_full_url(self.request) or hub.url
        if scope.kind == "all":
            return iri_to_uri(base)
        name, value = (
            ("theme", scope.theme.number) if scope.theme else ("country", scope.country.code)
        )
        return iri_to_uri(f"{base}{hub.reverse_subpage('database')}?{urlencode({name: value})}")

    def feed_url(self, scope):
        return feed_url(scope, self.request)

    def feed_guid(self, scope):
        return feed_url(scope, self.request)

    def author_name(self, scope):
        return scope.hub.title

    def feed_copyright(self, scope):
        return licence_line(scope.hub.locale)

    def items(self, scope):
        clauses = Clause.objects.filter(shown_versions(Clause, scope.hub.locale.language_code))
        if scope.kind == "theme":
            # A subquery, so that a clause is listed once; translations share their themes.
            through = Clause.themes.through
            themed = through.objects.filter(theme__number=scope.theme.number)
            clauses = clauses.filter(pk__in=themed.values("clause_id"))
        elif scope.kind == "country":
            clauses = clauses.filter(country=scope.country)
        return list(
            clauses.select_related("locale").order_by(
                "-first_published_at", "-identifier_number", "identifier"
            )[:FEED_SIZE]
        )

    def item_title(self, clause):
        return f"{clause.identifier} · {clause.title}"

    def item_description(self, clause):
        return linebreaks(clause.text, autoescape=True)

    def item_link(self, clause):
        return iri_to_uri(self.clause_url(clause.identifier))

    def item_pubdate(self, clause):
        return clause.first_published_at

    def item_updateddate(self, clause):
        return clause.last_published_at

    def item_extra_kwargs(self, clause):
        return {"language": clause.locale.language_code}


def not_found(message):
    return HttpResponseNotFound(message, content_type="text/plain; charset=utf-8")


def clauses_feed(request, hub):
    """The newest clauses of the hub, all themes and countries."""
    return ClauseFeed(request)(request, scope=feed_scope(hub))


def theme_feed(request, hub, number):
    """The newest clauses of one theme (by its number)."""
    scope = feed_scope(hub, "theme", number)
    if scope is None:
        return not_found(_("There is no theme %(number)s.") % {"number": number[:20]})
    return ClauseFeed(request)(request, scope=scope)


def country_feed(request, hub, code):
    """The newest clauses of one country (by its ISO 3166-1 code)."""
    scope = feed_scope(hub, "country", code)
    if scope is None:
        return not_found(_("There is no country with the code %(code)s.") % {"code": code[:20]})
    return ClauseFeed(request)(request, scope=scope)
