"""Who may do what in the admin: the site's roles as Django groups with Wagtail permissions.

Five kinds of people work in the admin and each may touch only what is theirs:

- "Regional coordinators — <region>" edit and publish their region's page (in the default
  language, the source every translation is made from) and the pages under it, and the region's
  collection of documents and images; they write clauses in the default language and submit
  them to the hub's moderators (never publishing them, never touching translations). The
  Global region's coordinators cannot publish: their pages go through the "Global section
  approval" workflow, approved by an editor.
- "Translators — <language>" translate pages (their language's tree) and snippets (clauses,
  themes, sub-themes, contacts, footer texts) into their language only, never the source; a
  clause translation goes through "Clause moderation" like any clause change.
- "Hub moderators" (made by the clauses app) review submissions and publish clauses; their
  documents are the hub's collections' ("Hub submissions", "Hub documents": the clauses'
  source documents).
- "Editors" look after the whole site; only hub moderators publish clauses, so editors submit
  clauses to them like everyone else.
- "Administrators" hold every permission, users and settings included.

The groups and their model permissions are made by the home app's 0004 data migration (with its
own frozen copy of this code). Page and collection permissions point at rows that a fresh
installation does not have yet (region pages and translations are made later, by editors or by
the demo loader), so `sync_role_permissions()` (in `sync`) binds them whenever they exist: the
demo loader calls it, and so do the signal handlers when a region page, a language's home page
or a hub collection appears (`connect_signals()`, called by the kernel's AppConfig, and
`bind_new_page`, connected by the home app for its page types). A sync only adds what is
missing: it never takes away what an administrator granted by hand.

Wagtail's model permissions have no notion of language, so a translator's "change clause"
permission would reach the English source too (and a coordinator's every translation); the
hooks in `guards` and `TranslatorLocaleMiddleware` (in `middleware`, for wagtail-localize's
translation endpoints) keep translators to their own language and coordinators to the default
one. Publishing answers to `ourdigitalfuture.core.publishing` on every path. Each role's
dashboard panel lives with the app whose content it shows."""

from importlib import import_module

from .names import *  # noqa: F403
from .names import __all__ as _names

# The functions are imported on first use (PEP 562): this package is imported while Django
# populates its apps (it is one: RolesConfig), before the models its functions use are loaded.
_LAZY = {
    "bind_new_page": "sync",
    "bind_pages_and_collections": "sync",
    "connect_signals": "sync",
    "coordinator_groups": "access",
    "editable_locale_ids": "access",
    "ensure_roles": "sync",
    "is_permission_root": "guards",
    "may_edit_in_locale": "access",
    "refuse_bulk_deleting_own_root": "guards",
    "refuse_creating_in_other_locales": "guards",
    "refuse_deleting_own_root": "guards",
    "refuse_other_locales": "guards",
    "refuse_other_locales_on_delete": "guards",
    "sync_role_permissions": "sync",
    "translation_locale_ids": "access",
    "translator_groups": "access",
    "withdraw_moderators_root_documents": "sync",
}

__all__ = _names + list(_LAZY)


def __getattr__(name):
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
