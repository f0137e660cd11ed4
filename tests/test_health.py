"""/healthz and /readyz for the production set-up: JSON, outside the language prefix, never cached,
no secrets; /readyz answers 503 as soon as one dependency (search, cache, SMTP server, the e-mail
worker) is down, against real servers that are up or gone, and a real e-mail worker process."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from clauses.models import WorkerHeartbeat
from clauses.notifications import send_submission_notification
from clauses.tests.mail_helpers import SMTPServer, free_port, run_email_worker, smtp_settings

pytestmark = pytest.mark.django_db

SECRET_BITS = ["127.0.0.1", "localhost", "s3cret-password", "odf-mailer", "Error", "Traceback"]


def get(client, path):
    response = client.get(path)
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]
    body = response.content.decode()
    for bit in SECRET_BITS:
        assert bit not in body
    return response, json.loads(body)


def test_healthz_says_the_process_answers(client):
    response, body = get(client, "/healthz")
    assert response.status_code == 200
    assert body == {"status": "ok"}


@pytest.fixture
def email_worker_ran():
    """The e-mail worker (`manage.py email_worker`, until the queue is empty) has just run, and
    recorded its heartbeat."""
    run_email_worker()


def test_readyz_checks_every_dependency_and_is_ready(client, email_worker_ran):
    response, body = get(client, "/readyz")
    assert response.status_code == 200
    # The test settings send e-mail to memory: no SMTP server to check.
    assert body == {
        "status": "ok",
        "checks": {"database": "ok", "search": "ok", "cache": "ok", "email_worker": "ok"},
    }


def test_the_endpoints_live_outside_the_language_prefix_and_only_read(client, email_worker_ran):
    # Answered where they are, in any language: no redirect to /en/.
    for path in ["/healthz", "/readyz"]:
        assert client.get(path, HTTP_ACCEPT_LANGUAGE="fr").status_code == 200
        assert client.post(path).status_code == 405


def secret_smtp_settings(settings, port):
    smtp_settings(settings, port)
    settings.EMAIL_HOST_USER = "odf-mailer"
    settings.EMAIL_HOST_PASSWORD = "s3cret-password"


def test_readyz_reaches_the_smtp_server(client, settings, email_worker_ran):
    with SMTPServer() as server:
        secret_smtp_settings(settings, server.port)
        response, body = get(client, "/readyz")
    assert response.status_code == 200
    assert body["checks"]["smtp"] == "ok"


def test_an_unreachable_smtp_server_is_a_503_that_says_nothing_about_it(
    client, settings, email_worker_ran
):
    port = free_port()
    secret_smtp_settings(settings, port)
    response, body = get(client, "/readyz")
    assert response.status_code == 503
    assert body["status"] == "error"
    assert body["checks"]["smtp"] == "error"
    assert body["checks"]["database"] == "ok"
    assert str(port) not in response.content.decode()


def test_an_email_waiting_too_long_means_the_worker_is_down(client, settings, email_worker_ran):
    settings.EMAIL_WORKER_MAX_DELAY = 300
    result = send_submission_notification.enqueue(12345, "hub@example.org")
    # Just queued: the worker has time.
    assert get(client, "/readyz")[0].status_code == 200

    DBTaskResult.objects.filter(pk=result.id).update(
        enqueued_at=timezone.now() - timedelta(minutes=6)
    )
    response, body = get(client, "/readyz")
    assert response.status_code == 503
    assert body["checks"]["email_worker"] == "error"

    # A worker runs: the queue is empty again.
    run_email_worker()
    assert get(client, "/readyz")[0].status_code == 200


def test_a_retry_waiting_for_its_time_is_not_a_late_worker(client, settings, email_worker_ran):
    result = send_submission_notification.using(
        run_after=timezone.now() + timedelta(hours=1)
    ).enqueue(12345, "hub@example.org")
    DBTaskResult.objects.filter(pk=result.id).update(enqueued_at=timezone.now() - timedelta(days=1))
    assert get(client, "/readyz")[0].status_code == 200


def test_a_worker_that_never_ran_is_down_even_with_nothing_to_send(client):
    # No e-mail is waiting, so only the heartbeat can tell.
    assert not DBTaskResult.objects.exists()
    response, body = get(client, "/readyz")
    assert response.status_code == 503
    assert body == {
        "status": "error",
        "checks": {"database": "ok", "search": "ok", "cache": "ok", "email_worker": "error"},
    }


def test_a_worker_whose_heartbeat_stopped_is_down(client, settings, email_worker_ran):
    settings.EMAIL_WORKER_HEARTBEAT_MAX_AGE = 60
    assert get(client, "/readyz")[0].status_code == 200

    # The worker died a minute and a second ago.
    WorkerHeartbeat.objects.update(seen_at=timezone.now() - timedelta(seconds=61))
    response, body = get(client, "/readyz")
    assert response.status_code == 503
    assert body["checks"] == {
        "database": "ok",
        "search": "ok",
        "cache": "ok",
        "email_worker": "error",
    }

    # Within the allowed age it is still alive; the age is a setting.
    WorkerHeartbeat.objects.update(seen_at=timezone.now() - timedelta(seconds=50))
    assert get(client, "/readyz")[0].status_code == 200
    WorkerHeartbeat.objects.update(seen_at=timezone.now() - timedelta(seconds=61))
    settings.EMAIL_WORKER_HEARTBEAT_MAX_AGE = 120
    assert get(client, "/readyz")[0].status_code == 200


def test_a_search_server_that_is_down_is_a_503(client, settings, email_worker_ran):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [f"http://127.0.0.1:{free_port()}"],
            "INDEX_PREFIX": "odf_health_",
        }
    }
    response, body = get(client, "/readyz")
    assert response.status_code == 503
    assert body["checks"]["search"] == "error"
    assert body["checks"]["database"] == "ok"


def test_a_cache_server_that_is_down_is_a_503(client, settings, email_worker_ran):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        }
    }
    response, body = get(client, "/readyz")
    assert response.status_code == 503
    assert body["checks"]["cache"] == "error"
