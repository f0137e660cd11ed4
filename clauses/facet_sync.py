"""A clause's translations hold the same facets as its source, emptied ones included.

wagtail-localize copies a synchronised ParentalManyToManyField to the translation only when the
source's list is not empty (`copy_synchronised_fields`: `if values:`), so a facet cleared on the
source (its last sub-theme removed) would stay on every synced translation. Before a synced
translation is saved, this sets its many-to-many facets to the source's, empty or not; modelcluster
then saves them with the translation."""

from django.db.models.signals import pre_save
from modelcluster.fields import ParentalManyToManyField
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import Translation

from .models import Clause


def synchronised_many_to_many(instance):
    return [
        field.field_name
        for field in get_translatable_fields(type(instance))
        if field.is_synchronized(instance)
        and isinstance(instance._meta.get_field(field.field_name), ParentalManyToManyField)
    ]


def _copy_facets_from_source(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    translation = (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .exclude(source__locale_id=instance.locale_id)
        .select_related("source")
        .first()
    )
    if translation is None:
        return
    source = Clause.objects.filter(
        translation_key=instance.translation_key, locale_id=translation.source.locale_id
    ).first()
    if source is None:
        return
    for name in synchronised_many_to_many(instance):
        getattr(instance, name).set(list(getattr(source, name).all()))


def connect_signals():
    pre_save.connect(_copy_facets_from_source, sender=Clause, dispatch_uid="clauses.facet_sync")
