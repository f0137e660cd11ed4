"""Fixtures of the project-wide tests (tests/); the plugins tests/fixtures.py and
tests/search_fixtures.py hold the ones every app's tests share."""

import pytest

from tests.browser_helpers import PolicyWatch


@pytest.fixture
def watch(browser_page, live_server, settings):
    # Wagtail builds the userbar's and the admin's absolute URLs from WAGTAILADMIN_BASE_URL,
    # which in production is the site's own address: here, the live server's.
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    settings.RATELIMIT_ENABLED = False
    return PolicyWatch(browser_page, live_server.url)


@pytest.fixture(params=["locmem", "redis"])
def page_cache(request, settings):
    """The page cache (ourdigitalfuture.core.page_cache) on each kind of shared cache: the
    embedded default's local memory, then a real Redis server (tests/fixtures.py)."""
    from django.core.cache import cache

    if request.param == "redis":
        yield request.getfixturevalue("redis_cache")
        return
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
    yield cache
