"""Every ISO 3166-1 country has a row, so that the submission form, the admin and the import can
name any of them: the English CLDR name in `name` (the admin's search) and the federation region
of ourdigitalfuture/core/country_regions.json. Existing rows, and what refers to them, stay."""

import ourdigitalfuture.core.countries
from django.db import migrations, models

from ourdigitalfuture.core.countries import COUNTRY_REGION, ISO_COUNTRY_CODES, country_name


def add_every_country(apps, schema_editor):
    Country = apps.get_model("clauses", "Country")
    existing = set(Country.objects.values_list("code", flat=True))
    Country.objects.bulk_create(
        [
            Country(code=code, name=country_name(code, "en"), region=COUNTRY_REGION[code])
            for code in sorted(ISO_COUNTRY_CODES - existing)
        ]
    )


class Migration(migrations.Migration):
    dependencies = [("clauses", "0008_translatable_sectors")]

    operations = [
        migrations.AlterField(
            model_name="country",
            name="code",
            field=models.CharField(
                help_text="Two capital letters, e.g. FR for France.",
                max_length=2,
                unique=True,
                validators=[ourdigitalfuture.core.countries.validate_country_code],
                verbose_name="ISO 3166 code",
            ),
        ),
        migrations.AlterField(
            model_name="country",
            name="name",
            field=models.CharField(blank=True, max_length=100, verbose_name="name"),
        ),
        migrations.RunPython(add_every_country, migrations.RunPython.noop),
    ]
