"""E-mail to the person who submitted a clause: an acknowledgement when they send it, then a
notice with the clause's link when the clause made from it is first published, or the
moderator's reason when it is declined.

Each is a task on the "email" task backend, sent by the e-mail worker with the moderators'
notifications' retries (clauses.notifications): nothing is lost while the mail server is down.
The task holds only the submission's id and the kind of message; the address is read when the
message is sent, so a submitter whose personal data was erased meanwhile gets nothing. Each
message is in the language of the form they used (the submission's `language`)."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext
from django_tasks import task
from wagtail.models import Locale
from wagtail.signals import published

from .models import Clause, ClauseSubmission, HubPage
from .notifications import EMAIL_TASK_BACKEND, deliver, message_id

logger = logging.getLogger(__name__)

ACKNOWLEDGED = "acknowledged"
PUBLISHED = "published"
DECLINED = "declined"
KINDS = (ACKNOWLEDGED, PUBLISHED, DECLINED)


def submitter_address(submission):
    """Where to write to the submitter: their address, unless they gave none or it was erased."""
    if submission.personal_data_erased_at is not None:
        return ""
    return submission.submitter_email.strip()


def submitter_language(submission):
    languages = {code for code, _name in settings.LANGUAGES}
    return submission.language if submission.language in languages else settings.LANGUAGE_CODE


def clause_link(clause, language):
    """The full URL of the clause's page on the hub in `language` (the default language's hub
    if that language has none)."""
    hubs = HubPage.objects.live().public().select_related("locale")
    hub = (
        hubs.filter(locale__language_code=language).first()
        or hubs.filter(locale=Locale.get_default()).first()
    )
    if hub is None or not clause.identifier:
        return ""
    base = hub.get_full_url() or ""
    return base + hub.reverse_subpage("clause", kwargs={"identifier": clause.identifier})


def subject(kind, submission):
    subjects = {
        ACKNOWLEDGED: gettext("We received your clause: %(title)s"),
        PUBLISHED: gettext("Your clause is published: %(title)s"),
        DECLINED: gettext("Your clause was not accepted: %(title)s"),
    }
    # A title is the submitter's text: joining its words keeps any line break out of the header.
    return " ".join((subjects[kind] % {"title": submission.title}).split())


def submitter_message(submission, kind, address):
    """The e-mail of `kind` to the submitter, or None if there is nothing to say (a clause no
    longer published)."""
    language = submitter_language(submission)
    with translation.override(language):
        context = {"submission": submission, "name": submission.submitter_name}
        if kind == PUBLISHED:
            clause = submission.clause
            if clause is None or not clause.live:
                return None
            context["clause_url"] = clause_link(clause, language)
        body = render_to_string(f"clauses/emails/submitter_{kind}.txt", context)
        return EmailMessage(
            subject=subject(kind, submission),
            body=body,
            to=[address],
            headers={
                "Message-ID": message_id(submission, address, kind),
                "Content-Language": language,
            },
        )


@task(backend=EMAIL_TASK_BACKEND)
def send_submitter_mail(submission_id, kind, attempt=1):
    submission = ClauseSubmission.objects.filter(pk=submission_id).select_related("clause").first()
    if submission is None:
        return "deleted"
    address = submitter_address(submission)
    if not address:
        return "no address"
    message = submitter_message(submission, kind, address)
    if message is None:
        return "nothing to say"
    return deliver(
        message,
        send_submitter_mail,
        (submission_id, kind),
        attempt,
        ("The mail server refused the submitter's address of clause submission %s", submission_id),
    )


def enqueue_submitter_mail(submission, kind):
    """Queue the e-mail of `kind` to the submitter, if they gave an address (and it was not
    erased). Returns the task result, or None."""
    if kind not in KINDS:
        raise ValueError(kind)
    if not submitter_address(submission):
        return None
    return send_submitter_mail.enqueue(submission.pk, kind)


def _clause_published(sender, instance, **kwargs):
    """The first publication of a clause made from submissions tells their submitters. A clause
    published again (after an edit, or unpublished and published again) says nothing new."""
    if instance.first_published_at != instance.last_published_at:
        return
    for submission in ClauseSubmission.objects.filter(clause_id=instance.pk):
        enqueue_submitter_mail(submission, PUBLISHED)


def connect_signals():
    published.connect(
        _clause_published, sender=Clause, dispatch_uid="clauses.submitter_mail.published"
    )
