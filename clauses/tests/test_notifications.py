"""The moderators' e-mail against real mail servers: a visitor is thanked at once while the SMTP
server refuses connections or hangs; the e-mail worker keeps trying, with a growing delay, and once
the server is back exactly one message arrives per notification, always with the same Message-ID.
The "email" task backend is the real database backend (django-tasks-db), run by its db_worker."""

import logging
import os
import subprocess
import sys
import time
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import Group, User
from django.utils import timezone

from clauses.models import ClauseSubmission, Country
from clauses.notifications import retry_delay

from .factories import build_taxonomy, make_hub
from .mail_helpers import (
    HangingServer,
    SMTPServer,
    email_tasks,
    free_port,
    let_time_pass,
    run_email_worker,
    smtp_settings,
)

pytestmark = pytest.mark.django_db

MODERATORS = ["hub-moderators@example.org", "second-moderator@example.org"]
SUBMITTER = "ana@example.org"
# Each submission's e-mails: one per moderator, and the submitter's acknowledgement.
MESSAGES = len(MODERATORS) + 1
# Long enough that a request waiting on the mail server could not answer in time.
EMAIL_TIMEOUT = 4
AT_ONCE = 2


@pytest.fixture(autouse=True)
def moderators(settings):
    settings.HUB_MODERATOR_EMAILS = MODERATORS
    settings.HUB_SUBMISSIONS_PER_HOUR = 50


@pytest.fixture
def url():
    hub = make_hub()
    build_taxonomy()
    return hub.url + hub.reverse_subpage("submit")


def form_data(title="No monitoring after hours"):
    country = Country.objects.get(code="FR")
    return {
        "text": "The employer shall not monitor workers outside working hours.",
        "title": title,
        "clause_language": "en",
        "clause_type": "agreement_clause",
        "union_name": "cfdt",
        "country": country.pk,
        "year": "2021",
        "source_url": "https://example.org/agreement.pdf",
        "submitter_name": "Ana Pereira",
        "submitter_email": SUBMITTER,
        "website": "",
    }


def submit(client, url, data):
    """POST the form as a visitor would and follow to the thank-you page; returns the seconds the
    POST took."""
    client.get(url)  # the form, as the visitor first sees it
    started = time.monotonic()
    response = client.post(url, data)
    elapsed = time.monotonic() - started
    assert response.status_code == 303
    assert response["Location"] == f"{url}?thanks=1"
    thanks = client.get(response["Location"])
    assert "Thank you for your clause" in thanks.content.decode()
    return elapsed


def to_moderators(server):
    """The messages the server received for the moderators (not the submitter's)."""
    return [(rcpt, message) for rcpt, message in server.handler.messages if rcpt != [SUBMITTER]]


def assert_delivered_once(server, submission):
    """One message per moderator, each with its own stable Message-ID naming the submission."""
    received = sorted(to_moderators(server))
    assert [rcpt for rcpt, _message in received] == [[address] for address in sorted(MODERATORS)]
    assert len(server.handler.messages) == MESSAGES
    ids = server.handler.message_ids()
    assert len(set(ids)) == MESSAGES
    for _rcpt, message in received:
        assert message["Message-ID"].startswith(f"<clause-submission.{submission.pk}.")
        assert "No monitoring after hours" in message["Subject"]
    assert not email_tasks().filter(status="READY").exists()


def test_a_hanging_mail_server_never_keeps_the_visitor_waiting(client, url, settings):
    with HangingServer(hold=EMAIL_TIMEOUT * 3) as hanging:
        smtp_settings(settings, hanging.port, timeout=EMAIL_TIMEOUT)
        elapsed = submit(client, url, form_data())
        assert elapsed < AT_ONCE
        submission = ClauseSubmission.objects.get()
        assert email_tasks().filter(status="READY").count() == MESSAGES

        # The worker tries, gives up after EMAIL_TIMEOUT and queues each e-mail again.
        started = time.monotonic()
        run_email_worker()
        assert hanging.connections == MESSAGES
        assert time.monotonic() - started < MESSAGES * (EMAIL_TIMEOUT + 2)
        assert email_tasks().filter(status="FAILED").count() == MESSAGES
        assert (
            email_tasks().filter(status="READY", run_after__gt=timezone.now()).count() == MESSAGES
        )
        port = hanging.port

    # The mail server is back on the same port; after the back-off, the worker delivers.
    with SMTPServer(port) as server:
        run_email_worker()
        assert server.handler.messages == []  # not yet due
        let_time_pass()
        run_email_worker()
        assert_delivered_once(server, submission)
        # Nothing is sent twice, however often the worker runs.
        let_time_pass()
        run_email_worker()
        assert len(server.handler.messages) == MESSAGES


def test_a_refusing_mail_server_is_retried_with_growing_delays_until_it_answers(
    client, url, settings, caplog
):
    port = free_port()  # nothing listens there: connections are refused
    smtp_settings(settings, port)
    assert submit(client, url, form_data()) < AT_ONCE
    submission = ClauseSubmission.objects.get()

    delays = []
    for _attempt in range(3):
        before = timezone.now()
        with caplog.at_level(logging.WARNING, logger="clauses.notifications"):
            run_email_worker()
        waiting = email_tasks().filter(status="READY")
        assert waiting.count() == MESSAGES
        delays.append(min(r.run_after for r in waiting) - before)
        let_time_pass()
    # One minute, two, four: the delay doubles with each failed attempt.
    for delay, expected in zip(delays, [60, 120, 240], strict=True):
        assert timedelta(seconds=expected - 5) < delay <= timedelta(seconds=expected + 5)
    assert "ConnectionRefusedError" in caplog.text
    assert email_tasks().filter(status="FAILED").count() == 3 * MESSAGES

    with SMTPServer(port) as server:
        run_email_worker()
        assert_delivered_once(server, submission)


def test_a_retry_carries_the_same_message_id(client, url, settings):
    settings.HUB_MODERATOR_EMAILS = ["hub-moderators@example.org"]
    with SMTPServer() as server:
        smtp_settings(settings, server.port)
        server.handler.refuse_next = 1  # "451 Try again later" once
        submit(client, url, form_data())
        run_email_worker()
        assert to_moderators(server) == []
        let_time_pass()
        run_email_worker()
    # The moderator's notification went first, was refused, and came again with the same id.
    [(_rcpt, message)] = to_moderators(server)
    assert [message["Message-ID"]] == server.handler.refused_message_ids


def test_different_submissions_have_different_message_ids(client, url, settings):
    settings.HUB_MODERATOR_EMAILS = ["hub-moderators@example.org"]
    with SMTPServer() as server:
        smtp_settings(settings, server.port)
        submit(client, url, form_data())
        client.post(url, {**form_data(), "title": "Another clause"})
        run_email_worker()
    first, second = ClauseSubmission.objects.order_by("pk")
    ids = [message["Message-ID"] for _rcpt, message in to_moderators(server)]
    assert len(ids) == 2
    assert ids[0].startswith(f"<clause-submission.{first.pk}.")
    assert ids[1].startswith(f"<clause-submission.{second.pk}.")


def test_an_address_the_server_rejects_for_good_is_not_retried_forever(
    client, url, settings, caplog
):
    with SMTPServer() as server:
        smtp_settings(settings, server.port)
        server.handler.unknown_recipients = {"second-moderator@example.org"}
        submit(client, url, form_data())
        with caplog.at_level(logging.ERROR, logger="clauses.notifications"):
            run_email_worker()
    assert [rcpt for rcpt, _message in to_moderators(server)] == [["hub-moderators@example.org"]]
    assert not email_tasks().filter(status="READY").exists()
    assert "refused a moderator's address" in caplog.text


def test_the_moderators_group_members_are_told_too(client, url, settings):
    settings.HUB_MODERATOR_EMAILS = []
    members = Group.objects.get(name="Hub moderators")
    User.objects.create_user("mod", "mod@example.org", "pw").groups.add(members)
    with SMTPServer() as server:
        smtp_settings(settings, server.port)
        submit(client, url, form_data())
        run_email_worker()
    assert [rcpt for rcpt, _message in to_moderators(server)] == [["mod@example.org"]]


def test_the_delay_between_attempts_doubles_up_to_six_hours():
    assert [retry_delay(n).total_seconds() for n in range(1, 6)] == [60, 120, 240, 480, 960]
    assert retry_delay(9) == timedelta(minutes=256)
    assert retry_delay(10) == timedelta(hours=6)
    assert retry_delay(10_000) == timedelta(hours=6)


def test_the_email_settings_come_from_the_environment():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "ourdigitalfuture.settings.base",
        "EMAIL_HOST": "smtp.example.org",
        "EMAIL_PORT": "2525",
        "EMAIL_HOST_USER": "odf",
        "EMAIL_HOST_PASSWORD": "s3cret",
        "EMAIL_USE_TLS": "true",
        "EMAIL_TIMEOUT": "7",
    }
    code = (
        "from django.conf import settings as s;"
        "print(s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_HOST_USER, s.EMAIL_HOST_PASSWORD,"
        " s.EMAIL_USE_TLS, s.EMAIL_TIMEOUT, s.TASKS['email']['BACKEND'],"
        " s.TASKS['default']['BACKEND'])"
    )
    output = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=django_settings.BASE_DIR,
    ).stdout.split()
    assert output == [
        "smtp.example.org",
        "2525",
        "odf",
        "s3cret",
        "True",
        "7.0",
        "django_tasks_db.DatabaseBackend",
        # Wagtail's own tasks (search index, references) keep running at once, as before.
        "django_tasks.backends.immediate.ImmediateBackend",
    ]
