"""wagtail-localize's submit and update views for translators, held to their own languages.

wagtail-localize checks one permission, `submit_translation`, with no notion of language. A
translator holds it (to start and update translations into their language); these views, which
`roles.middleware.TranslatorLocaleMiddleware` puts in place of the library's for them:

- offer only their languages when they start a translation, and refuse (403) a request for
  another; a clause they may not publish goes straight to its workflow ("Clause moderation");
- update only their languages' translations after the source changed (the library's view
  refreshes and publishes every language's at once), publishing what they may publish and
  submitting the rest to moderation."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)

from . import publishing


class LocaleLimitedSubmit:
    """Mixin for the submit views: `allowed` is the set of locale ids the user translates into."""

    allowed = None

    def post(self, request, **kwargs):
        requested = set(request.POST.getlist("locales"))
        if not requested <= {str(pk) for pk in self.allowed}:
            raise PermissionDenied
        return super().post(request, **kwargs)

    def get_form(self):
        form = super().get_form()
        field = form.fields["locales"]
        field.queryset = field.queryset.filter(pk__in=self.allowed)
        if len(field.queryset) < 2:  # as the library does: nothing to select all of
            form.fields["select_all"].widget = forms.HiddenInput()
        return form

    def form_valid(self, form):
        response = super().form_valid(form)
        for locale in form.cleaned_data["locales"]:
            target = self.object.get_translation_or_none(locale)
            workflow = publishing.workflow_of(target) if target is not None else None
            if workflow is not None and not publishing.may_publish(self.request.user, target):
                publishing.submit_for_moderation(target, self.request.user)
        return response


class LocaleLimitedSubmitPageTranslationView(LocaleLimitedSubmit, SubmitPageTranslationView):
    pass


class LocaleLimitedSubmitSnippetTranslationView(LocaleLimitedSubmit, SubmitSnippetTranslationView):
    pass


def update_own_translations(request, translation_source_id, allowed):
    """The update view's POST for a translator: refresh the source, then update (and publish, if
    asked and allowed) their own languages' translations only. None for a GET (the library's
    view shows the form); 403 if the source has no translation in their languages."""
    source = get_object_or_404(TranslationSource, pk=translation_source_id)
    own = [
        (translation, target)
        for translation, target in publishing.translation_targets(source)
        if translation.target_locale_id in allowed
    ]
    if not own:
        raise PermissionDenied
    if request.method != "POST":
        return None
    publish = bool(request.POST.get("publish_translations"))
    with transaction.atomic():
        source.update_from_db()
        for translation, target in own:
            if publish:
                publishing.publish_or_moderate(request, translation, target)
            else:
                source.update_target_view_restrictions(translation.target_locale)
    messages.success(
        request,
        gettext("The translations of “%(object)s” into your languages are up to date.")
        % {"object": source.object_repr},
    )
    edit_url = AdminURLFinder(request.user).get_edit_url(source.get_source_instance())
    return redirect(edit_url or "wagtailadmin_home")
