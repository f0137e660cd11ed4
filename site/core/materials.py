"""Training materials: a document from the library or an external link, in a language.

Workshops list their facilitator material and regions their training materials with the same
fields; each page type has its own child model built on `MaterialBase`.

What a reader is told about the file (PDF, video, slides…, and a file's size) is derived from
the file itself, never from what an editor chose: the editor's `kind` says what the material is
for (a facilitator's guide, a slide deck…), and the two kinds that also name a format (video,
recording) are checked against the file when the page is saved."""

import mimetypes
from collections import namedtuple
from posixpath import splitext
from urllib.parse import urlparse

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.documents import get_document_model_string
from wagtail.models import Orderable

from .blocks import video_embed_url

MATERIAL_KINDS = [
    ("facilitator_guide", _("Facilitator's guide")),
    ("slides", _("Slide deck")),
    ("exercise_slides", _("Exercise slides")),
    ("worksheet", _("Worksheet")),
    ("factsheet", _("Factsheet")),
    ("video", _("Video")),
    ("recording", _("Recording")),
    ("handout", _("Handout")),
    ("reading", _("Background reading")),
]

# What a file is, by the extension of its name: (code, label, extensions).
FILE_KINDS = (
    ("pdf", _("PDF"), {"pdf"}),
    ("document", _("Text document"), {"doc", "docx", "odt", "rtf"}),
    ("presentation", _("Presentation"), {"ppt", "pptx", "odp", "key"}),
    ("spreadsheet", _("Spreadsheet"), {"xls", "xlsx", "ods", "csv"}),
    ("video", _("Video"), {"mp4", "m4v", "webm", "mov", "mkv", "avi", "ogv"}),
    ("audio", _("Audio"), {"mp3", "m4a", "wav", "ogg", "oga", "opus", "flac", "aac"}),
    ("image", _("Image"), {"png", "jpg", "jpeg", "gif", "svg", "webp"}),
    ("archive", _("ZIP archive"), {"zip"}),
    ("text", _("Plain text"), {"txt", "md"}),
)
# Media types of the extensions FILE_KINDS does not list that still say what the file is.
MEDIA_KINDS = {"video": "video", "audio": "audio", "image": "image", "text": "text"}
# The editor's kinds that also name a format, and the file kinds that format may be.
FORMAT_OF_KIND = {"video": {"video"}, "recording": {"video", "audio"}}

FileKind = namedtuple("FileKind", "code label extension")


def file_kind(name):
    """The FileKind of a file called `name` (a file name or a URL's path), or None when the
    name says nothing (no extension)."""
    extension = splitext(name or "")[1].lstrip(".").lower()
    if not extension:
        return None
    for code, label, extensions in FILE_KINDS:
        if extension in extensions:
            return FileKind(code, label, extension)
    media_type = (mimetypes.guess_type(f"file.{extension}")[0] or "").split("/")[0]
    code = MEDIA_KINDS.get(media_type, "file")
    label = dict((c, label) for c, label, _ext in FILE_KINDS).get(code, _("File"))
    return FileKind(code, label, extension)


def link_kind(url):
    """The FileKind of an external link: a YouTube or Vimeo video, a file by the extension of
    its path, else a web page."""
    if video_embed_url(url):
        return FileKind("video", _("Video"), "")
    return file_kind(urlparse(url or "").path) or FileKind("web", _("Web page"), "")


AUDIENCES = [
    ("organiser", _("Digital Rights Organisers")),
    ("leader", _("Union leaders")),
    ("bargaining", _("Bargaining officers and union staff")),
]


class MaterialBase(Orderable):
    kind = models.CharField(_("kind"), max_length=32, choices=MATERIAL_KINDS)
    title = models.CharField(_("title"), max_length=255)
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("The language the material itself is in."),
    )
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Upload or choose the file, or give an external link below."),
    )
    url = models.URLField(
        _("external link"),
        blank=True,
        help_text=_("A video or a file hosted elsewhere, if there is no document."),
    )
    description = models.CharField(_("description"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("language")]),
        FieldPanel("title"),
        FieldPanel("document"),
        FieldPanel("url"),
        FieldPanel("description"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("title"),
        APIField("language"),
        APIField("link_url"),
        APIField("description"),
    ]

    class Meta(Orderable.Meta):
        abstract = True

    def clean(self):
        super().clean()
        if not self.document_id and not self.url:
            raise ValidationError(_("Choose a document or give an external link."))
        if self.document_id and self.url:
            raise ValidationError(_("Give either a document or an external link, not both."))
        found = self.file_kind
        allowed = FORMAT_OF_KIND.get(self.kind)
        # A link to a page (a playlist, a folder of recordings) cannot be checked: allowed.
        if allowed and found is not None and found.code not in allowed | {"web"}:
            raise ValidationError(
                {
                    "kind": _(
                        "“%(kind)s” says this material is a %(format)s, but its file is "
                        "“%(found)s”. Choose the kind that says what the file is for, or "
                        "another file or link."
                    )
                    % {
                        "kind": self.get_kind_display(),
                        "format": _("video or audio recording")
                        if self.kind == "recording"
                        else _("video"),
                        "found": self.file_label,
                    }
                }
            )

    @property
    def file_kind(self):
        """What the file is (a FileKind), from the document's name or the link, or None."""
        if self.document_id:
            return file_kind(self.document.filename) or FileKind(
                "file", _("File"), self.document.file_extension
            )
        if self.url:
            return link_kind(self.url)
        return None

    @property
    def file_label(self):
        """The file's kind for the reader, e.g. "PDF", "Presentation (PPTX)", "Video"."""
        found = self.file_kind
        if found is None:
            return ""
        if not found.extension or found.code == "pdf":
            return str(found.label)
        return _("%(kind)s (%(extension)s)") % {
            "kind": found.label,
            "extension": found.extension.upper(),
        }

    @property
    def file_size(self):
        """The document's size in bytes (None for a link or a missing file): the size Wagtail
        recorded, else the file's, read from storage without saving (no query per item)."""
        if not self.document_id:
            return None
        if self.document.file_size is not None:
            return self.document.file_size
        try:
            return self.document.file.size
        except OSError:  # the file is missing from storage
            return None

    @property
    def purpose_label(self):
        """The editor's kind, unless it only repeats the file's ("Video" on a video)."""
        label = str(self.get_kind_display()) if self.kind else ""
        found = self.file_kind
        return "" if found is not None and label == str(found.label) else label

    @property
    def link_url(self):
        return self.document.url if self.document_id else self.url

    @property
    def is_external(self):
        return not self.document_id

    def __str__(self):
        return self.title


class LicensedMaterialBase(MaterialBase):
    """A material with the licence its publisher gives it, shown beside it (blank when none
    is known: then nothing is shown)."""

    licence = models.CharField(
        _("licence"),
        max_length=255,
        blank=True,
        help_text=_(
            "The licence the material's publisher gives it, e.g. CC BY-NC-ND 4.0. Leave blank "
            "when it is not known: nothing is shown then."
        ),
    )

    panels = MaterialBase.panels + [FieldPanel("licence")]
    api_fields = MaterialBase.api_fields + [APIField("licence")]

    class Meta(MaterialBase.Meta):
        abstract = True
