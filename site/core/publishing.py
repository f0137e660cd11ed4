"""Nothing goes live without the right to publish it, whichever way it is sent.

Wagtail's edit views decide who may publish: a page's publish permission (per tree), a
snippet's "publish" model permission, and no lock held by someone else (a workflow's task
locks what it reviews against everyone but its reviewers). Everyone else saves drafts and
submits them to the object's workflow: every clause goes through "Clause moderation".

wagtail-localize has paths of its own that publish: its "update translations" view publishes
every translation when asked to (checking only its `submit_translation` permission), its
translation editor publishes (checking the permission but not locks) and converting a
translated page back into an alias mirrors the source's live state. `TranslatorLocaleMiddleware`
(roles/middleware.py, keyed on the resolved view) and the hooks below hold them all to
`may_publish`; someone who may not publish a translation saves it as a draft and submits it to
moderation instead (`moderate_translation`, offered in the translation editor in place of the
"Publish" button that wagtail-localize shows only to publishers). Its submit view only ever
creates drafts of pages and clauses (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is off);
PO uploads, machine translation and the string editor write translations, never content."""

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    TranslatableMixin,
    WorkflowMixin,
    WorkflowState,
)
from wagtail.snippets.permissions import get_permission_name

from .roles.access import may_edit_in_locale


def _locked_for(user, instance):
    if not isinstance(instance, LockableMixin | Page):
        return False
    lock = instance.get_lock()
    return bool(lock and lock.for_user(user))


def may_edit(user, instance):
    """Whether the edit view would let `user` change `instance` (in its language)."""
    if not user.is_active:
        return False
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    if not user.has_perm(get_permission_name("change", type(instance))):
        return False
    locale_id = getattr(instance, "locale_id", None)
    return locale_id is None or may_edit_in_locale(user, type(instance), locale_id)


def may_publish(user, instance):
    """Whether Wagtail's edit view would let `user` make `instance` live directly: the publish
    permission (for a snippet without drafts, saving is publishing: the change permission), in
    a language the user works in, and no lock (a workflow's included) held against them."""
    if not user.is_active:
        return False
    if isinstance(instance, Page):
        if not instance.permissions_for_user(user).can_publish():
            return False
    elif isinstance(instance, DraftStateMixin):
        if not user.has_perm(get_permission_name("publish", type(instance))):
            return False
        if not may_edit(user, instance):
            return False
    elif not may_edit(user, instance):
        return False
    return not _locked_for(user, instance)


def workflow_of(instance):
    if not isinstance(instance, WorkflowMixin | Page):
        return None
    return instance.get_workflow()


def save_draft(translation, user):
    """Save `translation`'s target as a draft revision without touching what is live.

    (wagtail-localize's `save_target(publish=False)` writes the draft into a page's row, which
    is its live content, and takes a live snippet offline.) Returns the target."""
    try:
        target = translation.get_target_instance()
    except translation.source.specific_content_type.model_class().DoesNotExist:
        # A first translation: nothing of it is live yet.
        translation.save_target(user=user, publish=False)
        return translation.get_target_instance()
    if getattr(target, "alias_of_id", None):
        # An alias mirrors its source; its own content starts when someone publishes it.
        raise PermissionDenied
    draft = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    draft.save_revision(user=user)
    return draft


def submit_for_moderation(instance, user):
    """Send `instance`'s latest revision through its workflow, as the edit view's "Submit"
    does. Returns the workflow, or None if none applies (then it stays a draft)."""
    workflow = workflow_of(instance)
    if workflow is None:
        return None
    state = instance.current_workflow_state
    if state is None:
        workflow.start(instance, user)
    elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    # In progress already: approving it publishes the latest revision, this one.
    return workflow


def draft_and_moderate(request, translation):
    """Save `translation` as a draft and submit it to moderation, telling the user so."""
    user = request.user
    locale = translation.target_locale.get_display_name()
    try:
        target = save_draft(translation, user)
    except ValidationError:
        messages.error(
            request,
            gettext("“%(object)s” in %(language)s could not be saved: check its translation.")
            % {"object": translation.source.object_repr, "language": locale},
        )
        return None
    workflow = submit_for_moderation(target, user)
    if workflow is None:
        messages.warning(
            request,
            gettext(
                "You may not publish “%(object)s” in %(language)s: it was saved as a draft "
                "for someone who may."
            )
            % {"object": str(target), "language": locale},
        )
    else:
        messages.success(
            request,
            gettext("“%(object)s” in %(language)s was submitted to %(workflow)s.")
            % {"object": str(target), "language": locale, "workflow": workflow.name},
        )
    return workflow


# wagtail-localize's paths -------------------------------------------------------------------


def translation_targets(source):
    """(translation, target instance or None) for each enabled translation of `source`."""
    for translation in source.translations.filter(enabled=True).select_related(
        "target_locale", "source"
    ):
        try:
            target = translation.get_target_instance()
        except translation.source.specific_content_type.model_class().DoesNotExist:
            target = None
        yield translation, target


def guard_update_translations(request, view_func, view_args, view_kwargs):
    """wagtail-localize's "update translations" view with "Publish immediately" ticked: it
    publishes every translation. What the user may not publish is saved as a draft and
    submitted to moderation instead."""
    from wagtail_localize.models import TranslationSource

    if request.method != "POST" or not request.POST.get("publish_translations"):
        return None
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        return None  # the view refuses it
    source = get_object_or_404(TranslationSource, pk=view_kwargs["translation_source_id"])
    targets = list(translation_targets(source))
    if all(target is not None and may_publish(request.user, target) for _, target in targets):
        return None
    post = request.POST.copy()
    post.pop("publish_translations")
    request.POST = post
    with transaction.atomic():
        response = view_func(request, *view_args, **view_kwargs)
        if not isinstance(response, HttpResponseRedirect):
            return response  # the form was refused: nothing was saved
        for translation, target in targets:
            publish_or_moderate(request, translation, target)
    return response


def publish_or_moderate(request, translation, target):
    """Publish `translation` if the user may publish its target; else save it as a draft and
    submit it to moderation, or say why not."""
    if target is not None and may_publish(request.user, target):
        translation.save_target(user=request.user, publish=True)
        return
    try:
        draft_and_moderate(request, translation)
    except PermissionDenied:
        messages.error(
            request,
            gettext("You may not publish “%(object)s” in %(language)s.")
            % {
                "object": translation.source.object_repr,
                "language": translation.target_locale.get_display_name(),
            },
        )


def guard_convert_to_alias(request, view_func, view_args, view_kwargs):
    """Converting a translated page into an alias replaces its content with the source's live
    content and mirrors its live state: publishing, so for those who may publish it."""
    page = get_object_or_404(Page, pk=view_kwargs["page_id"]).specific
    if not may_publish(request.user, page):
        raise PermissionDenied
    return None


def refuse_publishing_translation(request, instance):
    """`before_edit_page` / `before_edit_snippet` hook: the translation editor's "Publish"
    (a POST with action=publish) only for those who may publish the translation."""
    from wagtail_localize.models import Translation

    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if not isinstance(instance, TranslatableMixin):
        return None
    if not Translation.objects.filter(
        source__object_id=instance.translation_key, target_locale_id=instance.locale_id
    ).exists():
        return None
    if may_publish(request.user, instance):
        return None
    if not may_edit(request.user, instance):
        raise PermissionDenied
    messages.error(
        request,
        gettext("You may not publish “%(object)s”: submit it to moderation instead.")
        % {"object": str(instance)},
    )
    return redirect(request.path)


def refuse_bulk_publishing(request, action_type, objects, action_class_instance):
    """`before_bulk_action` hook: the pages' bulk publish and unpublish actions check the
    publish permission but not locks (a page in a workflow is locked for all but its
    reviewers)."""
    if action_type not in ("publish", "unpublish"):
        return None
    refused = [
        obj
        for obj in objects
        if isinstance(obj, Page | DraftStateMixin) and not may_publish(request.user, obj)
    ]
    if not refused:
        return None
    messages.error(
        request,
        gettext("You may not publish or unpublish: %(objects)s.")
        % {"objects": ", ".join(str(obj) for obj in refused)},
    )
    return redirect("wagtailadmin_home")


# Submitting a translation to moderation -----------------------------------------------------


def moderation_for(user, translation, instance):
    """What the translation editor offers `user` in place of "Publish", or None: the workflow
    and its state, when the user may edit the translation but not publish it."""
    if not may_edit(user, instance) or may_publish(user, instance):
        return None
    workflow = workflow_of(instance)
    if workflow is None:
        return None
    state = instance.current_workflow_state
    return {
        "workflow": workflow,
        "in_progress": state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS,
    }


@require_POST
def moderate_translation(request, translation_id):
    """Save a translation as a draft and submit it to its workflow (the translation editor's
    "Submit to moderation"), for someone who may edit the translation."""
    from wagtail_localize.models import Translation

    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"),
        pk=translation_id,
        enabled=True,
    )
    model = translation.source.specific_content_type.model_class()
    try:
        instance = translation.get_target_instance()
    except model.DoesNotExist as error:
        raise PermissionDenied from error
    if not may_edit(request.user, instance):
        raise PermissionDenied
    edit_url = AdminURLFinder(request.user).get_edit_url(instance)
    if edit_url is None:
        raise PermissionDenied
    if _locked_for(request.user, instance):
        messages.error(
            request,
            gettext("“%(object)s” is locked: it waits for a reviewer's decision.")
            % {"object": str(instance)},
        )
        return redirect(edit_url)
    with transaction.atomic():
        draft_and_moderate(request, translation)
    return redirect(edit_url)


def moderation_url(translation):
    from django.urls import reverse

    return reverse("core_moderate_translation", args=[quote(translation.pk)])
