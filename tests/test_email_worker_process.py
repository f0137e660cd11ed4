"""The e-mail worker as production runs it: its own process (`manage.py email_worker`), with the
production settings, against a real SMTP server. It beats while it waits for work, sends what is
queued, stops cleanly on SIGTERM, and /readyz follows its heartbeat.

A module of its own: the test commits to the database (the worker is another process), so it is
transactional and empties the tables afterwards; pytest-django orders it after every test that
needs the migrations' data, and with `--dist loadfile` a module of its own keeps it there."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import datetime
from itertools import pairwise
from urllib.parse import quote

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django_tasks_db.models import DBTaskResult

from clauses.models import ClauseSubmission
from clauses.notifications import message_id, send_submission_notification
from clauses.tests.mail_helpers import SMTPServer


def get(client, path):
    response = client.get(path)
    assert response["Content-Type"] == "application/json"
    return response, json.loads(response.content)


class WorkerDatabase:
    """The test database, for an e-mail worker in a process of its own: PostgreSQL's test
    database itself; SQLite's (in memory) copied to a file, and copied back afterwards."""

    def __init__(self, tmp_path):
        self.settings = connection.settings_dict
        if connection.vendor == "sqlite":
            self.path = tmp_path / "worker.sqlite3"
            connection.ensure_connection()
            with closing(sqlite3.connect(self.path)) as target:
                connection.connection.backup(target)
            self.url = f"sqlite:///{self.path}"
        else:
            self.path = None
            s = self.settings
            login = quote(s["USER"] or "", safe="")
            if s["PASSWORD"]:
                login += ":" + quote(s["PASSWORD"], safe="")
            self.url = f"postgres://{login}@{s['HOST']}:{s['PORT'] or 5432}/{s['NAME']}"

    def heartbeat(self):
        """When the worker last recorded its heartbeat, as the worker's database says now."""
        query = "SELECT seen_at FROM clauses_workerheartbeat WHERE name = 'email'"
        if self.path is None:
            with connection.cursor() as cursor:
                cursor.execute(query)
                row = cursor.fetchone()
        else:
            with closing(sqlite3.connect(self.path, timeout=5)) as db:
                row = db.execute(query).fetchone()
        if row is None:
            return None
        return row[0] if isinstance(row[0], datetime) else datetime.fromisoformat(row[0])

    def copy_back(self):
        if self.path is not None:
            with closing(sqlite3.connect(self.path)) as source:
                source.backup(connection.connection)


def start_email_worker(database, smtp_port, *options):
    """`manage.py email_worker` as production runs it: its own process, production settings."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"ELASTICSEARCH_URL", "REDIS_URL", "EMAIL_BACKEND"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="ourdigitalfuture.settings.production",
        SECRET_KEY="email-worker-test-key",
        DATABASE_URL=database.url,
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(smtp_port),
        EMAIL_HOST_USER="",
        EMAIL_HOST_PASSWORD="",
        EMAIL_USE_TLS="false",
        EMAIL_USE_SSL="false",
        EMAIL_TIMEOUT="2",
    )
    return subprocess.Popen(
        [sys.executable, "manage.py", "email_worker", "--no-startup-delay", *options],
        cwd=django_settings.BASE_DIR,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def wait_for(condition, worker, timeout=60):
    deadline = time.monotonic() + timeout
    while not condition():
        assert worker.poll() is None, worker.stdout.read()
        assert time.monotonic() < deadline, "the e-mail worker did not get there in time"
        time.sleep(0.02)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_email_worker_process_beats_while_it_runs_and_sends_the_email(
    client, settings, tmp_path
):
    submission = ClauseSubmission.objects.create(
        title="No monitoring after hours",
        text="The employer shall not monitor workers outside working hours.",
        union_name="CFDT",
        submitter_name="Ana Pereira",
        submitter_email="ana@example.org",
    )
    send_submission_notification.enqueue(submission.pk, "hub@example.org")
    # Nothing has run the worker yet.
    assert get(client, "/readyz")[0].status_code == 503

    database = WorkerDatabase(tmp_path)
    assert database.heartbeat() is None
    with SMTPServer() as server:
        # Round its loop every 0.1 s, a heartbeat at most every 0.5 s.
        worker = start_email_worker(
            database, server.port, "--interval=0.1", "--heartbeat-interval=0.5"
        )
        try:
            wait_for(lambda: server.handler.messages, worker)
            # While it waits for work, it goes on beating, and no more often than asked.
            beats = []

            def beat_seen():
                seen_at = database.heartbeat()
                if seen_at is not None and seen_at not in beats:
                    beats.append(seen_at)
                return len(beats) >= 5

            wait_for(beat_seen, worker)
            gaps = [(later - earlier).total_seconds() for earlier, later in pairwise(beats)]
            assert min(gaps) >= 0.45, gaps
            # A stop signal ends it cleanly.
            worker.send_signal(signal.SIGTERM)
            assert worker.wait(timeout=15) == 0
        finally:
            if worker.poll() is None:
                worker.kill()
                worker.wait()

    [(recipients, message)] = server.handler.messages
    assert recipients == ["hub@example.org"]
    assert message["Message-ID"] == message_id(submission, "hub@example.org")
    database.copy_back()
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    response, body = get(client, "/readyz")
    assert response.status_code == 200
    assert body["checks"]["email_worker"] == "ok"
    # Once it has stopped, the heartbeat ages until /readyz says so.
    settings.EMAIL_WORKER_HEARTBEAT_MAX_AGE = 1
    time.sleep(1.5)
    response, body = get(client, "/readyz")
    assert response.status_code == 503
    assert body["checks"]["email_worker"] == "error"
