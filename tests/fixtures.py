"""Fixtures shared by every app's tests: a real browser (Playwright driving Debian's Chromium)."""

import os
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
IN_CI = os.environ.get("CI", "").lower() == "true"


@pytest.fixture(scope="session")
def browser():
    """A headless Chromium for the whole session. In CI a missing browser fails the run; on a
    developer's machine the browser tier is skipped with one line saying how to enable it."""
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        message = (
            f"Chromium not found at {CHROMIUM}: install Debian's chromium and chromium-driver "
            "packages (see .ci/run) to run the browser tests."
        )
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; Django's async-safety check
    # would otherwise refuse the live server's database access from the test itself.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def browser_page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def demo_database(django_db_setup, django_db_blocker):
    """The demo site, built once per session (per xdist worker) and kept as a snapshot of the
    test database (tests/demo_database.py)."""
    from tests.demo_database import DemoDatabase

    database = DemoDatabase()
    yield database
    with django_db_blocker.unblock():
        database.discard()


@pytest.fixture(scope="module")
def demo_site(demo_database, django_db_blocker):
    """The demo site, as `make run` loads it, for a whole test module: copied in from the
    session's snapshot, and the empty database copied back afterwards. Each test's own changes
    roll back to it (tests must also ask for `db`)."""
    with django_db_blocker.unblock():
        demo_database.load_demo()
    yield
    with django_db_blocker.unblock():
        demo_database.empty_again()


@pytest.fixture
def demo_content(request, demo_site, demo_database, db):
    """The demo site for one test. A transactional test (a live server's) empties the database
    afterwards, so it gets a fresh copy of the demo site before it starts."""
    if "transactional_db" in request.fixturenames or "live_server" in request.fixturenames:
        demo_database.load_demo()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: what one test's rolled-back data left cached (the
    search filters' taxonomy, for one) must not show up in the next."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language: a request under /ar/ leaves Arabic active
    in its thread, which a later test's messages would otherwise be rendered in."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def no_page_cache(settings):
    """The page cache and the chrome's fragment caches off (ourdigitalfuture.core.page_cache):
    for tests that count the queries of rendering a page, which a hit would hide, and which
    would otherwise depend on whether the chrome was cached since the last change."""
    settings.PAGE_CACHE_ENABLED = False
    settings.FRAGMENT_CACHE_ENABLED = False
    settings.ROUTE_CACHE_ENABLED = False  # Wagtail's routes (ourdigitalfuture.core.route_cache)


@pytest.fixture(scope="session")
def redis_url():
    """A real Redis server: REDIS_URL's when set (CI's Redis tier, started by .ci/run), else a
    throw-away redis-server started for the session (tests/redis_server.py). In CI a missing
    redis-server fails the run; on a developer's machine the test is skipped with one line
    saying how to install it."""
    if os.environ.get("REDIS_URL"):
        yield os.environ["REDIS_URL"]
        return
    from tests.redis_server import INSTALL_HINT, RedisServer, redis_server_binary

    if not redis_server_binary():
        message = f"redis-server not found: {INSTALL_HINT} to run the Redis tests."
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    with RedisServer() as server:
        yield server.url


@pytest.fixture
def redis_server():
    """A redis-server of the test's own (never REDIS_URL's, which other tests use), which the
    test may stop and start again on the same port (tests/redis_server.py)."""
    from tests.redis_server import INSTALL_HINT, RedisServer, redis_server_binary

    if not redis_server_binary():
        message = f"redis-server not found: {INSTALL_HINT} to run the Redis tests."
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    server = RedisServer().start()
    yield server
    server.stop()


@pytest.fixture
def redis_cache(redis_url, settings):
    """For one test: the cache on that Redis server (as production's REDIS_URL sets it) and the
    rate limits counting in it. With REDIS_URL the test settings already point each xdist worker
    at a Redis database of its own, which is kept."""
    from django.core.cache import cache

    if not settings.CACHES["default"]["BACKEND"].endswith("RedisCache"):
        settings.CACHES = {
            "default": {
                "BACKEND": "ourdigitalfuture.core.cache.ResilientRedisCache",
                "LOCATION": redis_url,
            }
        }
    settings.RATELIMIT_STORE = "cache"
    cache.clear()
    yield cache
    cache.clear()
