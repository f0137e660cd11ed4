"""E-mail to the person who submitted a clause, through the e-mail worker and a real SMTP server:
an acknowledgement, the clause's link when it is first published, the reason when it is declined;
in the language of the form they used; never without an address or after it was erased; and
kept while the mail server is down."""

from email.header import decode_header, make_header

import pytest
from django.utils import translation

from clauses.models import ClauseSubmission
from ourdigitalfuture.core.translation import synchronise_locales

from .factories import make_submission
from .helpers import admin_url, form_data, moderator
from .mail_helpers import (
    SMTPServer,
    free_port,
    let_time_pass,
    run_email_worker,
    smtp_settings,
    submitter_tasks,
)

pytestmark = pytest.mark.django_db

SUBMITTER = "ana@example.org"


@pytest.fixture(autouse=True)
def no_moderators(settings):
    settings.HUB_MODERATOR_EMAILS = []
    settings.HUB_SUBMISSIONS_PER_HOUR = 50


@pytest.fixture
def server(settings):
    with SMTPServer() as running:
        smtp_settings(settings, running.port)
        yield running


def received(server):
    return [(rcpt, message) for rcpt, message in server.handler.messages if rcpt == [SUBMITTER]]


def body(message):
    return message.get_payload(decode=True).decode()


def test_the_submitter_is_thanked_in_the_language_of_the_form(client, hub, taxonomy, server):
    synchronise_locales()
    response = client.post(f"/fr/hub/{hub.reverse_subpage('submit')}", form_data(taxonomy))
    assert response.status_code == 303
    run_email_worker()
    [(_rcpt, message)] = received(server)
    assert message["Content-Language"] == "fr"
    with translation.override("fr"):
        expected = translation.gettext("We received your clause: %(title)s")
    # (The header's encoding folds the no-break space before the colon into a space.)
    subject = str(make_header(decode_header(message["Subject"]))).replace("\xa0", " ")
    assert subject == (expected % {"title": "No monitoring after hours"}).replace("\xa0", " ")
    assert "Ana Pereira" in body(message)


def test_publishing_the_clause_sends_its_link_once(client, hub, taxonomy, server):
    synchronise_locales()
    submission = make_submission(taxonomy, language="fr", submitter_email=SUBMITTER)
    client.force_login(moderator())
    client.post(admin_url("accept", submission))
    submission.refresh_from_db()
    clause = submission.clause
    run_email_worker()
    assert received(server) == []  # accepted is not yet published

    clause.save_revision().publish()
    run_email_worker()
    [(_rcpt, message)] = received(server)
    assert message["Content-Language"] == "fr"
    assert f"/fr/hub/clauses/{clause.identifier}/" in body(message)
    link = next(word for word in body(message).split() if word.startswith("http"))
    assert link.endswith(f"/fr/hub/clauses/{clause.identifier}/")

    # Published again after an edit: nothing new to say.
    clause.refresh_from_db()
    clause.save_revision().publish()
    run_email_worker()
    assert len(received(server)) == 1


def test_declining_sends_the_reason(client, taxonomy, server):
    submission = make_submission(taxonomy, language="en", submitter_email=SUBMITTER)
    client.force_login(moderator())
    reason = "Already in the hub as DBH-0042."
    assert client.post(admin_url("reject", submission), {"reason": reason}).status_code == 302
    run_email_worker()
    [(_rcpt, message)] = received(server)
    assert message["Subject"] == "Your clause was not accepted: Right to disconnect"
    assert reason in body(message)


def test_nothing_is_sent_once_the_submitters_data_is_erased(client, url, taxonomy, server):
    assert client.post(url, form_data(taxonomy)).status_code == 303
    submission = ClauseSubmission.objects.get()
    # Erased before the worker came round: the queued acknowledgement is not sent.
    submission.erase_personal_data()
    run_email_worker()
    client.force_login(moderator())
    client.post(admin_url("reject", submission), {"reason": "Not a clause."})
    run_email_worker()
    assert server.handler.messages == []
    # Only the acknowledgement, which found no address.
    assert submitter_tasks(submission).count() == 1
    assert submitter_tasks(submission).get().return_value == "no address"


def test_a_mail_server_that_is_down_loses_nothing(client, url, taxonomy, settings):
    port = free_port()  # nothing listens: connections are refused
    smtp_settings(settings, port)
    assert client.post(url, form_data(taxonomy)).status_code == 303
    run_email_worker()
    assert submitter_tasks().filter(status="FAILED").count() == 1
    with SMTPServer(port) as server:
        let_time_pass()
        run_email_worker()
    assert [rcpt for rcpt, _message in server.handler.messages] == [[SUBMITTER]]
