"""Translation helpers shared by the apps: per-field translation rules and resolving shared
snippets (contacts, themes, clauses) to the active language's translation."""

import re

from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


def synchronise(model, *field_names):
    """Keep wagtail-localize's default rules for `model`, but synchronise `field_names`: the
    translation keeps the very same value (typically a reference to a default-language snippet
    that templates resolve at render time)."""
    fields = [f for f in get_translatable_fields(model) if f.field_name not in field_names]
    model.translatable_fields = fields + [
        SynchronizedField(name, overridable=False) for name in field_names
    ]


def localize(objects, locale, queryset):
    """Each object's translation in `locale` from `queryset` where there is one, else the object
    itself; every result gets `is_fallback` (True when shown in another language)."""
    objects = list(objects)
    keys = {obj.translation_key for obj in objects}
    found = {
        obj.translation_key: obj for obj in queryset.filter(translation_key__in=keys, locale=locale)
    }
    result = []
    for obj in objects:
        shown = found.get(obj.translation_key, obj)
        shown.is_fallback = shown.locale_id != locale.id
        result.append(shown)
    return result


UUID_IN_PATH = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _with_block_ids(instance):
    """Give an unsaved instance's StreamField blocks their ids, as saving would: segment paths
    are built from block ids."""
    for field in instance._meta.get_fields():
        if isinstance(field, StreamField):
            value = field.value_from_object(instance)
            setattr(instance, field.name, field.to_python(field.get_prep_value(value)))
    return instance


def _string_segments(instance):
    return [s for s in extract_segments(instance) if isinstance(s, StringSegmentValue)]


def _shape(segment):
    """A segment's place in its object, without the block ids that differ between copies."""
    return UUID_IN_PATH.sub("*", segment.path)


def translate_from_copy(source, translated_copy, language_code, publish=True):
    """Translate `source` into `language_code` through wagtail-localize's own objects: the
    strings of `translated_copy` (an unsaved instance built like the source, with translated
    text) become the translation's string translations (a PO import), then the translation is
    saved. Returns (target, missing) where `missing` counts source strings left untranslated.
    Does nothing if the translation exists already."""
    locale = Locale.objects.get(language_code=language_code)
    if source.has_translation(locale):
        return source.get_translation(locale), 0
    if isinstance(source, Page) and not translated_copy.slug:
        translated_copy.slug = source.slug  # translations keep the source's slug
    source_segments = _string_segments(source)
    copy_segments = _string_segments(_with_block_ids(translated_copy))
    source_shape = [_shape(s) for s in source_segments]
    copy_shape = [_shape(s) for s in copy_segments]
    if source_shape != copy_shape:
        raise ValueError(
            f"The {language_code} copy of {source!r} is not built like the source; its strings "
            f"cannot be matched: {sorted(set(source_shape) ^ set(copy_shape))} or counts differ."
        )
    by_context_html = {}
    for original, translated in zip(source_segments, copy_segments, strict=True):
        by_context_html.setdefault(original.path, []).append(translated.string.data)

    translation_source, _ = TranslationSource.get_or_create_from_instance(source)
    translation, _ = Translation.objects.get_or_create(
        source=translation_source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    seen = {}
    missing = 0
    for entry in po:
        if entry.obsolete:
            continue
        index = seen.get(entry.msgctxt, 0)
        seen[entry.msgctxt] = index + 1
        candidates = by_context_html.get(entry.msgctxt, [])
        if index < len(candidates) and candidates[index]:
            entry.msgstr = candidates[index]
        else:
            missing += 1
    translation.import_po(po)
    is_page = isinstance(source, Page)
    # wagtail-localize publishes on transaction commit; the loader may run inside an outer
    # transaction (tests), so save a draft and publish it here.
    translation.save_target(publish=not is_page and publish)
    target = source.get_translation(locale)
    if publish and hasattr(target, "get_latest_revision"):
        target.get_latest_revision().publish()
    return target, missing
