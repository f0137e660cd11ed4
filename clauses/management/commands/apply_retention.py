"""Keep personal data no longer than needed; meant to run once a day (cron, a systemd timer).

- Erases the names and e-mail addresses of the people who submitted clauses
  HUB_SUBMITTER_DATA_RETENTION_DAYS after the decision on their submission (accepted or
  rejected); the submission, its clause and the decision stay. Undecided submissions keep them
  until a moderator decides, since the moderator may need to ask the submitter.
- Deletes the finished records of the e-mail worker's tasks (sent, or failed attempts whose retry
  is queued) older than TASK_RESULT_RETENTION_DAYS, with django-tasks-db's own
  `prune_db_task_results`. Tasks still waiting to be sent are never deleted.
- Queues again any e-mail a worker left half-sent when it died (clauses.notifications), so that
  it is still sent.
"""

from datetime import timedelta

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone

from clauses.models import ClauseSubmission
from clauses.notifications import EMAIL_TASK_BACKEND, requeue_abandoned_notifications


def submissions_past_retention(days, now=None):
    cutoff = (now or timezone.now()) - timedelta(days=days)
    return ClauseSubmission.objects.filter(
        status__in=[ClauseSubmission.Status.ACCEPTED, ClauseSubmission.Status.REJECTED],
        reviewed_at__lte=cutoff,
        personal_data_erased_at__isnull=True,
    )


class Command(BaseCommand):
    help = (
        "Erase submitters' names and addresses a set time after the decision, and prune "
        "finished e-mail task records (run daily)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be erased, change nothing."
        )

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        submissions = submissions_past_retention(settings.HUB_SUBMITTER_DATA_RETENTION_DAYS)
        if dry_run:
            self.stdout.write(
                f"Would erase the submitter's data of {submissions.count()} submissions"
            )
        else:
            erased = 0
            for submission in submissions.iterator():
                submission.erase_personal_data()
                erased += 1
            self.stdout.write(f"Erased the submitter's data of {erased} submissions")

        if not dry_run:
            requeued = requeue_abandoned_notifications()
            self.stdout.write(f"Queued again {requeued} e-mails abandoned by a stopped worker")

        prune_options = [
            f"--backend={EMAIL_TASK_BACKEND}",
            "--queue-name=*",
            f"--min-age-days={settings.TASK_RESULT_RETENTION_DAYS}",
        ]
        if dry_run:
            prune_options.append("--dry-run")
        call_command(
            "prune_db_task_results", *prune_options, verbosity=verbosity, stdout=self.stdout
        )
