"""Health endpoints for the production set-up (see the README's Production section).

- `/healthz`: the process answers (liveness); it touches nothing else.
- `/readyz`: every service the site depends on answers: the database, the search backend(s), the
  cache, the SMTP server (a TCP connection, only when the SMTP e-mail backend is configured) and
  the e-mail worker (`manage.py email_worker` recorded its heartbeat in the last
  EMAIL_WORKER_HEARTBEAT_MAX_AGE seconds, and no due e-mail has waited longer than
  EMAIL_WORKER_MAX_DELAY seconds).

Both answer JSON, are never cached, and say only "ok" or "error" per check: no host names,
addresses, credentials or exception texts (a failed check is logged on the server instead).
200 when every check passes, 503 otherwise."""

import logging
import socket
import uuid
from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.db.models import Q
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django_tasks_db.models import DBTaskResult, get_date_max
from wagtail.search.backends import get_search_backend

from clauses.models import WorkerHeartbeat
from clauses.notifications import EMAIL_TASK_BACKEND
from ourdigitalfuture.core.cache import strict_cache

logger = logging.getLogger(__name__)

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
# Each check answers within a couple of seconds, so a probe never piles up on a dead service.
CONNECT_TIMEOUT = 2


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def check_search():
    """Every configured search backend: Elasticsearch answers a ping; the database backend's
    index table can be read."""
    for alias in settings.WAGTAILSEARCH_BACKENDS:
        backend = get_search_backend(alias)
        client = getattr(backend, "es", None)
        if client is not None:
            if not client.options(request_timeout=CONNECT_TIMEOUT, max_retries=0).ping():
                return False
        else:
            from wagtail.search.models import IndexEntry

            IndexEntry.objects.exists()
    return True


def check_cache():
    # The strict view: the site's cache answers a miss while Redis is down, this raises (and
    # the reason reaches the log).
    cache = strict_cache()
    key = f"readyz:{uuid.uuid4().hex}"
    token = uuid.uuid4().hex
    cache.set(key, token, 10)
    try:
        return cache.get(key) == token
    finally:
        cache.delete(key)


def smtp_configured():
    return settings.EMAIL_BACKEND == SMTP_BACKEND


def check_smtp():
    with socket.create_connection(
        (settings.EMAIL_HOST, settings.EMAIL_PORT), timeout=CONNECT_TIMEOUT
    ):
        return True


def overdue_emails(now=None):
    """E-mail tasks that should have been picked up by the worker some time ago: due and still
    waiting, or started and never finished."""
    late = (now or timezone.now()) - timedelta(seconds=settings.EMAIL_WORKER_MAX_DELAY)
    due_long_ago = Q(status="READY") & (
        Q(run_after=get_date_max(), enqueued_at__lte=late) | Q(run_after__lte=late)
    )
    stuck = Q(status="RUNNING", started_at__lte=late)
    return DBTaskResult.objects.filter(due_long_ago | stuck, backend_name=EMAIL_TASK_BACKEND)


def check_email_worker():
    """A worker went round its loop lately (a dead one with an empty queue is still dead), and
    none has left an e-mail waiting too long (a worker alive but stuck, or too few workers)."""
    alive = WorkerHeartbeat.alive(EMAIL_TASK_BACKEND, settings.EMAIL_WORKER_HEARTBEAT_MAX_AGE)
    return alive and not overdue_emails().exists()


def run_check(name, check):
    try:
        ok = bool(check())
    except Exception:
        # The details stay in the server's log, never in the answer.
        logger.warning("Readiness check %r failed", name, exc_info=True)
        return False
    if not ok:
        logger.warning("Readiness check %r failed", name)
    return ok


@never_cache
@require_safe
def healthz(request):
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def readyz(request):
    checks = {
        "database": check_database,
        "search": check_search,
        "cache": check_cache,
        "email_worker": check_email_worker,
    }
    if smtp_configured():
        checks["smtp"] = check_smtp
    results = {name: "ok" if run_check(name, check) else "error" for name, check in checks.items()}
    ready = all(result == "ok" for result in results.values())
    return JsonResponse(
        {"status": "ok" if ready else "error", "checks": results}, status=200 if ready else 503
    )
