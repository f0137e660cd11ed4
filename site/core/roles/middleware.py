"""Keeping translators to their language on wagtail-localize's own endpoints."""

from django.core.exceptions import PermissionDenied
from wagtail.models import Page
from wagtail_localize.models import Translation

from .. import publishing, translating
from .access import may_edit_in_locale, translation_locale_ids

SUBMIT_VIEWS = {
    "submit_page_translation": translating.LocaleLimitedSubmitPageTranslationView,
    "submit_snippet_translation": translating.LocaleLimitedSubmitSnippetTranslationView,
}


class TranslatorLocaleMiddleware:
    """A guard keyed on wagtail-localize's resolved views.

    - Its translation endpoints (strings, overrides, PO files, machine translation, preview,
      stop) check only the model permission for snippets, so a translator could write into
      another language's translation through them: refused unless the user works in the
      translation's language. (Pages need nothing here: wagtail-localize checks page
      permissions, which are per tree.)
    - Its paths that make content live answer to `publishing.may_publish`, as the edit views
      do: "update translations" with "Publish immediately" (what the user may not publish
      is saved as a draft and submitted to moderation instead) and "convert to alias".
    - Its submit and update views check only `submit_translation`: a translator gets the
      versions of `translating`, held to their own languages."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or "wagtail_localize" not in match.namespaces:
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        limited_to = (
            translation_locale_ids(user)
            if match.url_name in {*SUBMIT_VIEWS, "update_translations"}
            and user.has_perm("wagtail_localize.submit_translation")
            else None
        )
        if limited_to is not None and match.url_name in SUBMIT_VIEWS:
            view = SUBMIT_VIEWS[match.url_name].as_view(allowed=limited_to)
            return view(request, *view_args, **view_kwargs)
        if limited_to is not None:  # update_translations
            return translating.update_own_translations(
                request, view_kwargs["translation_source_id"], limited_to
            )
        if match.url_name == "update_translations":
            return publishing.guard_update_translations(request, view_func, view_args, view_kwargs)
        if match.url_name == "convert_to_alias":
            return publishing.guard_convert_to_alias(request, view_func, view_args, view_kwargs)
        translation_id = view_kwargs.get("translation_id")
        if translation_id is None:
            return None
        translation = (
            Translation.objects.filter(pk=translation_id)
            .select_related("source__specific_content_type")
            .first()
        )
        if translation is None:
            return None
        model = translation.source.specific_content_type.model_class()
        if model is None or issubclass(model, Page):
            return None
        if not may_edit_in_locale(user, model, translation.target_locale_id):
            raise PermissionDenied
        return None
