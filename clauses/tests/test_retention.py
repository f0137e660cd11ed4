"""Personal data kept no longer than needed: the submitters' names and e-mail addresses are
erased HUB_SUBMITTER_DATA_RETENTION_DAYS after the decision by `manage.py apply_retention` (run
daily), or at once by a moderator on request; the clause and the decision stay. The same command
prunes the e-mail worker's finished task records."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import ModelLogEntry

from clauses.models import Clause, ClauseSubmission
from clauses.notifications import send_submission_notification

from .factories import make_clause, make_submission
from .helpers import admin_url, assert_refused, moderator
from .mail_helpers import email_tasks, run_email_worker

pytestmark = pytest.mark.django_db

NAME, EMAIL = "Ana Pereira", "ana.pereira@example.org"


def decided(taxonomy, days_ago, status=ClauseSubmission.Status.REJECTED, **fields):
    return make_submission(
        taxonomy,
        status=status,
        rejection_reason="Already in the hub." if status == "rejected" else "",
        reviewed_at=timezone.now() - timedelta(days=days_ago),
        **fields,
    )


def apply_retention(*args):
    out = StringIO()
    call_command("apply_retention", *args, stdout=out)
    return out.getvalue()


def assert_erased(submission):
    submission.refresh_from_db()
    assert (submission.submitter_name, submission.submitter_email) == ("", "")
    assert submission.consent_to_contact is False
    assert submission.address_hash == ""
    assert submission.personal_data_erased_at is not None


def assert_kept(submission):
    submission.refresh_from_db()
    assert (submission.submitter_name, submission.submitter_email) == (NAME, EMAIL)
    assert submission.personal_data_erased_at is None


def test_the_daily_command_erases_submitters_data_a_set_time_after_the_decision(taxonomy, settings):
    settings.HUB_SUBMITTER_DATA_RETENTION_DAYS = 180
    clause = make_clause(taxonomy, live=False)
    old_rejected = decided(taxonomy, 181)
    old_accepted = decided(taxonomy, 200, status=ClauseSubmission.Status.ACCEPTED, clause=clause)
    recent = decided(taxonomy, 179)
    undecided = make_submission(taxonomy)
    ClauseSubmission.objects.filter(pk=undecided.pk).update(
        created_at=timezone.now() - timedelta(days=400)
    )

    assert "Would erase the submitter's data of 2 submissions" in apply_retention("--dry-run")
    assert_kept(old_rejected)

    assert "Erased the submitter's data of 2 submissions" in apply_retention()
    for submission in (old_rejected, old_accepted):
        assert_erased(submission)
    # The submission, its clause and the decision stay.
    assert old_rejected.title == "Right to disconnect"
    assert old_rejected.status == ClauseSubmission.Status.REJECTED
    assert old_rejected.rejection_reason == "Already in the hub."
    assert old_accepted.clause == clause and Clause.objects.filter(pk=clause.pk).exists()
    # Not yet due, or not decided (a moderator may still need to ask the submitter).
    assert_kept(recent)
    assert_kept(undecided)
    # Each erasure is in the audit log, without the data itself.
    entries = ModelLogEntry.objects.filter(action="clauses.erase_personal_data")
    assert entries.count() == 2
    for entry in entries:
        assert entry.user is None
        assert NAME not in f"{entry.label} {entry.data}" and EMAIL not in f"{entry.data}"

    # Running it again changes nothing.
    assert "Erased the submitter's data of 0 submissions" in apply_retention()


def test_the_retention_time_is_a_setting(taxonomy, settings):
    settings.HUB_SUBMITTER_DATA_RETENTION_DAYS = 30
    submission = decided(taxonomy, 31)
    apply_retention()
    assert_erased(submission)


def test_the_command_prunes_finished_email_task_records(taxonomy, settings):
    settings.TASK_RESULT_RETENTION_DAYS = 14
    settings.HUB_MODERATOR_EMAILS = ["hub@example.org"]
    # A test database may hold task records committed by earlier tests: only this test's count.
    before = set(email_tasks().values_list("pk", flat=True))
    submission = make_submission(taxonomy)
    for _ in range(2):
        send_submission_notification.enqueue(submission.pk, "hub@example.org")
    run_email_worker()

    def these_tasks():
        return email_tasks().exclude(pk__in=before)

    assert these_tasks().filter(status="SUCCESSFUL").count() == 2
    old, recent = these_tasks().order_by("enqueued_at")
    DBTaskResult.objects.filter(pk=old.pk).update(finished_at=timezone.now() - timedelta(days=15))
    waiting = send_submission_notification.using(
        run_after=timezone.now() + timedelta(days=1)
    ).enqueue(submission.pk, "hub@example.org")
    DBTaskResult.objects.filter(pk=waiting.id).update(
        enqueued_at=timezone.now() - timedelta(days=30)
    )

    apply_retention()

    remaining = set(these_tasks().values_list("pk", flat=True))
    assert remaining == {recent.pk, DBTaskResult.objects.get(pk=waiting.id).pk}


def test_the_command_queues_again_an_email_a_dead_worker_left_half_sent(taxonomy):
    submission = make_submission(taxonomy)
    result = send_submission_notification.enqueue(submission.pk, "hub@example.org")
    # A worker claimed it two hours ago and was killed before it finished.
    DBTaskResult.objects.filter(pk=result.id).update(
        status="RUNNING", started_at=timezone.now() - timedelta(hours=2), worker_ids=["gone"]
    )
    run_email_worker()
    assert not mail.outbox

    assert "Queued again 1 e-mails" in apply_retention()
    assert DBTaskResult.objects.get(pk=result.id).status == "FAILED"
    run_email_worker()
    assert [message.to for message in mail.outbox] == [["hub@example.org"]]
    # One still being sent by a live worker is left alone.
    running = send_submission_notification.enqueue(submission.pk, "hub@example.org")
    DBTaskResult.objects.filter(pk=running.id).update(status="RUNNING", started_at=timezone.now())
    assert "Queued again 0 e-mails" in apply_retention()


def test_a_moderator_erases_the_submitters_data_on_request(client, taxonomy):
    submission = make_submission(taxonomy)
    user = moderator()
    client.force_login(user)
    page = client.get(admin_url("inspect", submission)).content.decode()
    assert EMAIL in page
    assert admin_url("erase_personal_data", submission) in page
    assert "Erase the submitter’s name and e-mail address" in page

    response = client.post(admin_url("erase_personal_data", submission), follow=True)

    assert response.status_code == 200
    html = response.content.decode()
    assert (
        "The submitter&#x27;s name and e-mail address of “Right to disconnect” have been erased"
        in html
    )
    assert EMAIL not in html and NAME not in html
    assert admin_url("erase_personal_data", submission) not in html
    assert_erased(submission)
    # The submission can still be reviewed.
    assert submission.status == ClauseSubmission.Status.NEW
    assert admin_url("accept", submission) in html
    entry = ModelLogEntry.objects.get(action="clauses.erase_personal_data")
    assert entry.user == user
    assert entry.object_id == str(submission.pk)
    assert NAME not in f"{entry.label} {entry.data}" and EMAIL not in f"{entry.data}"
    # The audit log says what happened, in words.
    assert entry.message == "Submitter's name and e-mail address erased"


def test_erasing_is_post_only_csrf_protected_and_for_moderators_only(client, admin_user, taxonomy):
    submission = make_submission(taxonomy)
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(admin_user)
    assert strict.get(admin_url("erase_personal_data", submission)).status_code == 405
    assert strict.post(admin_url("erase_personal_data", submission)).status_code == 403
    assert_kept(submission)

    client.force_login(moderator(can_change=False))
    assert admin_url("erase_personal_data", submission) not in (
        client.get(admin_url("inspect", submission)).content.decode()
    )
    assert_refused(client.post(admin_url("erase_personal_data", submission)))
    assert_kept(submission)
    assert not ModelLogEntry.objects.filter(action="clauses.erase_personal_data").exists()

    anonymous = Client()
    response = anonymous.post(admin_url("erase_personal_data", submission))
    assert response.status_code == 302
    assert_kept(submission)
