"""Creating the roles and binding their page and collection permissions to what exists now.

The functions only query and take an `apps` registry, so that data migrations could run them
with historical models; the old migrations carry their own copy since (they must not change
when this module does)."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db.models.signals import post_migrate, post_save

from .names import (
    ADMINISTRATORS,
    CHOOSE_MEDIA,
    COORDINATOR_PAGE_ACTIONS,
    COORDINATOR_PERMISSIONS,
    EDITOR_PERMISSIONS,
    EDITORS,
    GLOBAL_COORDINATOR_PAGE_ACTIONS,
    GLOBAL_REGION,
    GLOBAL_TASK,
    GLOBAL_WORKFLOW,
    HUB_COLLECTIONS,
    MANAGE_COLLECTIONS,
    MEDIA_ACTIONS,
    MODERATOR_DOCUMENTS,
    MODERATORS,
    PAGE_ACTIONS,
    REGION_PAGE_MODEL,
    REGIONS,
    REGIONS_COLLECTION,
    TRANSLATOR_PAGE_ACTIONS,
    TRANSLATOR_PERMISSIONS,
    coordinator_group_name,
    default_language_code,
    translator_group_name,
)


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
    RegionPage = apps.get_model(*REGION_PAGE_MODEL)
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
    RegionPage = apps.get_model(*REGION_PAGE_MODEL)
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


def bind_new_page(sender, instance, created, raw=False, **kwargs):
    """`post_save` handler for the page types roles are bound to (connected by the app that
    owns them): a new region page, or a language's new home page, needs its groups bound."""
    # An alias below a language's home needs no grant of its own (the home's cover it); a
    # language's home page itself does, alias or not.
    if created and not raw and (not instance.alias_of_id or instance.depth <= 2):
        bind_pages_and_collections()


def _after_migrate(sender, using="default", **kwargs):
    # New models bring new permissions that administrators should hold. After a test run
    # flushes the database the roles are gone: there is nothing to bring up to date then.
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
    """Connect the handlers that keep the roles' permissions bound (safe to call twice); the
    apps connect `bind_new_page` for their own page types."""
    Collection = global_apps.get_model("wagtailcore", "Collection")
    post_save.connect(_collection_created, sender=Collection, dispatch_uid="core.roles.collection")
    # Once, after the last app's permissions are created (Django signals only apps with models).
    last_app = [app for app in global_apps.get_app_configs() if app.models_module][-1]
    post_migrate.connect(_after_migrate, sender=last_app, dispatch_uid="core.roles.migrate")
