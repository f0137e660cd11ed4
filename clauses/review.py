"""Reviewing a public clause submission: accepting it (a draft clause in the default locale,
prefilled from it, with a copy of its private source file) or rejecting it with a reason. The
work itself, apart from the admin's views (clauses.moderation), so that each runs in one
transaction and is easy to test."""

from pathlib import PurePath

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.log_actions import log
from wagtail.models import Locale

from .models import Clause, ClauseSubmission, Union
from .models.clause import ORIGINAL_LANGUAGES
from .source_documents import private_collection, private_title

DEFAULT_CLAUSE_TYPE = "agreement_clause"


class AlreadyReviewed(Exception):
    """The submission was accepted or rejected already (perhaps by another moderator)."""


def document_from_source_file(submission, user):
    """A Wagtail document holding a copy of the submission's private file: in the restricted
    "Hub submissions" collection, under a neutral title, until its clause is published
    (clauses.source_documents)."""
    document = get_document_model()(
        title=private_title(submission), collection=private_collection(), uploaded_by_user=user
    )
    with submission.source_file.open("rb") as source:
        document.file.save(PurePath(submission.source_file.name).name, File(source), save=False)
    document.file_size = document.file.size
    document.save()
    return document


def matching_union(name):
    name = name.strip()
    if not name:
        return None
    return Union.objects.filter(Q(acronym__iexact=name) | Q(name__iexact=name)).first()


def accept_submission(submission_pk, user):
    """Turn a new submission into a draft clause in the default locale, prefilled from it.

    Returns the submission and its clause; raises AlreadyReviewed unless it is still new."""
    with transaction.atomic():
        # Locking the row stops two moderators accepting the same submission twice.
        submission = ClauseSubmission.objects.select_for_update().get(pk=submission_pk)
        if submission.status != ClauseSubmission.Status.NEW:
            raise AlreadyReviewed
        locale = Locale.get_default()
        languages = dict(ORIGINAL_LANGUAGES)
        clause = Clause(
            locale=locale,
            live=False,
            title=submission.title,
            text=submission.text,
            year=submission.year,
            country=submission.country,
            source_url=submission.source_url,
            clause_type=DEFAULT_CLAUSE_TYPE,
            original_language=(
                submission.language if submission.language in languages else settings.LANGUAGE_CODE
            ),
        )
        if submission.sector:
            clause.sectors.set([submission.sector])
        theme = submission.suggested_theme
        if theme is not None and theme.locale_id != locale.pk:
            theme = theme.get_translation_or_none(locale)
        if theme is not None:
            clause.themes.set([theme])
        union = matching_union(submission.union_name)
        if union is not None:
            clause.unions.set([union])
        if submission.source_file:
            clause.source_document = document_from_source_file(submission, user)
        clause.save()
        revision = clause.save_revision(user=user)
        log(instance=clause, action="wagtail.create", user=user, revision=revision)

        submission.clause = clause
        submission.status = ClauseSubmission.Status.ACCEPTED
        submission.reviewed_at = timezone.now()
        submission.reviewed_by = user
        submission.save()
    return submission, clause


def reject_submission(submission_pk, user, reason):
    with transaction.atomic():
        submission = ClauseSubmission.objects.select_for_update().get(pk=submission_pk)
        if submission.status != ClauseSubmission.Status.NEW:
            raise AlreadyReviewed
        submission.status = ClauseSubmission.Status.REJECTED
        submission.rejection_reason = reason
        submission.reviewed_at = timezone.now()
        submission.reviewed_by = user
        submission.save()
    return submission
