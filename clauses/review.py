"""Reviewing a public clause submission: accepting it (a draft clause in the locale of the
clause's language, or the default locale, prefilled with everything the submission says, with a
copy of its private source file) or rejecting it with a reason. The work itself, apart from the
admin's views (clauses.moderation), so that each runs in one transaction and is easy to test.
The submitter hears of the outcome by e-mail (clauses.submitter_mail)."""

import unicodedata
from pathlib import PurePath

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.log_actions import log
from wagtail.models import Locale

from .models import Clause, ClauseSubmission, Union
from .models.choices import CLAUSE_TYPES, ORIGINAL_LANGUAGES
from .source_documents import private_collection, private_title
from .submitter_mail import DECLINED, enqueue_submitter_mail

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


def comparable(name):
    """A name as a person would compare it: case, accents and spacing ignored."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())


def matching_union(name):
    """The known union the submitter named, by its acronym or its name ("cfdt", "CFDT Sante
    Sociaux"), or None. Unions are a few hundred rows: compared here, the same on every
    database (SQLite has no accent-insensitive comparison)."""
    wanted = comparable(name)
    if not wanted:
        return None
    for union in Union.objects.order_by("pk"):
        if wanted in (comparable(union.acronym), comparable(union.name)):
            return union
    return None


def clause_locale_and_language(submission):
    """The locale the draft clause is made in and its original language: the hub's locale for
    the clause's language where there is one, else the default locale (the clause keeps its
    language as `original_language`). A submission from before the form asked for the
    clause's language goes to the default locale, in the language of the form it came from."""
    languages = dict(ORIGINAL_LANGUAGES)
    default = Locale.get_default()
    if submission.clause_language in languages:
        language = submission.clause_language
        locale = Locale.objects.filter(language_code=language).first() or default
        return locale, language
    language = submission.language if submission.language in languages else None
    return default, language or settings.LANGUAGE_CODE


def in_default_locale(record):
    """A taxonomy record's default-language (source) version: what clauses point at."""
    if record is None or record.locale_id == Locale.get_default().pk:
        return record
    return record.get_translation_or_none(Locale.get_default())


def accept_submission(submission_pk, user):
    """Turn a new submission into a draft clause in the default locale, prefilled from it.

    Returns the submission and its clause; raises AlreadyReviewed unless it is still new."""
    with transaction.atomic():
        # Locking the row stops two moderators accepting the same submission twice.
        submission = ClauseSubmission.objects.select_for_update().get(pk=submission_pk)
        if submission.status != ClauseSubmission.Status.NEW:
            raise AlreadyReviewed
        locale, language = clause_locale_and_language(submission)
        clause_types = dict(CLAUSE_TYPES)
        clause = Clause(
            locale=locale,
            live=False,
            title=submission.title,
            text=submission.text,
            year=submission.year,
            country=submission.country,
            source_url=submission.source_url,
            source_title=submission.source_title,
            employer=submission.employer,
            bargaining_level=submission.bargaining_level,
            date_signed=submission.date_signed,
            clause_type=(
                submission.clause_type
                if submission.clause_type in clause_types
                else DEFAULT_CLAUSE_TYPE
            ),
            original_language=language,
        )
        # Facets point at the default language's records, whatever the clause's locale.
        sector = in_default_locale(submission.sector)
        if sector is not None:
            clause.sectors.set([sector])
        theme = in_default_locale(submission.suggested_theme)
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
        # Queued with the decision (the task is a row in the same database): the submitter is
        # told why, in the language of the form they used.
        enqueue_submitter_mail(submission, DECLINED)
    return submission
