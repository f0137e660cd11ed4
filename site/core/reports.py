"""The admin's "Waiting for translation" report: what waits in each language (`waiting`), with
filters by language and kind and a link to start, continue or update each item.

Open to whoever may start translations (wagtail-localize's `submit_translation`): translators
see their own languages only (asking for another is refused), editors and administrators every
language."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from .roles import translation_locale_ids
from .waiting import KINDS, target_locales, what_waits

PERMISSION = "wagtail_localize.submit_translation"


def user_locales(user):
    """The locales `user` sees in the report and on the dashboard (none without the right)."""
    if not user.has_perm(PERMISSION):
        return []
    return target_locales(translation_locale_ids(user))


class WaitingFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(label=_("Language"), empty_label=_("All"))
    kind = django_filters.ChoiceFilter(
        label=_("Status"), choices=list(KINDS.items()), empty_label=_("All")
    )

    class Meta:
        # The report lists no model's rows (the view filters its own list): a model the
        # FilterSet can make its empty queryset from, and no filter of its own.
        model = Locale
        fields = []

    def __init__(self, *args, locales, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["language"].extra["choices"] = [
            (locale.language_code, locale.get_display_name()) for locale in locales
        ]


def item_url(item):
    return item.url


class WaitingForTranslationView(ReportView):
    page_title = _("Waiting for translation")
    header_icon = "site"
    index_url_name = "core_waiting_for_translation"
    index_results_url_name = "core_waiting_for_translation_results"
    filterset_class = WaitingFilterSet
    paginate_by = 50
    columns = [
        TitleColumn("title", label=_("Title"), get_url=item_url),
        Column("type_label", label=_("Type")),
        Column("language", label=_("Language")),
        Column("kind_label", label=_("Status")),
        TitleColumn("action_label", label=_("Action"), get_url=item_url),
    ]

    def dispatch(self, request, *args, **kwargs):
        self.locales = user_locales(request.user)
        if not self.locales:
            raise PermissionDenied
        code = request.GET.get("language")
        if code and code not in {locale.language_code for locale in self.locales}:
            raise PermissionDenied  # another language's list
        return super().dispatch(request, *args, **kwargs)

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "locales": self.locales}

    def get_queryset(self):
        return self.locales

    def filter_queryset(self, locales):
        kinds = None
        if self.filters and self.filters.is_valid():
            data = self.filters.form.cleaned_data
            if data.get("language"):
                locales = [locale for locale in locales if locale.language_code == data["language"]]
            if data.get("kind"):
                kinds = [data["kind"]]
        return what_waits(locales, kinds)


def report_urls():
    return [
        path(
            "reports/waiting-for-translation/",
            WaitingForTranslationView.as_view(),
            name="core_waiting_for_translation",
        ),
        path(
            "reports/waiting-for-translation/results/",
            WaitingForTranslationView.as_view(results_only=True),
            name="core_waiting_for_translation_results",
        ),
    ]


class WaitingMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


def report_menu_item():
    return WaitingMenuItem(
        _("Waiting for translation"),
        reverse("core_waiting_for_translation"),
        name="waiting-for-translation",
        icon_name="site",
        order=8990,  # next to wagtail-localize's "Translations" (9000)
    )
