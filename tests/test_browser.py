"""Real-browser checks (Playwright driving Debian's Chromium against a live server)."""

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_arabic_home_page_is_right_to_left(browser_page, live_server, demo_content):
    browser_page.goto(f"{live_server.url}/en/")
    assert browser_page.evaluate("getComputedStyle(document.body).direction") == "ltr"

    browser_page.goto(f"{live_server.url}/ar/")
    assert browser_page.locator("html").get_attribute("dir") == "rtl"
    assert browser_page.locator("html").get_attribute("lang") == "ar"
    assert browser_page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # The site name sits at the right-hand edge of the header in a right-to-left layout.
    box = browser_page.locator(".site-name").bounding_box()
    width = browser_page.viewport_size["width"]
    assert box["x"] + box["width"] > width / 2
