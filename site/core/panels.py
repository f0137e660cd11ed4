"""The dashboard panel of whoever starts translations: what waits for translation (`waiting`) in
their languages (a translator's own, every language for editors and administrators), counted by
kind, its first items, and links to the "Waiting for translation" report."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from .reports import user_locales
from .roles import translation_locale_ids
from .waiting import KINDS, counts, what_waits


class TranslationPanel(Component):
    """What waits for translation into `locales`."""

    name = "role_translations"
    template_name = "core/dashboard/translation_panel.html"
    order = 150
    limit = 10

    def __init__(self, locales, own):
        self.locales = locales
        self.own = own  # a translator's own languages (else every language)

    def get_context_data(self, parent_context):
        items = what_waits(self.locales)
        tally = counts(items)
        report_url = reverse("core_waiting_for_translation")
        languages = []
        for locale in self.locales:
            code = locale.language_code
            numbers = [tally[(code, kind)] for kind in KINDS]
            languages.append(
                {
                    "name": locale.get_display_name(),
                    "code": code,
                    "counts": numbers,
                    "total": sum(numbers),
                    "url": f"{report_url}?language={code}",
                }
            )
        return {
            "own": self.own,
            "kinds": list(KINDS.values()),
            "languages": languages,
            "items": items[: self.limit],
            "total": len(items),
            "report_url": report_url,
        }


def add_translation_panel(request, panels):
    """`construct_homepage_panels` hook: what waits for translation, for whoever translates."""
    locales = user_locales(request.user)
    if locales:
        panels.append(TranslationPanel(locales, translation_locale_ids(request.user) is not None))
