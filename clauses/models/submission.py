"""Clauses the public sends in, kept for the hub's moderators.

Uploaded files go to private storage, outside MEDIA_ROOT, so nobody can fetch them until a
moderator accepts the submission and the file becomes the clause's source document."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from ..validators import validate_public_web_address
from .choices import BARGAINING_LEVELS, CLAUSE_TYPES, ORIGINAL_LANGUAGES
from .clause import TEXT_MAX_LENGTH

# A moderator's reason for rejecting a submission, in characters.
REJECTION_REASON_MAX_LENGTH = 2_000

# The audit-log action of erase_personal_data (registered in clauses.wagtail_hooks).
ERASE_PERSONAL_DATA_ACTION = "clauses.erase_personal_data"


def private_storage():
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


class ClauseSubmission(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")

    title = models.CharField(_("title"), max_length=255)
    text = models.TextField(
        _("clause text"),
        max_length=TEXT_MAX_LENGTH,
        validators=[MaxLengthValidator(TEXT_MAX_LENGTH)],
    )
    clause_language = models.CharField(
        _("language of the clause"), max_length=8, choices=ORIGINAL_LANGUAGES, blank=True
    )
    clause_type = models.CharField(
        _("clause type"), max_length=32, choices=CLAUSE_TYPES, blank=True
    )
    bargaining_level = models.CharField(
        _("bargaining level"), max_length=16, choices=BARGAINING_LEVELS, blank=True
    )
    source_title = models.CharField(_("source agreement"), max_length=300, blank=True)
    employer = models.CharField(_("employer or public authority"), max_length=300, blank=True)
    date_signed = models.DateField(_("date signed"), null=True, blank=True)
    union_name = models.CharField(_("union"), max_length=255)
    country = models.ForeignKey(
        "clauses.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sector = models.ForeignKey(
        "clauses.Sector",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    suggested_theme = models.ForeignKey(
        "clauses.Theme",
        verbose_name=_("suggested theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    source_url = models.URLField(
        _("source link"), blank=True, max_length=500, validators=[validate_public_web_address]
    )
    source_file = models.FileField(
        _("source file"), upload_to="submissions/%Y/%m/", storage=private_storage, blank=True
    )
    language = models.CharField(_("language of the form"), max_length=8, blank=True)
    submitter_name = models.CharField(_("submitter's name"), max_length=200)
    submitter_email = models.EmailField(_("submitter's e-mail"))
    consent_to_contact = models.BooleanField(_("agrees to be contacted"), default=False)

    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.NEW, db_index=True
    )
    rejection_reason = models.TextField(
        _("reason for rejection"), blank=True, max_length=REJECTION_REASON_MAX_LENGTH
    )
    clause = models.ForeignKey(
        "clauses.Clause",
        verbose_name=_("clause"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
        help_text=_("The draft clause created when the submission was accepted."),
    )
    address_hash = models.CharField(max_length=64, db_index=True, editable=False)
    created_at = models.DateTimeField(_("submitted"), auto_now_add=True, db_index=True)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    personal_data_erased_at = models.DateTimeField(
        _("submitter's data erased"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the submitter's name and e-mail address were erased."),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("clause submission")
        verbose_name_plural = _("clause submissions")

    def __str__(self):
        return self.title

    def erase_personal_data(self, user=None):
        """Forget who sent it (name, e-mail address, consent, the hashed client address); the
        clause, its source and the decision stay. Saves only the fields it changes, and notes it
        in Wagtail's audit log (by `user`, or by the retention schedule) without the data."""
        self.submitter_name = ""
        self.submitter_email = ""
        self.consent_to_contact = False
        self.address_hash = ""
        self.personal_data_erased_at = timezone.now()
        self.save(
            update_fields=[
                "submitter_name",
                "submitter_email",
                "consent_to_contact",
                "address_hash",
                "personal_data_erased_at",
            ]
        )
        log(instance=self, action=ERASE_PERSONAL_DATA_ACTION, user=user)
