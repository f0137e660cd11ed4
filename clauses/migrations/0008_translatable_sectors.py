"""Sectors become translatable snippets (Wagtail's TranslatableMixin): each existing sector is
the default language's, with a translation key of its own, and its slug is unique per locale."""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from wagtail.coreutils import get_supported_content_language_variant


def give_sectors_a_locale(apps, schema_editor):
    Sector = apps.get_model("clauses", "Sector")
    Locale = apps.get_model("wagtailcore", "Locale")
    sectors = list(Sector.objects.all())
    if not sectors:
        return
    code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    locale, _created = Locale.objects.get_or_create(language_code=code)
    for sector in sectors:
        sector.locale = locale
        sector.translation_key = uuid.uuid4()
        sector.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("clauses", "0007_rich_text_features_from_settings"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="sector",
            name="locale",
            field=models.ForeignKey(
                null=True,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="sector",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.RunPython(give_sectors_a_locale, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="sector",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="sector",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="sector",
            name="slug",
            field=models.SlugField(verbose_name="slug"),
        ),
        migrations.AlterUniqueTogether(
            name="sector",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AddConstraint(
            model_name="sector",
            constraint=models.UniqueConstraint(
                fields=("slug", "locale"), name="unique_sector_slug_per_locale"
            ),
        ),
    ]
