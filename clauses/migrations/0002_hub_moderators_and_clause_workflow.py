"""Every installation gets the "Hub moderators" group and the clause moderation workflow: a
clause is published only after a hub moderator approves it."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATORS = "Hub moderators"
WORKFLOW = "Clause moderation"
TASK = "Hub moderator approval"

MODERATOR_PERMISSIONS = [
    ("wagtailadmin", "admin", ["access"]),
    ("clauses", "clause", ["add", "change", "delete", "publish", "lock", "unlock", "view"]),
    ("clauses", "theme", ["add", "change", "delete", "view"]),
    ("clauses", "subtheme", ["add", "change", "delete", "view"]),
    ("clauses", "union", ["add", "change", "delete", "view"]),
    ("clauses", "country", ["add", "change", "delete", "view"]),
    ("clauses", "sector", ["add", "change", "delete", "view"]),
    ("clauses", "clausesubmission", ["change", "delete", "view"]),
    ("wagtaildocs", "document", ["add", "change", "choose"]),
]


def ensure_permissions(apps):
    # Permissions are normally created after all migrations; this migration needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def forwards(apps, schema_editor):
    ensure_permissions(apps)
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore.WorkflowContentType")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")

    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
    for app_label, model, actions in MODERATOR_PERMISSIONS:
        for action in actions:
            codename = f"{action}_{model}"
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is None:
                # Wagtail adds publish/lock/unlock permissions for snippets after migrating;
                # the historical models don't know them, so create them here.
                content_type, _ = ContentType.objects.get_or_create(
                    app_label=app_label, model=model
                )
                permission, _ = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=codename,
                    defaults={"name": f"Can {action} {model}"},
                )
            if model == "document":
                root = Collection.objects.filter(depth=1).first()
                GroupCollectionPermission.objects.get_or_create(
                    group=moderators, collection=root, permission=permission
                )
            else:
                moderators.permissions.add(permission)

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _ = GroupApprovalTask.objects.get_or_create(
        name=TASK, defaults={"content_type": task_type, "active": True}
    )
    task.groups.add(moderators)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    clause_type, _ = ContentType.objects.get_or_create(app_label="clauses", model="clause")
    WorkflowContentType.objects.update_or_create(
        content_type=clause_type, defaults={"workflow": workflow}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("clauses", "0001_initial"),
        ("wagtailcore", "0094_alter_page_locale"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
