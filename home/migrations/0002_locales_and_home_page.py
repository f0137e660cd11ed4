"""Every installation gets the six locales and an English home page as its site root."""

import uuid

from django.db import migrations

LANGUAGES = ["en", "fr", "es", "pt", "ru", "ar"]


def create_locales_and_home(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    english = Locale.objects.get(language_code="en")

    # Replace Wagtail's placeholder "Welcome" page with the project's home page.
    page_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_type, slug="home", depth=2).delete()
    Site.objects.all().delete()

    home_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    root = Page.objects.get(depth=1)
    home = HomePage.objects.create(
        title="Our Digital Future",
        draft_title="Our Digital Future",
        slug="home",
        content_type=home_type,
        path=f"{root.path}{'0001'}",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=english,
        translation_key=uuid.uuid4(),
        live=True,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True,
        site_name="Our Digital Future",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(create_locales_and_home, migrations.RunPython.noop)]
