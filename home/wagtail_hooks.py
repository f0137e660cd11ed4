"""Admin registration for the home app's snippets, and the admin's roles (see home/roles.py):
each role's dashboard panel and the checks that keep people to what is theirs."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import concurrency, publishing, roles
from .models import Contact, FooterText


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

# Wagtail imports this module as Django starts (its snippets app looks for hooks then), in every
# process: the handlers that bind new region pages and translations to the roles connect here.
roles.connect_signals()

hooks.register("construct_homepage_panels", roles.add_dashboard_panels)
# Before wagtail-localize's own hook (order 0), which would otherwise open its translation
# editor on any translated snippet without asking whose language it is.
hooks.register("before_edit_snippet", roles.refuse_other_locales, order=-1)
hooks.register("before_create_snippet", roles.refuse_creating_in_other_locales, order=-1)
hooks.register("before_delete_snippet", roles.refuse_other_locales_on_delete, order=-1)
hooks.register("before_delete_page", roles.refuse_deleting_own_root)
hooks.register("before_bulk_action", roles.refuse_bulk_deleting_own_root)

# Publishing only with the right to (home/publishing.py): the translation editor's "Publish"
# (wagtail-localize's own hook at order 0 would answer it), the pages' bulk publish, and the
# editor's "Submit to moderation" for those who may not publish.
hooks.register("before_edit_snippet", publishing.refuse_publishing_translation, order=-1)
hooks.register("before_edit_page", publishing.refuse_publishing_translation, order=-1)
hooks.register("before_bulk_action", publishing.refuse_bulk_publishing)


@hooks.register("register_admin_urls")
def register_publishing_urls():
    return [
        path(
            "translations/<int:translation_id>/moderate/",
            publishing.moderate_translation,
            name="home_moderate_translation",
        )
    ]


# A save from a form loaded before someone else's newer version is refused (home/concurrency.py):
# every page type's edit view; the clauses' is set on their viewset (clauses/wagtail_hooks.py).
hooks.register("register_admin_viewset", concurrency.register_page_viewset)
