"""The e-mail worker: django-tasks-db's `db_worker` for the "email" task backend, with a heartbeat.

    python manage.py email_worker

It takes every option of `db_worker` (`--interval`, `--batch`, `--max-tasks`, `--reload`, …);
`--backend` defaults to "email". Each time round its polling loop it records a heartbeat in the
database (`clauses.WorkerHeartbeat`, at most every `--heartbeat-interval` seconds), which
`/readyz` checks: a worker that died, hangs or cannot reach the database stops beating, even when
no e-mail is waiting.

The loop is django-tasks-db's own (`Worker.run`), unchanged. The hook: the loop asks
`self.running` at the top of every iteration (after its pause or its task) and again before its
pause, and nowhere else but the signal handler; here `running` is a property that records the
heartbeat before answering. No other method of the worker is called on every iteration (the
connection checks are module functions, `run_task` only runs when a task is due)."""

import logging
import os
import time

from django.core.management.base import CommandError
from django.db import DatabaseError
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.management.commands import db_worker

from clauses.models import WorkerHeartbeat
from clauses.notifications import EMAIL_TASK_BACKEND

logger = logging.getLogger(__name__)

# At most one heartbeat write this often (seconds): well under EMAIL_WORKER_HEARTBEAT_MAX_AGE.
HEARTBEAT_INTERVAL = 5.0


class HeartbeatWorker(db_worker.Worker):
    """django-tasks-db's worker, recording a heartbeat as it goes round its loop."""

    def __init__(self, *, heartbeat_interval=HEARTBEAT_INTERVAL, **kwargs):
        self.heartbeat_interval = heartbeat_interval
        self.last_heartbeat = None
        self.in_signal_handler = False
        super().__init__(**kwargs)  # sets `running` through the property below

    @property
    def running(self):
        # Never a database write from inside the signal handler, which also asks.
        if self._running and not self.in_signal_handler:
            self.beat()
        return self._running

    @running.setter
    def running(self, value):
        self._running = value

    def beat(self):
        now = time.monotonic()
        if self.last_heartbeat is not None and now - self.last_heartbeat < self.heartbeat_interval:
            return
        try:
            WorkerHeartbeat.record(self.backend_name)
        except DatabaseError:
            # The worker goes on (the loop's own query meets the outage); no heartbeat, so
            # /readyz says the worker is down until the database answers again.
            logger.warning("Could not record the %s worker's heartbeat", self.backend_name)
            return
        self.last_heartbeat = now

    def shutdown(self, signum, frame):
        self.in_signal_handler = True
        try:
            super().shutdown(signum, frame)
        finally:
            self.in_signal_handler = False


class Command(db_worker.Command):
    help = (
        "Run the e-mail worker (django-tasks-db's db_worker for the 'email' task backend), "
        "recording the heartbeat that /readyz checks."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(backend_name=EMAIL_TASK_BACKEND)
        parser.add_argument(
            "--heartbeat-interval",
            default=HEARTBEAT_INTERVAL,
            type=db_worker.valid_interval,
            help="Record the heartbeat at most this often, in seconds (default: %(default)r)",
        )

    def handle(
        self,
        *,
        verbosity,
        queue_name,
        interval,
        batch,
        backend_name,
        startup_delay,
        reload,
        max_tasks,
        worker_id,
        exclude_queues,
        heartbeat_interval,
        **options,
    ):
        # db_worker's own `handle` (django-tasks-db 0.13) with the heartbeat worker in place of
        # its `Worker`: it builds the worker inline, with no hook to choose its class.
        self.configure_logging(verbosity)
        if reload and batch:
            db_worker.logger.warning(
                "Warning: --reload and --batch cannot be specified together. Disabling autoreload."
            )
            reload = False
        queue_names = queue_name.split(",")
        excluded_queue_names = exclude_queues.split(",") if exclude_queues else []
        if excluded_queue_names and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")

        worker = HeartbeatWorker(
            heartbeat_interval=heartbeat_interval,
            queue_names=queue_names,
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=max_tasks,
            worker_id=worker_id,
            excluded_queue_names=excluded_queue_names,
        )
        if reload:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                # Only the reloader's child process runs the worker and handles the signals.
                worker.configure_signals()
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()
