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

The groups and their model permissions are made by the home app's 0004 data migration. Page and
collection permissions point at rows that a fresh installation does not have yet (region pages
and translations are made later, by editors or by the demo loader), so `sync_role_permissions()`
binds them whenever they exist: the migration calls it (with its historical models, which is why
the functions here only query and take an `apps` registry), the demo loader calls it, and so do
the signals connected by `connect_signals()` when a region page or a language's home page
appears. A sync only adds what is missing: it never takes away what an administrator granted by
hand.

Wagtail's model permissions have no notion of language, so a translator's "change clause"
permission would reach the English source too (and a coordinator's every translation);
`refuse_other_locales` (a `before_edit_snippet` hook) and `TranslatorLocaleMiddleware` (for
wagtail-localize's translation endpoints) keep translators to their own language and
coordinators to the default one. Publishing answers to home/publishing.py on every path. The
dashboard panels at the end show each role what is theirs."""

import secrets

from django.apps import apps as global_apps
from django.conf import settings
from django.contrib.auth import get_permission_codename
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.db.models.signals import post_migrate, post_save
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import get_language_info, gettext
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.components import Component
from wagtail.coreutils import get_supported_content_language_variant

# The project's regions: (slug of the region page, title). A new region needs a line here and a
# data migration that calls `sync_role_permissions` (its group is named after the title).
REGIONS = [
    ("africa-mena", "Africa & MENA"),
    ("asia-pacific", "Asia-Pacific"),
    ("europe", "Europe"),
    ("north-america-caribbean", "North America & Caribbean"),
    ("latin-america", "Latin America"),
    ("global", "Global"),
]
GLOBAL_REGION = "global"
# Each region's documents and images live in the collection "Regions/<region title>".
REGIONS_COLLECTION = "Regions"

COORDINATORS = "Regional coordinators — {region}"
TRANSLATORS = "Translators — {language}"
MODERATORS = "Hub moderators"
EDITORS = "Editors"
ADMINISTRATORS = "Administrators"

GLOBAL_WORKFLOW = "Global section approval"
GLOBAL_TASK = "Editor approval"

ACCESS_ADMIN = ("wagtailadmin", "admin", ["access"])

# Model permissions: (app label, model, actions).
COORDINATOR_PERMISSIONS = [
    ACCESS_ADMIN,
    # Coordinators send clauses to the hub's moderators; they never publish them.
    ("clauses", "clause", ["add", "change", "view"]),
]
TRANSLATOR_PERMISSIONS = [
    ACCESS_ADMIN,
    # Limited to the translator's own language by `refuse_other_locales` and the middleware.
    ("clauses", "clause", ["change", "view"]),
    ("clauses", "theme", ["change", "view"]),
    ("clauses", "subtheme", ["change", "view"]),
    ("home", "contact", ["change", "view"]),
    ("home", "footertext", ["change", "view"]),
]
EDITOR_PERMISSIONS = [
    ACCESS_ADMIN,
    # Editors send pages and snippets for translation (wagtail-localize's own permission).
    ("wagtail_localize", "translation", ["submit"]),
    ("clauses", "clause", ["add", "change", "delete", "lock", "unlock", "view"]),
    ("clauses", "theme", ["add", "change", "delete", "view"]),
    ("clauses", "subtheme", ["add", "change", "delete", "view"]),
    ("clauses", "union", ["add", "change", "delete", "view"]),
    ("clauses", "country", ["add", "change", "delete", "view"]),
    ("clauses", "sector", ["add", "change", "delete", "view"]),
    ("home", "contact", ["add", "change", "delete", "view"]),
    ("home", "footertext", ["add", "change", "delete", "view"]),
    ("wagtailredirects", "redirect", ["add", "change", "delete", "view"]),
]
# Not for editors: the submissions admin (submitters' names and addresses are for the hub's
# moderators only, as the privacy page promises), clause publishing, users, groups and settings.

# Page permissions, granted on a page and everything under it.
PAGE_ACTIONS = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]
COORDINATOR_PAGE_ACTIONS = ["add", "change", "publish", "lock", "unlock"]
GLOBAL_COORDINATOR_PAGE_ACTIONS = ["add", "change", "lock", "unlock"]
TRANSLATOR_PAGE_ACTIONS = ["add", "change", "publish", "lock"]

# Hub moderators' documents: the collections of the clauses' source documents, where accepted
# submissions' files go (private until their clause is published, then public; the names are
# clauses.source_documents' SUBMISSIONS_COLLECTION and PUBLIC_COLLECTION: this module is
# imported by migrations, so it does not import that one). Bound as soon as they exist.
HUB_COLLECTIONS = ("Hub submissions", "Hub documents")
MODERATOR_DOCUMENTS = [("wagtaildocs", "document", ["add", "change", "choose"])]

# Collection permissions, granted on a collection and everything under it.
MEDIA_ACTIONS = [
    ("wagtaildocs", "document", ["add", "change", "delete", "choose"]),
    ("wagtailimages", "image", ["add", "change", "delete", "choose"]),
]
CHOOSE_MEDIA = [
    ("wagtaildocs", "document", ["choose"]),
    ("wagtailimages", "image", ["choose"]),
]
MANAGE_COLLECTIONS = [("wagtailcore", "collection", ["add", "change", "delete"])]


# Names ------------------------------------------------------------------------------------------


def coordinator_group_name(region_title):
    return COORDINATORS.format(region=region_title)


def translator_group_name(language_code):
    return TRANSLATORS.format(language=get_language_info(language_code)["name"])


def default_language_code():
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


# Creating the roles -----------------------------------------------------------------------------


def _permissions(apps, specs):
    """The Permission rows for `specs`, created where missing: Wagtail adds the publish, lock and
    unlock permissions of snippets after migrating, so a migration may not find them yet."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    wanted = [
        (app_label, model, f"{action}_{model}")
        for app_label, model, actions in specs
        for action in actions
    ]
    found = {
        (p.content_type.app_label, p.content_type.model, p.codename): p
        for p in Permission.objects.filter(
            content_type__app_label__in={app_label for app_label, _, _ in wanted},
            codename__in={codename for _, _, codename in wanted},
        ).select_related("content_type")
    }
    permissions = []
    for app_label, model, codename in wanted:
        permission = found.get((app_label, model, codename))
        if permission is None:
            content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": f"Can {codename.replace('_', ' ', 1)}"},
            )
        permissions.append(permission)
    return permissions


def _translation_locales(apps):
    """The locales translators work in: every locale but the default language's."""
    Locale = apps.get_model("wagtailcore", "Locale")
    return list(
        Locale.objects.exclude(language_code=default_language_code()).order_by("language_code")
    )


def ensure_roles(apps=global_apps):
    """Create the groups, give them their model permissions and create the Global section's
    workflow. Idempotent; adds, never removes."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    for _slug, title in REGIONS:
        group, _ = Group.objects.get_or_create(name=coordinator_group_name(title))
        group.permissions.add(*_permissions(apps, COORDINATOR_PERMISSIONS))
    for locale in _translation_locales(apps):
        group, _ = Group.objects.get_or_create(name=translator_group_name(locale.language_code))
        group.permissions.add(*_permissions(apps, TRANSLATOR_PERMISSIONS))
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(*_permissions(apps, EDITOR_PERMISSIONS))
    administrators, _ = Group.objects.get_or_create(name=ADMINISTRATORS)
    administrators.permissions.add(*Permission.objects.all())

    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _ = GroupApprovalTask.objects.get_or_create(
        name=GLOBAL_TASK, defaults={"content_type": task_type, "active": True}
    )
    task.groups.add(editors, administrators)
    workflow, _ = Workflow.objects.get_or_create(name=GLOBAL_WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})


# Binding page and collection permissions --------------------------------------------------------


def _region_collection(apps, title, create):
    """The "Regions/<title>" collection; created (with its parent) only if `create`, because
    historical models in a migration cannot add tree nodes."""
    Collection = apps.get_model("wagtailcore", "Collection")
    root = Collection.objects.filter(depth=1).first()
    regions = Collection.objects.filter(depth=2, name=REGIONS_COLLECTION).first()
    if regions is None:
        if not create or root is None:
            return None
        regions = root.add_child(name=REGIONS_COLLECTION)
    existing = Collection.objects.filter(depth=3, path__startswith=regions.path, name=title).first()
    if existing is None and create:
        existing = regions.add_child(name=title)
    return existing


def withdraw_moderators_root_documents(apps=global_apps):
    """Hub moderators held their document permissions on the root collection (the clauses
    app's 0002 migration), so every region's documents were theirs to change: take those
    away; `bind_pages_and_collections` grants them on the hub's collections."""
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupCollectionPermission.objects.filter(
        group__name=MODERATORS,
        collection__depth=1,
        permission__in=_permissions(apps, MODERATOR_DOCUMENTS),
    ).delete()


class _PermissionCache:
    """The Permission rows of one sync, each looked up once."""

    def __init__(self, apps):
        self.apps = apps
        self.found = {}

    def __call__(self, specs):
        key = tuple((app_label, model, tuple(actions)) for app_label, model, actions in specs)
        if key not in self.found:
            self.found[key] = _permissions(self.apps, specs)
        return self.found[key]

    def page_grants(self, group, pages, actions):
        permissions = self([("wagtailcore", "page", actions)])
        return [(group.pk, page.pk, permission.pk) for page in pages for permission in permissions]

    def collection_grants(self, group, collection, specs):
        return [(group.pk, collection.pk, permission.pk) for permission in self(specs)]


def _grant(model, grants, target_field):
    """Create the (group, target, permission) rows in `grants` that do not exist yet."""
    if not grants:
        return
    group_ids = {group_id for group_id, _, _ in grants}
    existing = set(
        model.objects.filter(group_id__in=group_ids).values_list(
            "group_id", f"{target_field}_id", "permission_id"
        )
    )
    model.objects.bulk_create(
        [
            model(group_id=group_id, permission_id=permission_id, **{f"{target_field}_id": target})
            for group_id, target, permission_id in dict.fromkeys(grants)
            if (group_id, target, permission_id) not in existing
        ]
    )


def bind_pages_and_collections(apps=global_apps, create_collections=True):
    """Point each role's page and collection permissions at the pages and collections that
    exist now, and put the Global region's pages (in every language) under the Global
    section's workflow. Does nothing for what does not exist yet."""
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    RegionPage = apps.get_model("home", "RegionPage")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    groups = {group.name: group for group in Group.objects.all()}
    permissions = _PermissionCache(apps)
    page_grants, collection_grants = [], []

    default_code = default_language_code()
    region_pages = {}
    for page in RegionPage.objects.filter(
        slug__in=[slug for slug, _ in REGIONS], locale__language_code=default_code
    ):
        region_pages.setdefault(page.slug, []).append(page)
    for slug, title in REGIONS:
        group = groups.get(coordinator_group_name(title))
        pages = region_pages.get(slug)
        if group is None or not pages:
            continue
        actions = (
            GLOBAL_COORDINATOR_PAGE_ACTIONS if slug == GLOBAL_REGION else COORDINATOR_PAGE_ACTIONS
        )
        page_grants += permissions.page_grants(group, pages, actions)
        collection = _region_collection(apps, title, create_collections)
        if collection is not None:
            collection_grants += permissions.collection_grants(group, collection, MEDIA_ACTIONS)

    root_collection = Collection.objects.filter(depth=1).first()
    for locale in _translation_locales(apps):
        group = groups.get(translator_group_name(locale.language_code))
        if group is None or root_collection is None:
            continue
        # The language's tree: its home page (a translation of the site's root page) and below.
        homes = list(Page.objects.filter(depth=2, locale=locale))
        page_grants += permissions.page_grants(group, homes, TRANSLATOR_PAGE_ACTIONS)
        collection_grants += permissions.collection_grants(group, root_collection, CHOOSE_MEDIA)

    moderators = groups.get(MODERATORS)
    if moderators is not None:
        for hub_collection in Collection.objects.filter(depth=2, name__in=HUB_COLLECTIONS):
            collection_grants += permissions.collection_grants(
                moderators, hub_collection, MODERATOR_DOCUMENTS
            )

    root_page = Page.objects.filter(depth=1).first()
    for name in (EDITORS, ADMINISTRATORS):
        group = groups.get(name)
        if group is None or root_page is None or root_collection is None:
            continue
        page_grants += permissions.page_grants(group, [root_page], PAGE_ACTIONS)
        collection_grants += permissions.collection_grants(
            group, root_collection, MEDIA_ACTIONS + MANAGE_COLLECTIONS
        )

    _grant(GroupPagePermission, page_grants, "page")
    _grant(GroupCollectionPermission, collection_grants, "collection")
    _bind_global_workflow(apps)


def _bind_global_workflow(apps):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    RegionPage = apps.get_model("home", "RegionPage")
    workflow = Workflow.objects.filter(name=GLOBAL_WORKFLOW).first()
    if workflow is None:
        return
    # Every language's Global page: translators publish theirs directly (they hold the publish
    # permission), anyone else who edits it asks an editor first. A page already given another
    # workflow by an administrator keeps it.
    for page in RegionPage.objects.filter(slug=GLOBAL_REGION):
        WorkflowPage.objects.get_or_create(page_id=page.pk, defaults={"workflow": workflow})


def sync_role_permissions(apps=global_apps, create_collections=True):
    """Create the roles and bind their page and collection permissions to what exists now."""
    ensure_roles(apps)
    bind_pages_and_collections(apps, create_collections=create_collections)


# Keeping the bindings up to date ----------------------------------------------------------------


def _page_created(sender, instance, created, raw=False, **kwargs):
    # A new region page, or a language's new home page, needs its groups bound to it.
    if created and not raw:
        bind_pages_and_collections()


def _after_migrate(sender, using="default", **kwargs):
    # New models bring new permissions that administrators should hold. After a test run
    # flushes the database the roles are gone: there is nothing to bring up to date then.
    from django.contrib.auth.management import create_permissions

    Group = global_apps.get_model("auth", "Group")
    if Group.objects.using(using).filter(name=ADMINISTRATORS).exists():
        # This handler may have been connected before Django's own (which would then create
        # the last app's permissions after it): create them first.
        create_permissions(sender, verbosity=0, using=using)
        sync_role_permissions()


def _collection_created(sender, instance, created, raw=False, **kwargs):
    # The hub's collections are made when first needed: their moderators' grants with them.
    if created and not raw and instance.depth == 2 and instance.name in HUB_COLLECTIONS:
        bind_pages_and_collections()


def connect_signals():
    """Connect the handlers that keep the roles' permissions bound (safe to call twice)."""
    from wagtail.models import Collection

    from .models import HomePage, RegionPage

    post_save.connect(_page_created, sender=RegionPage, dispatch_uid="home.roles.region")
    post_save.connect(_page_created, sender=HomePage, dispatch_uid="home.roles.home")
    post_save.connect(_collection_created, sender=Collection, dispatch_uid="home.roles.collection")
    # Once, after the last app's permissions are created (Django signals only apps with models).
    last_app = [app for app in global_apps.get_app_configs() if app.models_module][-1]
    post_migrate.connect(_after_migrate, sender=last_app, dispatch_uid="home.roles.migrate")


# Keeping translators to their language ----------------------------------------------------------


def translator_groups(user):
    """{group name: language code} of the Translators groups the user belongs to."""
    from wagtail.models import Locale

    names = {translator_group_name(locale.language_code): locale for locale in Locale.objects.all()}
    return {
        name: names[name].language_code
        for name in user.groups.filter(name__in=names).values_list("name", flat=True)
    }


def coordinator_groups(user):
    """Names of the Regional coordinators groups the user belongs to."""
    return set(
        user.groups.filter(
            name__in=[coordinator_group_name(title) for _slug, title in REGIONS]
        ).values_list("name", flat=True)
    )


def editable_locale_ids(user, model):
    """None if the user may change `model` objects in every language; else the ids of the
    locales they may change them in: a user whose only "change" permission for the model comes
    from Translators groups is held to those groups' languages, and from Regional coordinators
    groups to the default language (coordinators write clauses; translators translate them)."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Locale

    if not user.is_active:
        return set()
    if user.is_superuser:
        return None
    permission = Permission.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        codename=get_permission_codename("change", model._meta),
    ).first()
    if permission is None:
        return set()
    if permission.user_set.filter(pk=user.pk).exists():
        return None
    names = set(user.groups.filter(permissions=permission).values_list("name", flat=True))
    translators = translator_groups(user)
    coordinators = coordinator_groups(user)
    if names - set(translators) - coordinators:
        return None
    codes = {translators[name] for name in names if name in translators}
    if names & coordinators:
        codes.add(default_language_code())
    return set(Locale.objects.filter(language_code__in=codes).values_list("pk", flat=True))


def may_edit_in_locale(user, model, locale_id):
    allowed = editable_locale_ids(user, model)
    return allowed is None or locale_id in allowed


def _refuse_locale(request, model, locale):
    """Back to the dashboard, with a message naming the languages the user works in."""
    from wagtail.models import Locale

    allowed = editable_locale_ids(request.user, model) or set()
    names = ", ".join(
        str(get_language_info(code)["name_translated"])
        for code in sorted(
            Locale.objects.filter(pk__in=allowed).values_list("language_code", flat=True)
        )
    )
    language = get_language_info(locale.language_code)["name_translated"]
    if translator_groups(request.user):
        message = gettext("You translate into %(languages)s only: this is in %(language)s.")
    else:
        message = gettext("You write in %(languages)s only: this is in %(language)s.")
    messages.error(request, message % {"languages": names, "language": language})
    return redirect("wagtailadmin_home")


def refuse_other_locales(request, instance):
    """`before_edit_snippet` hook: a translator opening a snippet in another language (the
    source included), or a coordinator opening a translation, goes back to the dashboard with a
    message saying why."""
    locale_id = getattr(instance, "locale_id", None)
    if locale_id is None or may_edit_in_locale(request.user, type(instance), locale_id):
        return None
    return _refuse_locale(request, type(instance), instance.locale)


def refuse_creating_in_other_locales(request, model):
    """`before_create_snippet` hook: the same rule for a new snippet (`?locale=`, else the
    default language)."""
    from wagtail.models import Locale, TranslatableMixin

    if not issubclass(model, TranslatableMixin):
        return None
    code = request.GET.get("locale")
    locale = Locale.objects.filter(language_code=code).first() if code else Locale.get_default()
    if locale is None or may_edit_in_locale(request.user, model, locale.pk):
        return None
    return _refuse_locale(request, model, locale)


def refuse_other_locales_on_delete(request, instances):
    """`before_delete_snippet` hook: the same rule for deleting."""
    for instance in instances:
        response = refuse_other_locales(request, instance)
        if response is not None:
            return response
    return None


class TranslatorLocaleMiddleware:
    """A guard keyed on wagtail-localize's resolved views.

    - Its translation endpoints (strings, overrides, PO files, machine translation, preview,
      stop) check only the model permission for snippets, so a translator could write into
      another language's translation through them: refused unless the user works in the
      translation's language. (Pages need nothing here: wagtail-localize checks page
      permissions, which are per tree.)
    - Its paths that make content live answer to `home.publishing.may_publish`, as the edit
      views do: "update translations" with "Publish immediately" (what the user may not publish
      is saved as a draft and submitted to moderation instead) and "convert to alias"."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        from . import publishing

        match = request.resolver_match
        if match is None or "wagtail_localize" not in match.namespaces:
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        if match.url_name == "update_translations":
            return publishing.guard_update_translations(request, view_func, view_args, view_kwargs)
        if match.url_name == "convert_to_alias":
            return publishing.guard_convert_to_alias(request, view_func, view_args, view_kwargs)
        translation_id = view_kwargs.get("translation_id")
        if translation_id is None:
            return None
        from wagtail.models import Page
        from wagtail_localize.models import Translation

        translation = (
            Translation.objects.filter(pk=translation_id)
            .select_related("source__specific_content_type")
            .first()
        )
        if translation is None:
            return None
        model = translation.source.specific_content_type.model_class()
        if model is None or issubclass(model, Page):
            return None
        if not may_edit_in_locale(user, model, translation.target_locale_id):
            raise PermissionDenied
        return None


# Keeping coordinators' region pages in place ----------------------------------------------------


def is_permission_root(user, page):
    """True if `page` is where the user's page permissions begin, with none above it: a
    coordinator's region page, a translator's language home page."""
    from wagtail.models import GroupPagePermission

    if user.is_superuser:
        return False
    grants = GroupPagePermission.objects.filter(group__user=user)
    steplen = page.steplen
    ancestors = [page.path[:i] for i in range(steplen, len(page.path), steplen)]
    if grants.filter(page__path__in=ancestors).exists():
        return False
    return grants.filter(page=page).exists()


def refuse_deleting_own_root(request, page):
    """`before_delete_page` hook: deleting a region page would take its coordinators' rights
    (bound to it) with it and leave them locked out; an editor deletes regions."""
    if not is_permission_root(request.user, page):
        return None
    messages.error(
        request,
        gettext("“%(title)s” is the page your permissions start from: ask an editor to delete it.")
        % {"title": page.get_admin_display_title()},
    )
    return redirect("wagtailadmin_explore", page.pk)


def refuse_bulk_deleting_own_root(request, action_type, objects, action_class_instance):
    """`before_bulk_action` hook: the same rule for deleting several pages at once."""
    from wagtail.models import Page

    if action_type != "delete":
        return None
    for obj in objects:
        if isinstance(obj, Page) and is_permission_root(request.user, obj):
            return refuse_deleting_own_root(request, obj)
    return None


# Demo users -------------------------------------------------------------------------------------

DEMO_USERS = [
    ("coordinator", coordinator_group_name("Africa & MENA")),
    ("translator", translator_group_name("fr")),
    ("moderator", MODERATORS),
    ("editor", EDITORS),
    ("administrator", ADMINISTRATORS),
]


def create_demo_users(report):
    """One user per role for trying the admin out, each with a fresh random password printed
    once in `report`. Development only: with DEBUG off (production) nobody is created. An
    existing user is left as it is, password included."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    if not settings.DEBUG:
        report.append("No demo users: they are only created when DEBUG is on.")
        return
    User = get_user_model()
    for username, group_name in DEMO_USERS:
        if User.objects.filter(username=username).exists():
            continue
        password = secrets.token_urlsafe(12)
        user = User.objects.create_user(
            username, f"{username}@example.org", password, first_name=username.capitalize()
        )
        user.groups.add(Group.objects.get(name=group_name))
        report.append(f"Demo user created: {username} / {password} ({group_name})")


# Dashboard panels -------------------------------------------------------------------------------


class RegionPanel(Component):
    """A coordinator's region: its pages, with links to edit them, and its documents."""

    name = "role_region"
    template_name = "home/dashboard/region_panel.html"
    order = 150
    page_limit = 20

    def __init__(self, groups):
        self.groups = groups

    def get_context_data(self, parent_context):
        from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page

        roots = list(
            Page.objects.filter(
                pk__in=GroupPagePermission.objects.filter(group__in=self.groups).values("page")
            )
        )
        regions = []
        for root in roots:
            pages = Page.objects.descendant_of(root, inclusive=True).specific(defer=True)
            # The first pages only: the explorer link in the panel leads to the rest.
            regions.append({"root": root, "pages": pages[: self.page_limit]})
        collections = (
            GroupCollectionPermission.objects.filter(group__in=self.groups)
            .select_related("collection")
            .order_by("collection__path")
        )
        return {
            "regions": regions,
            "collections": list(dict.fromkeys(grant.collection for grant in collections)),
            "documents_url": reverse("wagtaildocs:index"),
        }


def _waiting_for_translation():
    """Translations with at least one source string not yet translated (wagtail-localize's own
    definition, from its translations report)."""
    from wagtail_localize.models import StringSegment, StringTranslation, Translation

    untranslated = (
        StringSegment.objects.filter(source_id=OuterRef("source_id"))
        .annotate(
            _target_locale_id=OuterRef("target_locale_id"),
            is_translated=Exists(
                StringTranslation.objects.filter(
                    translation_of_id=OuterRef("string_id"),
                    context_id=OuterRef("context_id"),
                    locale_id=OuterRef("_target_locale_id"),
                    has_error=False,
                )
            ),
        )
        .filter(is_translated=False)
    )
    return Translation.objects.filter(enabled=True).filter(Exists(untranslated))


class TranslationPanel(Component):
    """A translator's queue: what is waiting for translation into their language(s)."""

    name = "role_translations"
    template_name = "home/dashboard/translation_panel.html"
    order = 150
    limit = 10

    def __init__(self, language_codes):
        self.language_codes = sorted(language_codes)

    def get_context_data(self, parent_context):
        from wagtail.models import Page

        request = parent_context["request"]
        finder = AdminURLFinder(request.user)
        waiting = (
            _waiting_for_translation()
            .filter(target_locale__language_code__in=self.language_codes)
            .select_related("source", "source__specific_content_type", "target_locale")
            .order_by("-created_at")
        )
        items = []
        for translation in waiting[: self.limit]:
            model = translation.source.specific_content_type.model_class()
            try:
                target = translation.get_target_instance()
            except model.DoesNotExist:
                continue
            items.append(
                {
                    "title": target.title if isinstance(target, Page) else str(target),
                    "kind": model._meta.verbose_name,
                    "language_code": translation.target_locale.language_code,
                    "edit_url": finder.get_edit_url(target),
                }
            )
        report_url = reverse("wagtail_localize:translations_report")
        return {
            "items": items,
            # wagtail-localize's translations report, filtered to what waits in each language.
            "report_links": [
                (
                    get_language_info(code)["name_translated"],
                    f"{report_url}?target_locale={code}&waiting_for_translation=true",
                )
                for code in self.language_codes
            ],
        }


class SubmissionsPanel(Component):
    """The hub's moderators' queue: submissions nobody has reviewed yet."""

    name = "role_submissions"
    template_name = "home/dashboard/submissions_panel.html"
    order = 150
    limit = 10

    def get_context_data(self, parent_context):
        from clauses.models import ClauseSubmission

        new = ClauseSubmission.objects.filter(status=ClauseSubmission.Status.NEW)
        index_url = reverse("clauses_clausesubmission_modeladmin_index")
        return {
            "submissions": [
                (
                    submission,
                    reverse("clauses_clausesubmission_modeladmin_inspect", args=[submission.pk]),
                )
                for submission in new.select_related("country").order_by("-created_at")[
                    : self.limit
                ]
            ],
            # The submissions admin, filtered to the new ones.
            "queue_url": f"{index_url}?status__exact={ClauseSubmission.Status.NEW}",
        }


def add_dashboard_panels(request, panels):
    """`construct_homepage_panels` hook: each role's panel, for the roles the user holds."""
    user = request.user
    region_groups = list(
        user.groups.filter(
            name__in=[coordinator_group_name(title) for _slug, title in REGIONS]
        ).order_by("name")
    )
    if region_groups:
        panels.append(RegionPanel(region_groups))
    languages = set(translator_groups(user).values())
    if languages:
        panels.append(TranslationPanel(languages))
    if user.has_perm("clauses.change_clausesubmission"):
        panels.append(SubmissionsPanel())
