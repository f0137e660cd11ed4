"""The clause submission limit (HUB_SUBMISSIONS_PER_HOUR): it holds when submissions arrive at
the same moment (counted atomically, in the database or on a real Redis server), each visitor
behind the site's TLS proxy has a quota of their own, and a refusal says when to try again."""

import threading

import pytest
from django.db import connection as db_connection
from django.test import RequestFactory
from django.utils import translation

from clauses.models import ClauseSubmission
from clauses.submissions import submit_clause
from ourdigitalfuture.core.translation import synchronise_locales

from .helpers import end_rate_limit_windows, form_data

SIMULTANEOUS = 8
LIMIT = 5


@pytest.fixture(autouse=True)
def limits(settings):
    settings.HUB_MODERATOR_EMAILS = []
    settings.HUB_SUBMISSIONS_PER_HOUR = LIMIT


def submit_all_at_once(hub, bodies):
    """Run the submission view for each body in a thread of its own (each with its own database
    connection, as in separate server workers), all released at the same moment; the statuses
    and Retry-After headers in the order of the bodies."""
    factory = RequestFactory()
    path = hub.url + hub.reverse_subpage("submit")
    barrier = threading.Barrier(len(bodies))
    answers = [None] * len(bodies)

    def send(index, body):
        request = factory.post(path, body, REMOTE_ADDR="198.51.100.4")
        request._dont_enforce_csrf_checks = True
        try:
            with translation.override("en"):
                barrier.wait()
                response = submit_clause(request, hub)
            answers[index] = (response.status_code, response.get("Retry-After"))
        finally:
            db_connection.close()

    threads = [threading.Thread(target=send, args=(i, b)) for i, b in enumerate(bodies)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return answers


def in_own_connection(function):
    """Run `function` in a thread, so with a database connection outside the test's
    transaction: what the submission threads committed is seen and can be removed."""
    result = []

    def run():
        try:
            result.append(function())
        finally:
            db_connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=60)
    return result[0]


@pytest.fixture(params=["database", "redis"])
def store(request, settings):
    """The two places the limits count in: the database (no REDIS_URL) and a real Redis."""
    if db_connection.vendor == "sqlite" and db_connection.is_in_memory_db():
        # Concurrent connections to the in-memory SQLite test database fail with "table is
        # locked", whatever the limit does: CI runs this on its PostgreSQL tier.
        pytest.skip("needs a database that concurrent connections can write to (PostgreSQL)")
    if request.param == "redis":
        request.getfixturevalue("redis_cache")
    else:
        settings.RATELIMIT_STORE = "database"
    yield request.param

    def clean_up():
        ClauseSubmission.objects.filter(title__startswith="Simultaneous ").delete()
        from ourdigitalfuture.core.models import RateLimitCounter

        RateLimitCounter.objects.all().delete()

    in_own_connection(clean_up)


@pytest.mark.django_db
def test_simultaneous_submissions_store_exactly_the_limit(store, hub):
    """Eight valid submissions from one address at the same moment, each request with its own
    database connection: exactly five stored, three refused with 429 and Retry-After (before,
    the check and the save raced and six were stored)."""
    bodies = [form_data(title=f"Simultaneous {n}") for n in range(SIMULTANEOUS)]

    answers = submit_all_at_once(hub, bodies)

    statuses = sorted(status for status, _retry in answers)
    assert statuses == [303] * LIMIT + [429] * (SIMULTANEOUS - LIMIT)
    stored = in_own_connection(
        lambda: ClauseSubmission.objects.filter(title__startswith="Simultaneous ").count()
    )
    assert stored == LIMIT
    for status, retry_after in answers:
        if status == 429:
            assert retry_after is not None and 3000 < int(retry_after) <= 3600


@pytest.mark.django_db
def test_a_refusal_says_when_to_try_again(client, url, taxonomy, settings):
    settings.HUB_SUBMISSIONS_PER_HOUR = 1
    assert client.post(url, form_data(taxonomy)).status_code == 303
    response = client.post(url, form_data(taxonomy, title="The second one"))
    assert response.status_code == 429
    assert 3500 < int(response["Retry-After"]) <= 3600
    html = response.content.decode()
    assert "Please try again in 60 minutes; your text is still in the form below." in html
    assert 'value="The second one"' in html
    # The page is in the visitor's language (under the hub's French alias, as the admin makes).
    synchronise_locales()
    french = client.post(url.replace("/en/", "/fr/", 1), form_data(taxonomy))
    assert french.status_code == 429
    assert '<html lang="fr"' in french.content.decode()
    assert ClauseSubmission.objects.count() == 1


@pytest.mark.django_db
def test_a_mistake_in_the_form_does_not_use_up_the_quota(client, url, taxonomy, settings):
    settings.HUB_SUBMISSIONS_PER_HOUR = 1
    for _ in range(3):
        assert client.post(url, form_data(taxonomy, year="1900")).status_code == 400
    assert client.post(url, form_data(taxonomy)).status_code == 303


@pytest.mark.django_db
def test_behind_the_tls_proxy_each_visitor_has_a_quota_of_their_own(
    client, url, taxonomy, settings
):
    """The proxy connects from one address and appends the visitor's to X-Forwarded-For."""
    settings.TRUSTED_PROXY_COUNT = 1
    settings.HUB_SUBMISSIONS_PER_HOUR = 2
    proxy = {"REMOTE_ADDR": "10.0.0.2"}

    def post(forwarded_for):
        return client.post(url, form_data(taxonomy), HTTP_X_FORWARDED_FOR=forwarded_for, **proxy)

    assert [post("198.51.100.4").status_code for _ in range(3)] == [303, 303, 429]
    # Another visitor through the same proxy is not held back...
    assert post("198.51.100.5").status_code == 303
    # ...and a visitor cannot escape their quota by writing an address of their own in front.
    assert post("203.0.113.99, 198.51.100.4").status_code == 429
    # Submissions keep a hash of the visitor's address, not the proxy's.
    hashes = set(ClauseSubmission.objects.values_list("address_hash", flat=True))
    assert len(hashes) == 2


@pytest.mark.django_db
def test_without_trusted_proxies_x_forwarded_for_is_ignored(client, url, taxonomy, settings):
    """By default (TRUSTED_PROXY_COUNT = 0) a client who makes up X-Forwarded-For headers
    still counts as its own address."""
    settings.HUB_SUBMISSIONS_PER_HOUR = 2
    statuses = [
        client.post(
            url,
            form_data(taxonomy),
            REMOTE_ADDR="198.51.100.4",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{n}",
        ).status_code
        for n in range(3)
    ]
    assert statuses == [303, 303, 429]


@pytest.mark.django_db
def test_the_limit_is_a_setting_and_can_be_turned_off(client, url, taxonomy, settings):
    settings.HUB_SUBMISSIONS_PER_HOUR = 0
    assert [client.post(url, form_data(taxonomy)).status_code for _ in range(7)] == [303] * 7
    settings.HUB_SUBMISSIONS_PER_HOUR = 1
    settings.RATELIMIT_ENABLED = False
    assert [client.post(url, form_data(taxonomy)).status_code for _ in range(3)] == [303] * 3


@pytest.mark.django_db
def test_the_limit_holds_on_redis_and_its_hour_ends(client, url, taxonomy, redis_cache, settings):
    settings.HUB_SUBMISSIONS_PER_HOUR = 2
    assert [client.post(url, form_data(taxonomy)).status_code for _ in range(3)] == [
        303,
        303,
        429,
    ]
    # The count lives in Redis, not in the database.
    from ourdigitalfuture.core.models import RateLimitCounter

    assert not RateLimitCounter.objects.exists()
    end_rate_limit_windows()
    assert client.post(url, form_data(taxonomy)).status_code == 303
