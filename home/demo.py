"""The demo content loader: builds the site's page tree from `home/demo_data.py` (and each app's
own loader), matching existing pages by slug so that a second run changes nothing."""

from django.db import transaction
from wagtail.models import Locale, Site
from wagtail_localize.models import Translation, TranslationSource

from .models import HomePage


def get_home():
    site = Site.objects.get(is_default_site=True)
    return site.root_page.specific


def ensure_translations(instance, language_codes):
    """Create (once) a wagtail-localize translation of `instance` in each locale, so translators
    find it in the translation editor, and publish it. Returns the language codes it created."""
    created = []
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    for code in language_codes:
        locale = Locale.objects.get(language_code=code)
        if instance.has_translation(locale):
            continue
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        translation.save_target(publish=True)
        created.append(code)
    return created


@transaction.atomic
def load_demo_content():
    report = []
    home = get_home()
    if not isinstance(home, HomePage):
        raise RuntimeError("The default site's root is not a HomePage; run migrations first.")
    made = ensure_translations(home, ["fr", "es", "pt", "ru", "ar"])
    if made:
        report.append(f"Home page translated into: {', '.join(made)}")
    return report
