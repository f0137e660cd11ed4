"""The page cache for anonymous readers (ourdigitalfuture.core.page_cache), on the local memory
cache and on a real Redis server (the `page_cache` fixture): a second anonymous GET is answered
from the cache without a database query, with every security header and HTTP caching headers;
signed-in users, previews, POSTs and pages with a CSRF token are never cached. Invalidation on
each kind of change: test_page_cache_invalidation.py."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from wagtail.models import Site

from clauses.tests.factories import build_taxonomy, make_clause, make_hub
from home.models import SiteSettings
from home.tests.factories import StandardPageFactory
from ourdigitalfuture.core.translation import synchronise_locales

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
# Headers that differ between two answers whatever the cache does.
PER_ANSWER = {"date", "x-cache"}


@pytest.fixture(autouse=True)
def site_settings(db):
    """The site's settings row, which the first page rendered would otherwise create (and that
    change, like any other, would invalidate the page just kept)."""
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def about(page_cache):
    page = StandardPageFactory(title="About us", slug="about")
    synchronise_locales()
    return page


def hit(client, url, **extra):
    """GET `url` twice; the second answer."""
    first = client.get(url, **extra)
    assert first.status_code == 200, url
    return client.get(url, **extra)


def test_a_second_anonymous_get_is_a_hit_without_a_query(client, about, django_assert_num_queries):
    for url in ("/en/", "/en/about/", "/fr/about/"):
        first = client.get(url)
        assert first["X-Cache"] == "miss", url
        with django_assert_num_queries(0):
            second = client.get(url)
        assert second["X-Cache"] == "hit", url
        assert second.content == first.content
    # HEAD is answered from the GET's entry.
    with django_assert_num_queries(0):
        assert client.head("/en/about/")["X-Cache"] == "hit"


def test_the_hub_pages_are_hits_too(client, page_cache, django_assert_num_queries):
    hub = make_hub()
    clause = make_clause(build_taxonomy())
    for url in (hub.url, hub.database_url(), hub.clause_url(clause.identifier)):
        client.get(url)
        with django_assert_num_queries(0):
            assert client.get(url)["X-Cache"] == "hit", url


def test_a_hit_carries_every_header_a_fresh_answer_carries(client, about):
    first = client.get("/en/about/")
    second = client.get("/en/about/")
    assert second["X-Cache"] == "hit"
    fresh = {name.lower(): value for name, value in first.headers.items()}
    cached = {name.lower(): value for name, value in second.headers.items()}
    assert {k: v for k, v in cached.items() if k not in PER_ANSWER} == {
        k: v for k, v in fresh.items() if k not in PER_ANSWER
    }
    for header in (
        "content-security-policy",
        "permissions-policy",
        "x-frame-options",
        "x-content-type-options",
        "referrer-policy",
        "cross-origin-opener-policy",
        "content-language",
    ):
        assert header in cached, header
    assert "script-src 'self'" in cached["content-security-policy"]


def test_public_pages_may_be_held_by_a_proxy_and_revalidated(client, about, settings):
    settings.PAGE_CACHE_MAX_AGE = 45
    first = client.get("/en/about/")
    assert first["Cache-Control"] == "public, max-age=45"
    etag = first["ETag"]
    second = client.get("/en/about/")
    assert (second["Cache-Control"], second["ETag"]) == ("public, max-age=45", etag)
    # A conditional GET of an unchanged page: 304, from the cache or not.
    assert client.get("/en/about/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    about.title = "About the project"
    about.save_revision().publish()
    changed = client.get("/en/about/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_the_query_string_is_part_of_the_key_in_any_order(client, page_cache):
    hub = make_hub()
    make_clause(build_taxonomy())
    url = hub.database_url()
    assert client.get(url, {"q": "data", "year_from": "2000"})["X-Cache"] == "miss"
    assert client.get(f"{url}?year_from=2000&q=data")["X-Cache"] == "hit"
    assert client.get(url, {"q": "other"})["X-Cache"] == "miss"


def test_signed_in_users_are_never_served_nor_cached(client, admin_client, about):
    anonymous = hit(client, "/en/about/")
    assert anonymous["X-Cache"] == "hit"
    for _ in range(2):
        response = admin_client.get("/en/about/")
        assert response["X-Cache"] == "bypass"
        assert "private" in response["Cache-Control"]
        assert b"wagtail-userbar" in response.content  # the editor's own page, not the cache's
    assert b"wagtail-userbar" not in client.get("/en/about/").content


def test_a_preview_is_never_cached(client, admin_client, about):
    assert client.get("/en/about/")["X-Cache"] == "miss"
    about.title = "A draft title"
    about.save_revision()
    preview = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[about.pk]))
    assert preview.status_code == 200 and b"A draft title" in preview.content
    assert preview["X-Cache"] == "bypass"
    public = client.get("/en/about/")
    assert b"A draft title" not in public.content
    assert b"About us" in public.content


def test_a_post_is_never_cached_and_a_csrf_token_never_shared(page_cache):
    hub = make_hub()
    build_taxonomy()
    url = hub.url + hub.reverse_subpage("submit")
    first, second = Client(), Client()
    pages = [first.get(url), second.get(url), first.get(url)]
    assert [page["X-Cache"] for page in pages] == ["bypass"] * 3
    for visitor, page in zip((first, second, first), pages, strict=True):
        token = page.content.decode().split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
        # Each page's token is its own visitor's secret, never the other's.
        assert _unmask_cipher_token(token) == visitor.cookies["csrftoken"].value
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value

    poster = Client(enforce_csrf_checks=False)
    answer = poster.post(url, {"title": ""})
    assert answer["X-Cache"] == "bypass"
    assert poster.get(url)["X-Cache"] == "bypass"


def test_a_counted_search_is_not_cached(client, page_cache, settings):
    """A search counted against the visitor's allowance is theirs only (Cache-Control:
    private): from the cache, the next one would not be counted."""
    settings.SEARCHES_PER_MINUTE = 50
    answers = [client.get("/en/search/", {"q": "data"}) for _ in range(2)]
    assert [a["X-Cache"] for a in answers] == ["bypass", "bypass"]
    assert "private" in answers[0]["Cache-Control"]


def test_a_response_varies_on_the_cookies_that_may_change_it(client, about):
    assert client.get("/en/about/")["X-Cache"] == "miss"
    # The CSRF and language cookies do not change a kept page (one with a token is never kept).
    client.cookies["csrftoken"] = "x" * 32
    client.cookies["django_language"] = "fr"
    assert client.get("/en/about/")["X-Cache"] == "hit"
    # Any other cookie might (the answer says Vary: Cookie): an entry of its own.
    client.cookies["theme"] = "dark"
    assert client.get("/en/about/")["X-Cache"] == "miss"
    assert client.get("/en/about/")["X-Cache"] == "hit"
    # A session cookie: never from the cache.
    client.cookies["sessionid"] = "abc"
    assert client.get("/en/about/")["X-Cache"] == "bypass"


class VaryOnVariant:
    """A middleware below the page cache whose answers vary on a request header besides the
    cookies (`Vary: X-Variant`), and say which variant they are."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        variant = request.headers.get("X-Variant", "")
        response.content += f"<!-- variant {variant} -->".encode()
        patch_vary_headers(response, ["X-Variant"])
        return response


def test_an_answer_varying_on_another_header_is_kept_for_each_value(client, about, settings):
    middleware = list(settings.MIDDLEWARE)
    below = middleware.index("ourdigitalfuture.core.page_cache.PageCacheMiddleware") + 1
    middleware.insert(below, f"{__name__}.VaryOnVariant")
    settings.MIDDLEWARE = middleware
    seen = []
    for variant in ("a", "a", "b", "b", "a"):
        answer = client.get("/en/about/", HTTP_X_VARIANT=variant)
        assert f"<!-- variant {variant} -->" in answer.content.decode()
        seen.append(answer["X-Cache"])
    assert seen == ["miss", "hit", "miss", "hit", "hit"]


def test_the_page_cache_can_be_turned_off(client, about, settings):
    settings.PAGE_CACHE_ENABLED = False
    assert [client.get("/en/about/")["X-Cache"] for _ in range(2)] == ["bypass", "bypass"]


def show_settings(**values):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "DATABASE_URL"} and not key.startswith("FRONTEND_CACHE")
    }
    env.update(DJANGO_SETTINGS_MODULE="ourdigitalfuture.settings.production", SECRET_KEY="x" * 50)
    env.update(values)
    code = (
        "import django, json\ndjango.setup()\nfrom django.conf import settings as s\n"
        "print(json.dumps([s.SESSION_ENGINE, s.WAGTAILFRONTENDCACHE, s.PAGE_CACHE_MAX_AGE,"
        " s.MIDDLEWARE.index('ourdigitalfuture.core.page_cache.PageCacheMiddleware')"
        " - s.MIDDLEWARE.index('whitenoise.middleware.WhiteNoiseMiddleware')]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_sessions_and_the_purges_follow_the_environment():
    engine, purges, max_age, after_whitenoise = show_settings()
    assert engine == "django.contrib.sessions.backends.db"
    assert purges == {} and max_age == 60 and after_whitenoise == 1
    engine, purges, max_age, _ = show_settings(
        REDIS_URL="redis://127.0.0.1:6390/2",
        FRONTEND_CACHE_PURGE_URL="http://127.0.0.1:8080/",
        PAGE_CACHE_MAX_AGE="30",
    )
    assert engine == "django.contrib.sessions.backends.cached_db"
    assert purges["proxy"]["LOCATION"] == "http://127.0.0.1:8080/"
    assert max_age == 30


# Near copies on Redis (page_cache.NearCache) ------------------------------------------------------


@pytest.fixture
def own_redis(redis_server, settings):
    """The site's cache on a Redis server of this test's own (whose command counts no other
    test's worker adds to), as production's REDIS_URL sets it."""
    from django.core.cache import cache

    settings.CACHES = {
        "default": {
            "BACKEND": "ourdigitalfuture.core.cache.ResilientRedisCache",
            "LOCATION": redis_server.url,
        }
    }
    cache.clear()
    client = redis.Redis.from_url(redis_server.url)
    yield client
    client.close()


def redis_calls(client):
    """How many commands the server has answered, INFO itself left out."""
    stats = client.info("commandstats")
    return sum(v["calls"] for name, v in stats.items() if name != "cmdstat_info")


def test_on_redis_a_hit_within_a_second_of_the_last_read_makes_no_call_to_redis(
    client, own_redis, django_assert_num_queries
):
    page = StandardPageFactory(title="About us", slug="about")
    synchronise_locales()
    assert client.get(page.url)["X-Cache"] == "miss"
    before = redis_calls(own_redis)
    with django_assert_num_queries(0):
        answers = [client.get(page.url) for _ in range(5)]
    assert [a["X-Cache"] for a in answers] == ["hit"] * 5
    assert "About us" in answers[-1].content.decode()
    assert redis_calls(own_redis) == before
    # The page is still in Redis for the other processes.
    assert any(b"pagecache:page" in key for key in own_redis.keys())


def test_on_redis_a_change_made_here_is_shown_at_once(client, own_redis):
    page = StandardPageFactory(title="About us", slug="about")
    synchronise_locales()
    hit(client, page.url)
    page.title = "About the project"
    page.save_revision().publish()
    answer = client.get(page.url)
    assert answer["X-Cache"] == "miss"
    assert "About the project" in answer.content.decode()


def test_on_redis_a_change_made_by_another_process_is_shown_within_the_near_seconds(
    client, own_redis, settings
):
    from django.core.cache import cache

    from ourdigitalfuture.core.page_cache import GENERATION_KEY

    settings.PAGE_CACHE_NEAR_SECONDS = 0.5
    page = StandardPageFactory(title="About us", slug="about")
    synchronise_locales()
    assert hit(client, page.url)["X-Cache"] == "hit"
    # Another worker saves a new title and bumps the generation in Redis (its own process:
    # no signal reaches this one).
    type(page).objects.filter(pk=page.pk).update(title="About the project")
    own_redis.incr(cache.make_key(GENERATION_KEY))
    # A reader of this process may get the page it kept for at most PAGE_CACHE_NEAR_SECONDS,
    # and then the new one.
    time.sleep(settings.PAGE_CACHE_NEAR_SECONDS + 0.05)
    answer = client.get(page.url)
    assert answer["X-Cache"] == "miss"
    assert "About the project" in answer.content.decode()


def test_without_near_seconds_every_hit_reads_redis(client, own_redis, settings):
    settings.PAGE_CACHE_NEAR_SECONDS = 0
    page = StandardPageFactory(title="About us", slug="about")
    synchronise_locales()
    client.get(page.url)
    before = redis_calls(own_redis)
    assert client.get(page.url)["X-Cache"] == "hit"
    assert redis_calls(own_redis) > before


def test_on_redis_a_page_rendered_afresh_takes_its_fragments_and_route_from_near_copies(
    client, own_redis, settings
):
    """The page cache off (as for an editor's or a searcher's page): the second rendering reads
    only the site generation from Redis; its menu, language switcher, footer and route come
    from this process's copies, kept under that generation."""
    settings.PAGE_CACHE_ENABLED = False
    page = StandardPageFactory(title="About us", slug="about")
    synchronise_locales()
    first = client.get(page.url)
    assert any(b"fragment:" in key for key in own_redis.keys())
    before = redis_calls(own_redis)
    second = client.get(page.url)
    assert second.content == first.content
    assert redis_calls(own_redis) - before == 1


def test_a_cache_that_keeps_nothing_never_answers_a_page(client, settings):
    """Django's dummy cache (the benchmark's cold pages): no near copies stand in for it."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    page = StandardPageFactory(title="About us", slug="about")
    synchronise_locales()
    assert [client.get(page.url)["X-Cache"] for _ in range(3)] == ["miss"] * 3
