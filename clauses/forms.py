"""The public "Submit a clause" form, and the check that an uploaded source file really is a PDF,
DOCX or ODT document (by its content, whatever its name says)."""

import zipfile
from pathlib import PurePath

import filetype
from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.text import format_lazy, slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.models import Locale

from ourdigitalfuture.core.countries import sort_key

from .models import (
    BARGAINING_LEVELS,
    CLAUSE_TYPES,
    ORIGINAL_LANGUAGES,
    ClauseSubmission,
    Country,
    Sector,
    Theme,
)
from .validators import IdChoiceField, validate_public_web_address

MAX_FILE_SIZE = 10 * 1024 * 1024
EARLIEST_YEAR = 1950
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
FILE_TYPES_ACCEPTED = ",".join(
    [
        ".pdf",
        ".docx",
        ".odt",
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.oasis.opendocument.text",
    ]
)


def detect_document_type(uploaded):
    """The extension matching the file's content ("pdf", "docx" or "odt"), or None.

    DOCX and ODT files are zip archives, so the magic bytes only say "zip": the archive's
    table of contents tells a word-processing document from any other zip."""
    uploaded.seek(0)
    head = uploaded.read(261)
    uploaded.seek(0)
    kind = filetype.guess(head)
    if kind is not None and kind.mime == "application/pdf":
        return "pdf"
    try:
        with zipfile.ZipFile(uploaded) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names:
                # Read only a declared-tiny entry: a crafted archive must not inflate in memory.
                if archive.getinfo("mimetype").file_size <= len(ODT_MIMETYPE) + 2:
                    if archive.read("mimetype").strip() == ODT_MIMETYPE:
                        return "odt"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, KeyError, ValueError):
        return None
    finally:
        uploaded.seek(0)
    return None


def limit_sentence(limit):
    """ "At most 20,000 characters.", in the active language."""
    return ngettext("At most %(limit)s character.", "At most %(limit)s characters.", limit) % {
        "limit": number_format(limit, force_grouping=True)
    }


class ThemeChoiceField(IdChoiceField):
    """Themes are stored in the default locale, but labelled in the reader's language when a
    translation exists."""

    def __init__(self, *args, **kwargs):
        self.translated_titles = {}
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj):
        title = self.translated_titles.get(obj.translation_key, obj.title)
        return f"{obj.number}. {title}"


class CollatedChoiceIterator(forms.models.ModelChoiceIterator):
    """The choices in the order of their labels in the active language (Unicode collation)."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        labelled = [(self.field.label_from_instance(obj), obj) for obj in self.queryset]
        for _label, obj in sorted(labelled, key=lambda item: sort_key(item[0])):
            yield self.choice(obj)


class CollatedChoiceField(IdChoiceField):
    """A choice of countries or sectors, each named in the reader's language (a sector's
    translation where there is one) and listed in that language's order."""

    iterator = CollatedChoiceIterator

    def __init__(self, *args, **kwargs):
        self.translated_names = {}
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj):
        return self.translated_names.get(getattr(obj, "translation_key", None), str(obj))


SOURCE_RULE = _("Give a link to the source, upload the document, or both.")


# Each fieldset: its legend, its fields, and the rule it states (shown under the legend and
# read with each of its fields), if any.
FIELDSETS = [
    (
        _("The clause"),
        [
            "text",
            "title",
            "clause_language",
            "clause_type",
            "union_name",
            "country",
            "sector",
            "suggested_theme",
            "year",
        ],
        None,
    ),
    (
        _("The agreement it comes from"),
        ["source_title", "employer", "bargaining_level", "date_signed"],
        None,
    ),
    (
        _("Link or document: at least one"),
        ["source_url", "source_file"],
        SOURCE_RULE,
    ),
    (_("About you"), ["submitter_name", "submitter_email", "consent_to_contact"], None),
]


class Fieldset:
    """A group of the form's fields under a legend, with the rule that holds for them all."""

    def __init__(self, index, legend, fields, rule):
        self.legend = legend
        self.fields = fields
        self.rule = rule
        self.rule_id = f"fieldset-{index}-rule"


class ClauseSubmissionForm(forms.ModelForm):
    # Declared here to say how to read an address typed without a scheme (as https).
    source_url = forms.URLField(
        label=_("Link to the source"),
        required=False,
        max_length=500,
        assume_scheme="https",
        validators=[validate_public_web_address],
        help_text=_("A web address where the agreement or text can be read."),
    )
    # The honeypot: hidden from people (and from assistive technology), but bots fill it in.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    class Meta:
        model = ClauseSubmission
        # Every field of the fieldsets, in their order.
        fields = [name for _legend, names, _rule in FIELDSETS for name in names]
        labels = {
            "text": _("Clause text"),
            "title": _("Title"),
            "clause_language": _("Language of the clause"),
            "clause_type": _("Type of text"),
            "union_name": _("Union"),
            "country": _("Country"),
            "sector": _("Sector"),
            "suggested_theme": _("Suggested theme"),
            "year": _("Year"),
            "source_title": _("Title of the agreement"),
            "employer": _("Employer or public authority"),
            "bargaining_level": _("Bargaining level"),
            "date_signed": _("Date signed"),
            "source_file": _("Source document"),
            "submitter_name": _("Your name"),
            "submitter_email": _("Your e-mail address"),
            "consent_to_contact": _("The hub's moderators may contact me about this clause"),
        }
        help_texts = {
            "text": _("The contract language itself, as agreed or proposed."),
            "title": _("A short title saying what the clause does, e.g. “Right to disconnect”."),
            "clause_language": _("The language the clause is written in."),
            "union_name": _(
                "The union or unions that negotiated or proposed it, by name or acronym."
            ),
            "source_title": _("The agreement's or law's title, as it is written."),
            "employer": _("Who signed the agreement on the employers' side."),
            "bargaining_level": _("The level at which the agreement was bargained."),
            "source_file": _("PDF, DOCX or ODT, 10 MB at most."),
            "submitter_email": _(
                "Only the hub's moderators see your name and e-mail address; they are never "
                "published. We write to say we received your clause, and again when it is "
                "published or declined."
            ),
        }
        # Ids in ASCII digits only: Django would read "１２" as country 12.
        field_classes = {
            "country": CollatedChoiceField,
            "sector": CollatedChoiceField,
            "suggested_theme": ThemeChoiceField,
        }
        widgets = {
            "text": forms.Textarea(attrs={"rows": 10}),
            "source_file": forms.FileInput(attrs={"accept": FILE_TYPES_ACCEPTED}),
            "submitter_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "submitter_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "date_signed": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    fieldset_layout = FIELDSETS
    # Neither is required alone, but one of them is: neither is marked "(optional)".
    one_of_required = ("source_url", "source_file")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Every field people type into says how long it may be (the browser also stops at
        # `maxlength`, which Django sets from max_length); the hidden honeypot says nothing.
        for name, field in self.fields.items():
            if name != "website" and getattr(field, "max_length", None):
                limit = limit_sentence(field.max_length)
                field.help_text = (
                    format_lazy("{} {}", field.help_text, limit) if field.help_text else limit
                )
        # What the moderators need to file the clause: its language and type (the hub's six
        # languages first, then the others, "Other" last, named in the reader's language).
        required_choices = {
            "clause_language": (_("Choose a language"), ORIGINAL_LANGUAGES),
            "clause_type": (_("Choose a type"), CLAUSE_TYPES),
        }
        for name, (empty, choices) in required_choices.items():
            self.fields[name].required = True
            self.fields[name].choices = [("", empty), *choices]
        self.fields["bargaining_level"].choices = [("", _("Not specified")), *BARGAINING_LEVELS]
        for name in self.one_of_required:
            self.fields[name].one_of_required = True
        # Every ISO 3166 country (each has a row), named and ordered in the reader's language.
        self.fields["country"].queryset = Country.objects.all()
        self.fields["country"].empty_label = _("International, or not specified")
        default_locale = Locale.get_default()
        active_locale = Locale.get_active()
        sector_field = self.fields["sector"]
        sector_field.queryset = Sector.objects.filter(locale=default_locale)
        sector_field.empty_label = _("Not specified")
        if active_locale != default_locale:
            sector_field.translated_names = dict(
                Sector.objects.filter(locale=active_locale).values_list("translation_key", "name")
            )

        theme_field = self.fields["suggested_theme"]
        theme_field.queryset = Theme.objects.filter(locale=default_locale).order_by("number")
        theme_field.empty_label = _("Not sure")
        if active_locale != default_locale:
            theme_field.translated_titles = dict(
                Theme.objects.filter(locale=active_locale).values_list("translation_key", "title")
            )

        # Built per form, not at import time, so the upper bound follows the calendar.
        self.fields["year"] = forms.IntegerField(
            label=self.fields["year"].label,
            required=False,
            min_value=EARLIEST_YEAR,
            max_value=timezone.now().year,
            help_text=_("The year the clause was agreed or published."),
        )

    @property
    def fieldsets(self):
        return [
            Fieldset(index, legend, [self[name] for name in names], rule)
            for index, (legend, names, rule) in enumerate(self.fieldset_layout)
        ]

    def clean_date_signed(self):
        signed = self.cleaned_data.get("date_signed")
        today = timezone.localdate()
        if signed and signed > today:
            raise forms.ValidationError(
                _("The date signed cannot be later than today (%(today)s)."),
                code="date_in_future",
                params={"today": date_format(today, "SHORT_DATE_FORMAT")},
            )
        if signed and signed.year < EARLIEST_YEAR:
            raise forms.ValidationError(
                _("The date signed cannot be before %(year)s."),
                code="date_too_early",
                params={"year": EARLIEST_YEAR},
            )
        return signed

    def clean_source_file(self):
        uploaded = self.cleaned_data.get("source_file")
        if not uploaded:
            return uploaded
        if uploaded.size > MAX_FILE_SIZE:
            raise forms.ValidationError(
                _("The file is %(size)s; files may be %(limit)s at most."),
                code="file_too_large",
                params={
                    "size": filesizeformat(uploaded.size),
                    "limit": filesizeformat(MAX_FILE_SIZE),
                },
            )
        extension = detect_document_type(uploaded)
        if extension is None:
            raise forms.ValidationError(
                _("This file is not a PDF, DOCX or ODT document. Please upload one of those."),
                code="file_type",
            )
        # Name the stored file after what it is, so a PDF called "x.exe" is kept as "x.pdf".
        stem = slugify(PurePath(uploaded.name).stem)[:80] or "source"
        uploaded.name = f"{stem}.{extension}"
        return uploaded

    def clean(self):
        cleaned_data = super().clean()
        if not any(cleaned_data.get(name) for name in self.one_of_required) and not any(
            name in self.errors for name in self.one_of_required
        ):
            # The rule concerns both fields: each says so, and each is marked invalid.
            for name in self.one_of_required:
                self.add_error(name, forms.ValidationError(SOURCE_RULE, code="source_missing"))
        return cleaned_data
