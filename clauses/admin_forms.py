"""The clause's edit form in the admin: its themes, sub-themes and sectors are the default
language's (source) taxonomy records, whatever the clause's own language, as the translations
synchronise them (`Clause.translatable_fields`). The form offers only those records, each named in
the editor's language, the sub-themes as checkboxes grouped under their themes; a French or
Spanish record posted anyway is refused. Choosing a sub-theme chooses its theme too: the form adds
the theme of every chosen sub-theme to the clause's themes."""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale

from ourdigitalfuture.core.countries import sort_key
from ourdigitalfuture.core.translation import localize

from .models import Sector, SubTheme, Theme

GROUPED_CHECKBOXES = "clauses/widgets/grouped_checkboxes.html"


class GroupedCheckboxes(forms.CheckboxSelectMultiple):
    """Checkboxes in groups, each group a fieldset under its legend (the theme)."""

    template_name = GROUPED_CHECKBOXES


class SourceRecordsField(forms.ModelMultipleChoiceField):
    """A choice among the default language's records of a taxonomy, as checkboxes."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, queryset, **kwargs):
        super().__init__(queryset, required=False, **kwargs)
        self.error_messages["invalid_choice"] = _(
            "“%(value)s” is not one of the choices offered. Choose from the list: its entries "
            "hold for every language of the clause."
        )


def source_version(record, default_locale):
    if record.locale_id == default_locale.pk:
        return record
    return record.get_translation_or_none(default_locale)


class ClauseAdminForm(WagtailAdminModelForm):
    themes = SourceRecordsField(Theme.objects.none(), label=capfirst(_("themes")))
    subthemes = SourceRecordsField(
        SubTheme.objects.none(),
        label=capfirst(_("sub-themes")),
        widget=GroupedCheckboxes,
        help_text=_("Choosing a sub-theme also chooses its theme."),
    )
    sectors = SourceRecordsField(Sector.objects.none(), label=capfirst(_("sectors")))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        default = Locale.get_default()
        editor = Locale.get_active()
        themes = list(Theme.objects.filter(locale=default).order_by("number"))
        subthemes = list(
            SubTheme.objects.filter(locale=default)
            .select_related("theme")
            .order_by("theme__number", "sort_order", "pk")
        )
        sectors = list(Sector.objects.filter(locale=default))

        theme_labels = {
            source.pk: f"{source.number}. {shown.title}"
            for source, shown in zip(themes, localize(themes, editor, Theme.objects), strict=True)
        }
        subtheme_labels = {
            source.pk: shown.title
            for source, shown in zip(
                subthemes, localize(subthemes, editor, SubTheme.objects), strict=True
            )
        }
        sector_labels = {
            source.pk: shown.name
            for source, shown in zip(
                sectors, localize(sectors, editor, Sector.objects), strict=True
            )
        }

        self.fields["themes"].queryset = Theme.objects.filter(locale=default)
        self.fields["themes"].choices = [(theme.pk, theme_labels[theme.pk]) for theme in themes]
        self.fields["subthemes"].queryset = SubTheme.objects.filter(locale=default)
        self.fields["subthemes"].choices = [
            (
                theme_labels[theme.pk],
                [(st.pk, subtheme_labels[st.pk]) for st in subthemes if st.theme_id == theme.pk],
            )
            for theme in themes
        ]
        self.fields["sectors"].queryset = Sector.objects.filter(locale=default)
        self.fields["sectors"].choices = sorted(
            ((sector.pk, sector_labels[sector.pk]) for sector in sectors),
            key=lambda choice: sort_key(choice[1]),
        )

        # A clause saved before facets were kept to the source records shows the source
        # version of each (a translated record checked nowhere would be lost unseen).
        for name in ("themes", "subthemes", "sectors"):
            chosen = self.initial.get(name) or []
            records = [record for record in chosen if hasattr(record, "locale_id")]
            if records:
                sources = (source_version(record, default) for record in records)
                self.initial[name] = [source.pk for source in sources if source is not None]

    def clean(self):
        cleaned_data = super().clean()
        subthemes = cleaned_data.get("subthemes")
        themes = cleaned_data.get("themes")
        if subthemes is not None and themes is not None:
            theme_ids = {theme.pk for theme in themes} | {st.theme_id for st in subthemes}
            cleaned_data["themes"] = Theme.objects.filter(pk__in=theme_ids)
        return cleaned_data
