"""Every installation gets the admin's roles (a frozen copy in _roles_frozen.py): a "Regional coordinators" group per
region, a "Translators" group per language other than the default, "Editors" and
"Administrators", with their permissions, and the "Global section approval" workflow. Region
pages and translations do not exist yet on a fresh installation, so their page and collection
permissions are bound later, as those appear; on an installation that has them, now."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from home.migrations import _roles_frozen as roles


def ensure_permissions(apps):
    # Permissions are normally created after all migrations; this migration needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def forwards(apps, schema_editor):
    ensure_permissions(apps)
    # Historical models cannot add collections (tree nodes): existing ones are bound, and the
    # regions' collections are created by the next sync with the real models.
    roles.sync_role_permissions(apps, create_collections=False)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_footer_text"),
        ("clauses", "0002_hub_moderators_and_clause_workflow"),
        ("workshops", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
