"""E-mail to the hub's moderators, sent outside the request by the e-mail worker.

Each notification (one submission, one recipient) is a task on the "email" task backend
(django-tasks-db: a row in the database), run by `manage.py email_worker`. A visitor
never waits on the mail server: the request only stores the task. A send that fails (server down,
refusing, hanging past EMAIL_TIMEOUT) is enqueued again with a growing delay (`run_after`) until
it is sent; only a permanent refusal of the recipient's address ends it, with an error logged.

Every attempt carries the same Message-ID, derived from the submission and the recipient: if a
mail server took a message but the answer was lost and it is sent again, mail clients show it once.
"""

import hashlib
import logging
import smtplib
from datetime import timedelta
from email.utils import parseaddr

from django.conf import settings
from django.contrib.admin.utils import quote
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task
from wagtail_modeladmin.helpers import AdminURLHelper

from .models import ClauseSubmission

logger = logging.getLogger(__name__)

EMAIL_TASK_BACKEND = "email"
# The first retry after a minute, then twice as long each time, at most six hours apart.
FIRST_RETRY_DELAY = timedelta(minutes=1)
LONGEST_RETRY_DELAY = timedelta(hours=6)


def retry_delay(attempt):
    """How long to wait after failed attempt number `attempt` (1, 2, …)."""
    return min(FIRST_RETRY_DELAY * 2 ** min(attempt - 1, 20), LONGEST_RETRY_DELAY)


def message_id(submission, recipient, kind=""):
    """The same for every attempt at one notification, different for every other one.

    The submission's creation time is part of it, so that a new database whose ids start again
    at 1 never reuses an identifier that a moderator's mailbox has already seen; the domain is
    the sender's, the same on every worker host (unlike `make_msgid`'s host name)."""
    domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"
    created = int(submission.created_at.timestamp())
    addressee = hashlib.sha256(recipient.strip().lower().encode()).hexdigest()[:16]
    kind = f"{kind}." if kind else ""
    return f"<clause-submission.{submission.pk}.{created}.{kind}{addressee}@{domain}>"


def submission_notification(submission, recipient):
    """The e-mail telling one moderator about a new submission."""
    # The moderation ModelAdmin keeps modeladmin's default URL layout, so its helper finds it.
    inspect_path = AdminURLHelper(ClauseSubmission).get_action_url("inspect", quote(submission.pk))
    context = {
        "submission": submission,
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + inspect_path,
    }
    # Moderators read the site's default language, whatever language the form was sent in.
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("clauses/emails/new_submission_subject.txt", context)
        body = render_to_string("clauses/emails/new_submission.txt", context)
    return EmailMessage(
        # A title is the submitter's text: joining its words keeps any line break out of the header.
        subject=" ".join(subject.split()),
        body=body,
        to=[recipient],
        headers={"Message-ID": message_id(submission, recipient)},
    )


def permanently_refused(error):
    """The server refused the recipient's address for good (a 5xx answer), not for now."""
    return isinstance(error, smtplib.SMTPRecipientsRefused) and all(
        code >= 500 for code, _message in error.recipients.values()
    )


def deliver(message, retry, args, attempt, refused_log):
    """Send `message`; if the server fails, queue task `retry` again with `args` after a growing
    delay and raise (the worker records this attempt as failed). A permanent refusal of the
    recipient's address logs `refused_log` and ends it. Returns "sent" or "refused"."""
    try:
        # The SMTP backend gives up on any call after EMAIL_TIMEOUT seconds.
        message.send()
    except Exception as error:
        if permanently_refused(error):
            logger.error(*refused_log)
            return "refused"
        delay = retry_delay(attempt)
        retry.using(run_after=timezone.now() + delay).enqueue(*args, attempt=attempt + 1)
        logger.warning(
            "Could not send %s of clause submission %s (attempt %s): %s; trying again in %s s",
            retry.name,
            args[0],
            attempt,
            type(error).__name__,
            int(delay.total_seconds()),
        )
        # The worker records this attempt as failed; the retry is already queued.
        raise
    return "sent"


@task(backend=EMAIL_TASK_BACKEND)
def send_submission_notification(submission_id, recipient, attempt=1):
    submission = ClauseSubmission.objects.filter(pk=submission_id).first()
    if submission is None:
        logger.info(
            "Clause submission %s was deleted before its notification was sent", submission_id
        )
        return "deleted"
    return deliver(
        submission_notification(submission, recipient),
        send_submission_notification,
        (submission_id, recipient),
        attempt,
        (
            "The mail server refused a moderator's address for clause submission %s; "
            "check HUB_MODERATOR_EMAILS and the Hub moderators' addresses",
            submission_id,
        ),
    )


def enqueue_submission_notifications(submission, recipients):
    """Queue one notification per recipient; the e-mail worker sends them."""
    return [send_submission_notification.enqueue(submission.pk, r) for r in recipients]


# No attempt lasts longer than a few SMTP calls of EMAIL_TIMEOUT each: one still "running" after
# this long belongs to a worker that died mid-send (killed, out of memory, the machine restarted).
ABANDONED_AFTER = timedelta(hours=1)


def requeue_abandoned_notifications(now=None):
    """Mark e-mail tasks left running by a dead worker as failed and queue them again, so that
    they are still sent. Returns how many."""
    from django_tasks_db.models import DBTaskResult

    cutoff = (now or timezone.now()) - ABANDONED_AFTER
    abandoned = DBTaskResult.objects.filter(
        backend_name=EMAIL_TASK_BACKEND, status="RUNNING", started_at__lte=cutoff
    )
    count = 0
    for result in abandoned:
        result.set_failed(RuntimeError("The worker stopped before this attempt finished"))
        result.task.using(run_after=timezone.now()).enqueue(
            *result.args_kwargs["args"], **result.args_kwargs["kwargs"]
        )
        count += 1
    return count
