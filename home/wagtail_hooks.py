"""Admin registration for the home app's snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Contact, FooterText


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "user"
    menu_label = _("Contacts")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "role", "organisation", "email", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "organisation"]


register_snippet(ContactViewSet)


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-empty"
    menu_label = _("Footer text")
    add_to_admin_menu = False
    list_display = ["__str__", "locale"]
    list_filter = ["locale"]


register_snippet(FooterTextViewSet)
