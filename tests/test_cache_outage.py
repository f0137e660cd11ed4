"""The shared cache going down never takes the site with it: with the site's cache on a real
Redis server (as settings/base.py builds it from REDIS_URL) and that server stopped, the public
pages, the searches and a clause submission answer as usual (the submission is stored, the limits
count in the database), the outage is logged once, not once per request, /readyz still reports
it, and once Redis is back the cache is used again (ourdigitalfuture.core.cache)."""

import copy
import logging
import runpy
import signal
import time

import pytest
import redis
from django.core.cache import cache
from django.test import Client
from django.utils.html import escape
from wagtail.models import Locale

from clauses.models import Clause, ClauseSubmission, HubPage
from ourdigitalfuture.core import ratelimit

pytestmark = pytest.mark.django_db

CACHE_LOGGER = "ourdigitalfuture.core.cache"


@pytest.fixture(autouse=True)
def _demo(demo_site, db):
    """Every test here reads the module's demo site."""


def site_cache(monkeypatch, url):
    """The CACHES setting settings/base.py builds for REDIS_URL=url."""
    monkeypatch.setenv("REDIS_URL", url)
    caches = runpy.run_module("ourdigitalfuture.settings.base")["CACHES"]
    monkeypatch.delenv("REDIS_URL")
    return caches


@pytest.fixture
def site_on_redis(redis_server, settings, monkeypatch):
    """The site's cache and limits on a Redis server of this test's own, the limits on (the
    test settings turn the search throttles off), the warnings' clocks reset."""
    caches = site_cache(monkeypatch, redis_server.url)
    # Back from the outage within a second rather than production's 5, to keep the test short.
    caches["default"]["OPTIONS"]["RETRY_AFTER"] = 1
    settings.CACHES = caches
    settings.RATELIMIT_STORE = "cache"
    settings.SEARCHES_PER_MINUTE = 100
    settings.SUGGESTIONS_PER_MINUTE = 100
    settings.HUB_SUBMISSIONS_PER_HOUR = 5
    settings.HUB_MODERATOR_EMAILS = []
    ratelimit.cache_down_warning.reset()
    yield redis_server
    ratelimit.cache_down_warning.reset()


def redis_keys(server, pattern="*"):
    """What is really stored on the server (not what the cache says)."""
    client = redis.Redis.from_url(server.url)
    try:
        return {key.decode() for key in client.keys(pattern)}
    finally:
        client.close()


def plan_visits(hub, clause):
    """What visitors do, as (method, path, data) by name; the addresses are worked out while
    Redis is up (Wagtail's page URLs use the cache, in the test as in a request)."""
    theme = clause.themes.first()
    sector = clause.sectors.first()
    word = max(clause.title.split(), key=len)
    filters = {
        "q": word,
        "theme": theme.number,
        "country": clause.country.code,
        "sector": sector.slug,
    }
    submission = {
        "text": "The employer shall tell workers which of their data a system reads.",
        "clause_language": "en",
        "clause_type": "agreement_clause",
        "union_name": "CFDT",
        "country": str(clause.country.pk),
        "sector": str(sector.pk),
        "suggested_theme": str(theme.pk),
        "year": "2022",
        "source_url": "https://example.org/agreement.pdf",
        "submitter_name": "Ana Pereira",
        "submitter_email": "ana@example.org",
        "website": "",
    }
    return {
        "database": ("get", hub.url + "database/", filters),
        "search": ("get", "/en/search/", {"q": word}),
        "suggest": ("get", "/en/search/suggest/", {"q": word[:4]}),
        "clause": ("get", hub.clause_url(clause.identifier), {}),
        "home en": ("get", "/en/", {}),
        "home fr": ("get", "/fr/", {}),
        "submission": ("post", hub.url + "submit/", submission),
    }


def visit(client, plan, submission_title):
    """Every answer, and its status, by what the visitor did."""
    answers = {}
    for name, (method, path, data) in plan.items():
        if name == "submission":
            data = {**data, "title": submission_title}
        answers[name] = getattr(client, method)(path, data)
    statuses = {name: response.status_code for name, response in answers.items()}
    return statuses, answers


EXPECTED = {
    "database": 200,
    "search": 200,
    "suggest": 200,
    "clause": 200,
    "home en": 200,
    "home fr": 200,
    "submission": 303,
}


def assert_served_as_usual(answers, plan, clause):
    link = f'href="{plan["clause"][1]}"'
    database = answers["database"].content.decode()
    assert link in database
    assert "No results" not in database
    assert link in answers["search"].content.decode()
    assert answers["suggest"].json()["suggestions"]
    title = escape(clause.title)
    assert f"{title} · {clause.identifier}" in answers["clause"].content.decode()
    assert '<html lang="en"' in answers["home en"].content.decode()
    assert '<html lang="fr"' in answers["home fr"].content.decode()


def test_the_site_answers_as_usual_while_redis_is_down_and_uses_it_again_after(
    site_on_redis, caplog
):
    server = site_on_redis
    client = Client(raise_request_exception=False)
    hub = HubPage.objects.get(locale__language_code="en")
    clause = (
        Clause.objects.filter(live=True, locale=Locale.get_default())
        .exclude(themes=None)
        .exclude(sectors=None)
        .exclude(country=None)
        .order_by("pk")
        .first()
    )

    plan = plan_visits(hub, clause)

    # Redis up: the site caches in it (the search filters' choices, Wagtail's site roots).
    statuses, answers = visit(client, plan, "Told before the outage")
    assert statuses == EXPECTED
    assert_served_as_usual(answers, plan, clause)
    assert any(":search:taxonomy:" in key for key in redis_keys(server))

    server.stop()
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        statuses, answers = visit(client, plan, "Told during the outage")
        again, _answers = visit(client, plan, "Told again during the outage")
        readyz = client.get("/readyz")

    assert statuses == EXPECTED
    assert again == EXPECTED
    assert_served_as_usual(answers, plan, clause)
    # Nothing submitted is lost.
    assert (
        ClauseSubmission.objects.filter(
            title__in=["Told during the outage", "Told again during the outage"]
        ).count()
        == 2
    )
    assert answers["submission"]["Location"].endswith("/submit/?thanks=1")
    # The probe is not fooled by the cache answering misses.
    assert readyz.json()["checks"]["cache"] == "error"
    # One warning from the cache and one from the limits for all those requests, not one per
    # request (or per cache call).
    cache_warnings = [
        r for r in caplog.records if r.name == CACHE_LOGGER and "cannot be reached" in r.message
    ]
    limit_warnings = [
        r
        for r in caplog.records
        if r.name == ratelimit.__name__ and "cannot be reached" in r.message
    ]
    assert len(cache_warnings) == 1, [r.message for r in cache_warnings]
    assert len(limit_warnings) == 1, [r.message for r in limit_warnings]
    assert "Told" not in caplog.text  # nothing a visitor typed

    # Redis back (empty): the cache is used again once its retry delay has passed.
    server.start()
    deadline = time.monotonic() + 10
    while cache.get("back") != "yes":
        assert time.monotonic() < deadline, "the cache did not come back"
        cache.set("back", "yes", 60)
        time.sleep(0.2)
    statuses, answers = visit(client, plan, "Told after the outage")
    assert statuses == EXPECTED
    assert_served_as_usual(answers, plan, clause)
    assert any(":search:taxonomy:" in key for key in redis_keys(server))
    # The limits count in Redis again.
    assert any(":ratelimit:submissions:" in key for key in redis_keys(server))
    assert client.get("/readyz").json()["checks"]["cache"] == "ok"


def test_the_submission_limit_holds_in_the_database_while_redis_is_down(site_on_redis, settings):
    settings.HUB_SUBMISSIONS_PER_HOUR = 2
    client = Client(raise_request_exception=False)
    hub = HubPage.objects.get(locale__language_code="en")
    url = hub.url + "submit/"
    clause = Clause.objects.filter(live=True, locale=Locale.get_default()).order_by("pk").first()
    site_on_redis.stop()
    data = {
        "text": "The employer shall not monitor workers outside working hours.",
        "clause_language": "en",
        "clause_type": "agreement_clause",
        "union_name": "CFDT",
        "country": str(clause.country.pk),
        "sector": str(clause.sectors.first().pk),
        "suggested_theme": str(clause.themes.first().pk),
        "year": "2021",
        "source_url": "https://example.org/agreement.pdf",
        "submitter_name": "Ana Pereira",
        "submitter_email": "ana@example.org",
        "website": "",
    }
    answers = [client.post(url, {**data, "title": f"Limited {n}"}) for n in range(3)]
    assert [a.status_code for a in answers] == [303, 303, 429]
    assert 3500 < int(answers[-1]["Retry-After"]) <= 3600
    assert ClauseSubmission.objects.filter(title__startswith="Limited ").count() == 2


def test_programming_errors_are_not_taken_for_an_outage(site_on_redis):
    """Only an unreachable Redis is a miss: a value that cannot be stored still raises."""
    with pytest.raises(Exception) as raised:
        cache.set("unpicklable", lambda: None)
    assert not isinstance(raised.value, redis.exceptions.ConnectionError)
    # And the cache is not considered down after it.
    cache.set("fine", 1)
    assert cache.get("fine") == 1


def test_a_redis_that_hangs_costs_one_timeout_per_retry_delay_not_one_per_cache_call(
    site_on_redis, settings
):
    """A Redis that accepts connections and never answers (stopped with SIGSTOP): the first
    cache call waits for the socket timeout, the following ones are misses at once until the
    retry delay has passed, so the pages are slower for a moment, never held for long."""
    caches = copy.deepcopy(settings.CACHES)
    caches["default"]["OPTIONS"]["RETRY_AFTER"] = 60
    settings.CACHES = caches
    client = Client(raise_request_exception=False)
    hub = HubPage.objects.get(locale__language_code="en")
    clause = Clause.objects.filter(live=True, locale=Locale.get_default()).order_by("pk").first()
    plan = plan_visits(hub, clause)
    timeout = settings.CACHES["default"]["OPTIONS"]["socket_timeout"]
    # The pages' own work, every cache empty (as while Redis hangs: each read then misses).
    cache.clear()
    started = time.monotonic()
    assert visit(client, plan, "Told before the hang")[0] == EXPECTED
    cold = time.monotonic() - started

    site_on_redis.process.send_signal(signal.SIGSTOP)
    try:
        started = time.monotonic()
        statuses, _answers = visit(client, plan, "Told while Redis hangs")
        took = time.monotonic() - started
    finally:
        site_on_redis.process.send_signal(signal.SIGCONT)
    assert statuses == EXPECTED
    # One socket timeout (the call that found out), plus the pages' own work; a timeout per
    # cache call would be dozens of them.
    assert timeout <= took < 2 * timeout + 2 * cold + 1, (took, cold)
    assert ClauseSubmission.objects.filter(title="Told while Redis hangs").exists()
