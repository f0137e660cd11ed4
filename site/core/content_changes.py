"""What counts as content for the page cache (ourdigitalfuture.core.page_cache): the models
whose changes bump the site generation, and the signals connected to `bump`.

Wagtail's page_published, page_unpublished and post_page_move signals, and post_save/post_delete/
m2m_changed of every model Wagtail's registries name as content: the Page subclasses, the
registered snippets and settings, images, documents, collections, sites, locales, view
restrictions (a page made private leaves the cache at once), wagtail-localize's translations and
translated strings (a notice shows the progress), their inline children (ParentalKey) and
many-to-many links (`watched`). Saving only a draft (a revision, a lock) does not count."""

from django.apps import apps
from django.conf import settings
from django.core.signals import setting_changed
from django.db.models.signals import m2m_changed, post_delete, post_save
from modelcluster.fields import ParentalKey
from wagtail.contrib.settings.registry import registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished
from wagtail.snippets import models as snippets
from wagtail_localize.models import StringTranslation, Translation

from .near_cache import near
from .page_cache import bump

# Fields that saving a draft, a revision or a lock changes: no reader sees them.
DRAFT_ONLY_FIELDS = frozenset(
    {
        "comments",
        "wagtail_admin_comments",
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_by",
        "locked_at",
    }
)


def registered_models():
    """The content models Wagtail's registries name, with their inline children and their
    many-to-many links; None while the snippets' registry is not complete (at start-up)."""
    if snippets.DEFER_REGISTRATION:
        return None
    return with_parts(set(snippets.get_snippet_models()) | set(registry) | base_models())


def base_models():
    """The Page subclasses, images, documents, collections, sites, locales and the pages' and
    collections' view restrictions (a page made private must leave the cache at once)."""
    pages = {model for model in apps.get_models() if issubclass(model, Page)}
    return pages | {
        get_image_model(),
        get_document_model(),
        Collection,
        Site,
        Locale,
        PageViewRestriction,
        CollectionViewRestriction,
        # A translator's work: the untranslated-page notice shows its progress.
        Translation,
        StringTranslation,
    }


def with_parts(models):
    parts = set(models)
    for model in models:
        for relation in model._meta.related_objects:
            if isinstance(relation.field, ParentalKey):
                parts.add(relation.related_model)
        for field in model._meta.many_to_many:
            parts.add(field.remote_field.through)
    for model in list(parts):
        for field in model._meta.many_to_many:
            parts.add(field.remote_field.through)
    return frozenset(parts)


_watched = None


def watched(model):
    """Whether saving or deleting a `model` object changes what pages show."""
    global _watched
    if _watched is None:
        models = registered_models()
        if models is None:
            return True  # start-up: count every change rather than miss one
        _watched = models
    return model in _watched


def project_models():
    """Every model of the project's own apps (not an installed package's)."""
    base = str(settings.BASE_DIR)
    return {
        model
        for config in apps.get_app_configs()
        if config.path.startswith(base) and "site-packages" not in config.path
        for model in config.get_models()
    }


def on_save(sender, instance, update_fields=None, **kwargs):
    if update_fields and frozenset(update_fields) <= DRAFT_ONLY_FIELDS:
        return
    if watched(sender):
        bump()


def on_delete(sender, **kwargs):
    if watched(sender):
        bump()


def on_m2m_change(sender, instance, action, **kwargs):
    if action.startswith("post_") and (watched(sender) or watched(type(instance))):
        bump()


def on_setting_changed(setting, **kwargs):
    if setting.startswith("PAGE_CACHE_NEAR") or setting == "CACHES":
        near.clear()  # nothing kept near is the new cache's
    if setting != "CACHES":  # another cache: nothing kept in it is this one's
        bump()


def connect_signals():
    """Called from the kernel's AppConfig.ready(). post_delete is connected model by model
    (a receiver for every model would stop Django's fast bulk deletes everywhere): to every
    model the registries could name, which `watched` then narrows."""
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(bump, dispatch_uid=f"page-cache-{signal}")
    post_save.connect(on_save, dispatch_uid="page-cache-save")
    m2m_changed.connect(on_m2m_change, dispatch_uid="page-cache-m2m")
    for model in with_parts(base_models() | project_models()):
        post_delete.connect(on_delete, sender=model, dispatch_uid=f"page-cache-delete-{model}")
    # A test that changes a setting between two requests gets fresh pages.
    setting_changed.connect(on_setting_changed, dispatch_uid="page-cache-settings")
