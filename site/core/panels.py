"""The translators' dashboard panel: what waits for translation into their languages."""

from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils.translation import get_language_info
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.components import Component
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from .roles import translator_groups


def _waiting_for_translation():
    """Translations with at least one source string not yet translated (wagtail-localize's own
    definition, from its translations report)."""

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


class TranslationPanel(Component):
    """A translator's queue: what is waiting for translation into their language(s)."""

    name = "role_translations"
    template_name = "core/dashboard/translation_panel.html"
    order = 150
    limit = 10

    def __init__(self, language_codes):
        self.language_codes = sorted(language_codes)

    def get_context_data(self, parent_context):

        request = parent_context["request"]
        finder = AdminURLFinder(request.user)
        waiting = (
            _waiting_for_translation()
            .filter(target_locale__language_code__in=self.language_codes)
            .select_related("source", "source__specific_content_type", "target_locale")
            .order_by("-created_at")
        )
        items = []
        for translation in waiting[: self.limit]:
            model = translation.source.specific_content_type.model_class()
            try:
                target = translation.get_target_instance()
            except model.DoesNotExist:
                continue
            items.append(
                {
                    "title": target.title if isinstance(target, Page) else str(target),
                    "kind": model._meta.verbose_name,
                    "language_code": translation.target_locale.language_code,
                    "edit_url": finder.get_edit_url(target),
                }
            )
        report_url = reverse("wagtail_localize:translations_report")
        return {
            "items": items,
            # wagtail-localize's translations report, filtered to what waits in each language.
            "report_links": [
                (
                    get_language_info(code)["name_translated"],
                    f"{report_url}?target_locale={code}&waiting_for_translation=true",
                )
                for code in self.language_codes
            ],
        }


def add_translation_panel(request, panels):
    """`construct_homepage_panels` hook: a translator's queue."""
    languages = set(translator_groups(request.user).values())
    if languages:
        panels.append(TranslationPanel(languages))
