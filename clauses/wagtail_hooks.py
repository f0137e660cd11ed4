"""The hub in the admin: clause snippets with drafts, revisions, locking, preview and moderation,
and the taxonomy editors maintain, grouped under one "Bargaining Hub" menu."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from ourdigitalfuture.core.concurrency import GuardedSnippetEditView

from . import moderation  # noqa: F401  (registers the "Clause submissions" admin)
from .admin_forms import ClauseAdminForm
from .models import Clause, Country, Sector, SubTheme, Theme, Union
from .panels import add_submissions_panel


class ClauseViewSet(SnippetViewSet):
    model = Clause
    icon = "doc-full-inverse"
    menu_label = _("Clauses")
    list_display = ["identifier", "title", "clause_type", "country", "year", "locale"]
    list_filter = [
        "clause_type",
        "bargaining_level",
        "text_status",
        "locale",
        "live",
        "is_synthetic",
    ]
    # The admin's search looks in the database itself (Django's `icontains`), not the search
    # index: moderators look a clause up by its identifier ("DBH-0042") or a phrase of its text,
    # which the index's autocompletion (titles only) cannot find. The same on every search backend.
    search_backend_name = None
    search_fields = ["identifier", "title", "text"]
    list_per_page = 50
    ordering = ["identifier_number", "identifier"]
    # A save from a form older than someone else's newer version is refused
    # (ourdigitalfuture.core.concurrency).
    edit_view_class = GuardedSnippetEditView
    # Facets offered from the default language's taxonomy only, named in the editor's language,
    # sub-themes grouped under their themes (clauses.admin_forms).
    edit_handler = ObjectList(Clause.panels, base_form_class=ClauseAdminForm)


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["number", "title", "locale"]
    list_filter = ["locale"]


class SubThemeViewSet(SnippetViewSet):
    model = SubTheme
    icon = "tag"
    menu_label = _("Sub-themes")
    list_display = ["title", "theme", "locale"]
    list_filter = ["locale", "theme"]


class UnionViewSet(SnippetViewSet):
    model = Union
    icon = "group"
    menu_label = _("Unions")
    list_display = ["acronym", "name", "country"]
    list_filter = ["country"]
    # In the database, like the clauses' listing (a search index cannot limit an autocompletion
    # to some fields on SQLite).
    search_backend_name = None
    search_fields = ["name", "acronym"]


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "site"
    menu_label = _("Countries")
    # Named in the editor's language (CLDR); `name` keeps the English name for the search.
    list_display = ["__str__", "code", "region"]
    list_filter = ["region"]


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "cogs"
    menu_label = _("Sectors")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class HubViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Bargaining Hub")
    menu_icon = "doc-full-inverse"
    menu_order = 200
    items = (
        ClauseViewSet,
        ThemeViewSet,
        SubThemeViewSet,
        UnionViewSet,
        CountryViewSet,
        SectorViewSet,
    )


register_snippet(HubViewSetGroup)

hooks.register("construct_homepage_panels", add_submissions_panel)
