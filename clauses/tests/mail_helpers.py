"""The e-mail worker and real mail servers for the tests: an aiosmtpd server that counts what it
receives, a server that accepts connections and never answers, and a port that refuses."""

import socket
import threading
from contextlib import nullcontext
from datetime import timedelta
from email import message_from_bytes
from unittest import mock

from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.db import connection
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from clauses.notifications import EMAIL_TASK_BACKEND, send_submission_notification
from clauses.submitter_mail import send_submitter_mail


def email_tasks():
    return DBTaskResult.objects.filter(backend_name=EMAIL_TASK_BACKEND)


def notification_tasks():
    """The moderators' notifications among the e-mail tasks."""
    return email_tasks().filter(task_path=send_submission_notification.module_path)


def submitter_tasks(submission=None):
    """The e-mails to submitters among the e-mail tasks (to one submission's submitter when
    given: a test database may hold tasks committed by earlier tests)."""
    tasks = email_tasks().filter(task_path=send_submitter_mail.module_path)
    if submission is not None:
        tasks = tasks.filter(args_kwargs__args__0=submission.pk)
    return tasks


def run_email_worker():
    """What `manage.py email_worker` does, until no e-mail is due.

    Inside a test's transaction (a `django_db` test that is not transactional) the worker keeps
    the database connection between tasks, as Django's test client does between requests: its
    loop's close_old_connections() would close a connection whose autocommit is off (on
    PostgreSQL; an in-memory SQLite database is never closed) and lose the test's data."""
    in_test_transaction = connection.in_atomic_block
    with (
        mock.patch.object(db_worker, "close_old_connections", lambda **kwargs: None)
        if in_test_transaction
        else nullcontext()
    ):
        call_command(
            "email_worker",
            "--batch",
            "--no-startup-delay",
            "--no-reload",
            "--interval=0",
            verbosity=0,
        )


def let_time_pass(delta=timedelta(hours=7)):
    """Move every waiting retry's due time back by `delta`, as if that much time had passed
    (the longest back-off is six hours)."""
    for result in email_tasks().filter(status="READY").exclude(run_after__year=9999):
        result.run_after -= delta
        result.save(update_fields=["run_after"])


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class CountingHandler:
    """An aiosmtpd handler keeping every message it accepted; it can refuse the next ones with a
    temporary error while still recording their Message-IDs."""

    def __init__(self):
        self.messages = []
        self.refused_message_ids = []
        self.refuse_next = 0
        self.unknown_recipients = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.unknown_recipients:
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content)
        if self.refuse_next:
            self.refuse_next -= 1
            self.refused_message_ids.append(message["Message-ID"])
            return "451 Try again later"
        self.messages.append((envelope.rcpt_tos, message))
        return "250 OK"

    def message_ids(self):
        return [message["Message-ID"] for _rcpt, message in self.messages]


class SMTPServer:
    def __init__(self, port=None):
        self.handler = CountingHandler()
        self.port = port or free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()


class HangingServer:
    """Accepts TCP connections and never says a word (no SMTP greeting), then closes them after
    `hold` seconds: a mail server that has stopped answering."""

    def __init__(self, hold=8):
        self.hold = hold
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.stopped = threading.Event()
        self.connections = 0
        self.thread = threading.Thread(target=self.serve, daemon=True)

    def serve(self):
        self.sock.settimeout(0.1)
        held = []
        while not self.stopped.is_set():
            try:
                conn, _address = self.sock.accept()
                self.connections += 1
                held.append(conn)
            except TimeoutError:
                pass
        for conn in held:
            conn.close()

    def __enter__(self):
        self.thread.start()
        timer = threading.Timer(self.hold, self.stopped.set)
        timer.daemon = True
        timer.start()
        return self

    def __exit__(self, *exc):
        self.stopped.set()
        self.thread.join(timeout=2)
        self.sock.close()


def smtp_settings(settings, port, timeout=1):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = timeout
