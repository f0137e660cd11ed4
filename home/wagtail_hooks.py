"""Admin registration for the home app's snippets, and the coordinators' dashboard panel."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Contact, FooterText
from .panels import add_region_panel


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "user"
    menu_label = _("Contacts")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "role", "organisation", "email", "locale"]
    list_filter = ["locale"]
    # In the database (Django's `icontains`), not the search index, which cannot limit an
    # autocompletion to some fields on SQLite: the same answers on every search backend.
    search_backend_name = None
    search_fields = ["name", "role", "organisation", "email"]


register_snippet(ContactViewSet)


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-empty"
    menu_label = _("Footer text")
    add_to_admin_menu = False
    list_display = ["__str__", "locale"]
    list_filter = ["locale"]


register_snippet(FooterTextViewSet)

hooks.register("construct_homepage_panels", add_region_panel)
