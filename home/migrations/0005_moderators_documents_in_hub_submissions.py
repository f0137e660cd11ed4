"""Hub moderators' documents are the "Hub submissions" collection's, no longer every collection's:
the clauses app's 0002 migration granted them on the root collection, so they could change every
region's documents. (The collection is made when first needed; the roles' next sync binds it.)"""

from django.db import migrations

from home.migrations import _roles_frozen as roles


def forwards(apps, schema_editor):
    roles.withdraw_moderators_root_documents(apps)
    roles.sync_role_permissions(apps, create_collections=False)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_roles_and_workflows"),
        ("clauses", "0002_hub_moderators_and_clause_workflow"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
