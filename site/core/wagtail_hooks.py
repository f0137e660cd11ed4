"""The admin's roles and publishing rules, on every app's content (see `roles` and
`publishing`): the checks that keep people to what is theirs, what waits for translation
(dashboard panel and report), the translation editor's "Submit to moderation" and the
stale-save guard."""

from django.urls import path
from wagtail import hooks
from wagtail.models import Page

from . import concurrency, publishing, reports, roles
from .panels import add_translation_panel

# What waits for translation: on the dashboard of whoever translates, and as a report.
hooks.register("construct_homepage_panels", add_translation_panel)
hooks.register("register_admin_urls", reports.report_urls)
hooks.register("register_reports_menu_item", reports.report_menu_item)

# Before wagtail-localize's own hook (order 0), which would otherwise open its translation
# editor on any translated snippet without asking whose language it is.
hooks.register("before_edit_snippet", roles.refuse_other_locales, order=-1)
hooks.register("before_create_snippet", roles.refuse_creating_in_other_locales, order=-1)
hooks.register("before_delete_snippet", roles.refuse_other_locales_on_delete, order=-1)
hooks.register("before_delete_page", roles.refuse_deleting_own_root)
hooks.register("before_bulk_action", roles.refuse_bulk_deleting_own_root)

# Publishing only with the right to (publishing.py): the translation editor's "Publish"
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
            name="core_moderate_translation",
        )
    ]


# A save from a form loaded before someone else's newer version is refused (concurrency.py):
# every page type's edit view; the clauses' is set on their viewset (clauses/wagtail_hooks.py).
hooks.register("register_admin_viewset", concurrency.register_page_viewset)


@hooks.register("construct_translated_pages_to_cascade_actions")
def cascade_to_aliases(pages, action):
    """Deleting, unpublishing or moving a page in the admin does the same to its aliases in the
    other languages (wagtail-localize's locale synchronisation makes them; their link to the
    source is SET_NULL, so a deleted source would leave live, stale copies). A move takes the
    translations along too, so that every language's tree keeps the same shape; deleting or
    unpublishing leaves translators' translations alone."""
    result = {}
    for page in pages:
        others = Page.objects.translation_of(page, inclusive=False)
        if action != "move":
            others = others.filter(alias_of=page)
        result[page] = others
    return result
