"""What waits for translation, per language: the translators' dashboard panel and the
"Waiting for translation" report list it.

For each language (a Locale), four kinds of item, each with a link to what to do about it:

- "started": a translation made but not finished: a page converted from an alias that still
  shows its source's text (`translation.shows_source_content`), a page or clause translation
  never published, or any translation with source strings still untranslated
  (wagtail-localize's own measure, as in its translations report); link: its edit view (the
  translation editor);
- "outdated": a translation whose source changed since the translation was last updated (the
  source published after `TranslationSource.last_updated_at`, or, for a snippet that keeps no
  revisions, its content no longer what the source holds); link: wagtail-localize's update view;
- "alias": a page that is still an alias of its source (locale synchronisation makes one in every
  language); link: wagtail-localize's submit view with the language selected (the alias's edit
  view offers the same "Translate this page");
- "missing": a page or snippet (every translatable model registered as a snippet: clauses,
  themes, contacts…) live in another language with no version in this one; link: the submit
  view with the language selected.

The kernel imports no app: the models are found through Wagtail's registries."""

import json
from collections import Counter
from dataclasses import dataclass

from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import (
    DraftStateMixin,
    Locale,
    Page,
    RevisionMixin,
    get_translatable_models,
)
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from .translation import shows_source_content

KINDS = {
    "started": _("Translation not finished"),
    "outdated": _("Source changed"),
    "alias": _("Not translated (alias)"),
    "missing": _("No translation"),
}
ACTIONS = {
    "started": _("Continue"),
    "outdated": _("Update"),
    "alias": _("Translate"),
    "missing": _("Translate"),
}


@dataclass
class Waiting:
    """One thing waiting for translation into `locale`."""

    kind: str
    title: str
    model: type
    locale: Locale
    url: str

    @property
    def kind_label(self):
        return KINDS[self.kind]

    @property
    def action_label(self):
        return ACTIONS[self.kind]

    @property
    def type_label(self):
        return capfirst(self.model._meta.verbose_name)

    @property
    def language(self):
        return self.locale.get_display_name()


def translatable_snippet_models():
    """The translatable models registered as snippets (their root translatable model)."""
    snippets = set(get_snippet_models())
    return [
        model
        for model in get_translatable_models()
        if model in snippets and not issubclass(model, Page)
    ]


def target_locales(allowed_ids=None):
    """The locales translations go into, limited to `allowed_ids` (None: every one)."""
    locales = Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code")
    if allowed_ids is not None:
        locales = locales.filter(pk__in=allowed_ids)
    return list(locales)


def _submit_url(obj, locale):
    if isinstance(obj, Page):
        url = reverse("wagtail_localize:submit_page_translation", args=[obj.pk])
    else:
        meta = obj._meta
        url = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[meta.app_label, meta.model_name, quote(obj.pk)],
        )
    return f"{url}?select_locale={locale.language_code}"


def _live(model):
    manager = model._default_manager
    return manager.filter(live=True) if issubclass(model, DraftStateMixin) else manager.all()


def _one_per_object(objects, default_locale_id):
    """One object per translation key, the default language's where there is one."""
    chosen = {}
    for obj in objects:
        current = chosen.get(obj.translation_key)
        if current is None or obj.locale_id == default_locale_id:
            chosen[obj.translation_key] = obj
    return list(chosen.values())


def _aliases(locale):
    aliases = Page.objects.filter(locale=locale, alias_of__live=True).order_by("path")
    for page in aliases.select_related("alias_of"):
        yield Waiting(
            "alias", page.title, page.specific_class, locale, _submit_url(page.alias_of, locale)
        )


def _missing(locale, default_locale_id):
    pages = (
        Page.objects.filter(depth__gt=1, alias_of__isnull=True, live=True)
        .exclude(locale=locale)
        .exclude(translation_key__in=Page.objects.filter(locale=locale).values("translation_key"))
        .order_by("path")
    )
    for page in _one_per_object(pages, default_locale_id):
        yield Waiting("missing", page.title, page.specific_class, locale, _submit_url(page, locale))
    for model in translatable_snippet_models():
        manager = model._default_manager
        sources = (
            _live(model)
            .exclude(locale=locale)
            .exclude(translation_key__in=manager.filter(locale=locale).values("translation_key"))
            .order_by("pk")
        )
        for obj in _one_per_object(sources, default_locale_id):
            yield Waiting("missing", str(obj), model, locale, _submit_url(obj, locale))


def _with_untranslated_strings():
    """Translations with a source string not yet translated (wagtail-localize's "waiting for
    translations", from its translations report)."""
    untranslated = (
        StringSegment.objects.filter(source_id=OuterRef("source_id"))
        .annotate(
            _target_locale_id=OuterRef("target_locale_id"),
            is_translated=Exists(
                StringTranslation.objects.filter(
                    translation_of_id=OuterRef("string_id"),
                    context_id=OuterRef("context_id"),
                    locale_id=OuterRef("_target_locale_id"),
                    has_error=False,
                )
            ),
        )
        .filter(is_translated=False)
    )
    return Translation.objects.filter(enabled=True).filter(Exists(untranslated))


def _started(locale):
    finder = AdminURLFinder()
    keys = Translation.objects.filter(target_locale=locale, enabled=True).values(
        "source__object_id"
    )
    unfinished = set(
        _with_untranslated_strings()
        .filter(target_locale=locale)
        .values_list("source__object_id", flat=True)
    )
    never_published = Q(live_revision__isnull=True, translation_key__in=keys)
    pages = Page.objects.filter(locale=locale, alias_of__isnull=True, depth__gt=1).filter(
        never_published | Q(translation_key__in=unfinished)
    )
    for page in pages.order_by("path"):
        if page.translation_key in unfinished or (
            shows_source_content(page) if page.live else page.last_published_at is None
        ):
            url = finder.get_edit_url(page)
            yield Waiting("started", page.title, page.specific_class, locale, url)
    for model in translatable_snippet_models():
        waits = Q(translation_key__in=unfinished)
        if issubclass(model, DraftStateMixin):
            waits |= Q(live=False, last_published_at__isnull=True, translation_key__in=keys)
        objects = model._default_manager.filter(waits, locale=locale).order_by("pk")
        for obj in objects:
            yield Waiting("started", str(obj), model, locale, finder.get_edit_url(obj))


def _source_changed(model, sources):
    """Ids of `sources` (TranslationSources of `model`) whose object changed since."""
    root = model.get_translation_model()
    by_key = {(s.object_id, s.locale_id): s for s in sources}
    objects = model._default_manager.filter(translation_key__in={k for k, _ in by_key})
    if issubclass(root, DraftStateMixin):
        edits = objects.values_list("translation_key", "locale_id", "last_published_at")
    elif issubclass(root, RevisionMixin):
        edits = objects.values_list("translation_key", "locale_id", "latest_revision__created_at")
    else:
        # No record of edits: compare the content with what the source holds, serialised as
        # wagtail-localize serialises it.
        changed = set()
        for obj in objects:
            source = by_key.get((obj.translation_key, obj.locale_id))
            if source is None:
                continue
            if isinstance(obj, ClusterableModel):
                current = obj.to_json()
            else:
                current = json.dumps(get_serializable_data_for_fields(obj), cls=DjangoJSONEncoder)
            if json.loads(current) != json.loads(source.content_json):
                changed.add(source.pk)
        return changed
    return {
        by_key[(key, locale_id)].pk
        for key, locale_id, edited in edits
        if (key, locale_id) in by_key
        and edited is not None
        and edited > by_key[(key, locale_id)].last_updated_at
    }


def _outdated(locales):
    """{locale id: [Waiting]} of the translations into `locales` whose source changed."""
    translations = list(
        Translation.objects.filter(target_locale__in=locales, enabled=True)
        .select_related("source", "target_locale")
        .order_by("source__object_repr")
    )
    by_model = {}
    for translation in translations:
        by_model.setdefault(translation.source.specific_content_type_id, {})[
            translation.source.pk
        ] = translation.source
    changed = set()
    for content_type_id, sources in by_model.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:
            changed |= _source_changed(model, sources.values())
    result = {}
    for translation in translations:
        source = translation.source
        if source.pk not in changed:
            continue
        model = ContentType.objects.get_for_id(source.specific_content_type_id).model_class()
        target = model.get_translation_model()._default_manager.filter(
            translation_key=source.object_id, locale_id=translation.target_locale_id
        )
        if issubclass(model, Page):
            target = target.filter(alias_of__isnull=True)
        if not target.exists():
            continue
        url = reverse("wagtail_localize:update_translations", args=[source.pk])
        result.setdefault(translation.target_locale_id, []).append(
            Waiting("outdated", source.object_repr, model, translation.target_locale, url)
        )
    return result


def what_waits(locales, kinds=None):
    """Everything waiting for translation into `locales`, language by language, in the order of
    KINDS (or only `kinds`)."""
    kinds = list(KINDS) if kinds is None else [kind for kind in KINDS if kind in kinds]
    default_locale_id = Locale.get_default().pk
    outdated = _outdated(locales) if "outdated" in kinds else {}
    items = []
    for locale in locales:
        for kind in kinds:
            if kind == "started":
                items.extend(_started(locale))
            elif kind == "outdated":
                items.extend(outdated.get(locale.pk, []))
            elif kind == "alias":
                items.extend(_aliases(locale))
            else:
                items.extend(_missing(locale, default_locale_id))
    return items


def counts(items):
    """{(language code, kind): number of items}."""
    return Counter((item.locale.language_code, item.kind) for item in items)
