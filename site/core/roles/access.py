"""Which languages a user may change content in: translators their languages, coordinators the
default one, everyone else every language."""

from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale

from .names import REGIONS, coordinator_group_name, default_language_code, translator_group_name


def translator_groups(user):
    """{group name: language code} of the Translators groups the user belongs to."""

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


def translation_locale_ids(user):
    """None if the user may start and update translations into every language (editors,
    administrators); else the ids of the locales they translate into (their Translators
    groups): wagtail-localize's permission has no notion of language."""
    if user.is_superuser:
        return None
    permission = Permission.objects.filter(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    ).first()
    if permission is None or permission.user_set.filter(pk=user.pk).exists():
        return None
    translators = translator_groups(user)
    holders = set(user.groups.filter(permissions=permission).values_list("name", flat=True))
    if holders - set(translators):
        return None
    codes = {translators[name] for name in holders}
    return set(Locale.objects.filter(language_code__in=codes).values_list("pk", flat=True))
