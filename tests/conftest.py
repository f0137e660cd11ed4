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
