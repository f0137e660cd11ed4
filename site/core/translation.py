"""Translation helpers shared by the apps: per-field translation rules and resolving shared
snippets (contacts, themes, clauses) to the active language's translation."""

import re

from django.conf import settings
from django.db.models import Case, CharField, Exists, F, OuterRef, Q, Value, When
from django.db.models.functions import Cast
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import LocaleSynchronization, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.synctree import PageIndex, synchronize_tree


def synchronise(model, *field_names):
    """Keep wagtail-localize's default rules for `model`, but synchronise `field_names`: the
    translation keeps the very same value (typically a reference to a default-language snippet
    that templates resolve at render time)."""
    fields = [f for f in get_translatable_fields(model) if f.field_name not in field_names]
    model.translatable_fields = fields + [
        SynchronizedField(name, overridable=False) for name in field_names
    ]


def ensure_locale_synchronisation(using="default"):
    """Every locale is synchronised from the default one (wagtail-localize's
    `LocaleSynchronization`): each default-language page gets an alias in every other locale
    until it is translated, and pages created in the admin later get theirs by themselves.
    Creating a record synchronises that locale's tree at once. Returns the locales it added."""
    default = Locale.objects.using(using).filter(language_code=settings.LANGUAGE_CODE).first()
    if default is None:  # no locale yet, or a test run just flushed the database
        return []
    added = []
    for locale in Locale.objects.using(using).exclude(pk=default.pk):
        _sync, created = LocaleSynchronization.objects.using(using).get_or_create(
            locale=locale, defaults={"sync_from": default}
        )
        if created:
            added.append(locale.language_code)
    return added


def synchronise_locales():
    """Make the synchronisation records (if missing) and bring every locale's tree up to date:
    the pages created in code (the demo loader, commands, tests) get their aliases here, as the
    admin's `after_create_page` hook never ran for them. Idempotent."""
    ensure_locale_synchronisation()
    index = PageIndex.from_database().sort_by_tree_position()
    for sync in LocaleSynchronization.objects.select_related("locale", "sync_from"):
        synchronize_tree(sync.sync_from, sync.locale, page_index=index)


def own_translation(source, locale):
    """`source`'s translation in `locale` if it has content of its own (not an alias)."""
    target = source.get_translation_or_none(locale)
    if target is None or getattr(target, "alias_of_id", None):
        return None
    return target


# The annotation `with_source_language` puts on pages: the language code of the text a page
# shows when it is not its own locale's, else None.
SOURCE_LANGUAGE = "odf_source_language"


def _showing_converted_source(default_locale_id):
    """A live translation converted from an alias whose translated version is not published:
    wagtail-localize saves a conversion with the source's text as fallback and keeps it live on
    the source's revision, so a live revision of the page's own means text of its own."""
    in_translation = Translation.objects.filter(
        source__object_id=OuterRef("translation_key"), target_locale_id=OuterRef("locale_id")
    )
    own_live_revision = Q(live_revision__object_id=Cast("pk", CharField()))
    return (
        Q(live=True) & ~own_live_revision & ~Q(locale_id=default_locale_id) & Exists(in_translation)
    )


def with_source_language(pages, default_locale=None):
    """`pages` annotated with SOURCE_LANGUAGE: the language of the text each page shows when it
    still shows its source's (an alias: its original's language; a conversion whose translated
    version is unpublished: the default language), else None. Part of the same query, so a list
    of cards costs nothing more per card."""
    default = default_locale or Locale.get_default()
    return pages.annotate(
        **{
            SOURCE_LANGUAGE: Case(
                When(alias_of__isnull=False, then=F("alias_of__locale__language_code")),
                When(_showing_converted_source(default.pk), then=Value(default.language_code)),
                default=None,
                output_field=CharField(),
            )
        }
    )


def shows_source_content(page, default_locale_id=None):
    """True when `page` still shows its source's (English) text: an alias, or a translation
    converted from a live alias whose translated version has not been published yet (the rule
    of `with_source_language`, asked of one page)."""
    if SOURCE_LANGUAGE in page.__dict__:
        return getattr(page, SOURCE_LANGUAGE) is not None
    if page.alias_of_id:
        return True
    default_locale_id = default_locale_id or Locale.get_default().pk
    if not page.live or page.locale_id == default_locale_id:
        return False
    return (
        Page.objects.filter(pk=page.pk)
        .filter(_showing_converted_source(default_locale_id))
        .exists()
    )


def with_own_content(pages):
    """`pages` without those that show their source's text (see `with_source_language`): no
    alias, no conversion whose translated version is unpublished. One query, whatever the size."""
    return pages.filter(alias_of__isnull=True).exclude(
        _showing_converted_source(Locale.get_default().pk)
    )


def source_page(page):
    """The page whose content `page` shows while it is not translated: the alias's original, or
    the default-language page it is a translation of (None if there is none)."""
    if page.alias_of_id:
        return page.alias_of
    return (
        Page.objects.filter(translation_key=page.translation_key, locale=Locale.get_default())
        .exclude(pk=page.pk)
        .first()
    )


def in_locale_or_source(pages, locale):
    """Each of `pages` (live pages in any locale) as shown to a reader of `locale`: its live
    translation there (annotated by `with_source_language`) where there is one, else the page
    itself, marked as showing its own language (SOURCE_LANGUAGE), so templates give it its
    `lang`. Two queries, whatever the number of pages."""
    pages = list(pages)
    keys = {page.translation_key for page in pages}
    found = {
        page.translation_key: page
        for page in with_source_language(
            Page.objects.live().filter(translation_key__in=keys, locale=locale)
        ).specific()
    }
    shown = []
    for page in pages:
        translation = found.get(page.translation_key)
        if translation is None:
            translation = page
            own = None if page.locale_id == locale.pk else page.locale.language_code
            setattr(translation, SOURCE_LANGUAGE, getattr(page, SOURCE_LANGUAGE, None) or own)
        shown.append(translation)
    return shown


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
    Does nothing if the translation exists already; an alias of the source in that locale is
    converted into the translation (as wagtail-localize does when a translator starts one)."""
    locale = Locale.objects.get(language_code=language_code)
    existing = own_translation(source, locale)
    if existing is not None:
        return existing, 0
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
