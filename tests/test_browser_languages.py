"""Right-to-left in a real browser: the Arabic overview page mirrors, and the language switcher
leads to the English version of the same page."""

import pytest
from wagtail.models import Locale

from home.models import ProjectPage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_arabic_overview_page_is_right_to_left(browser_page, live_server, demo_content):
    arabic = ProjectPage.objects.get(locale=Locale.objects.get(language_code="ar"))
    english = ProjectPage.objects.get(locale=Locale.objects.get(language_code="en"))
    browser_page.set_viewport_size({"width": 1200, "height": 800})
    browser_page.goto(f"{live_server.url}{arabic.url}")
    assert browser_page.locator("html").get_attribute("dir") == "rtl"

    items = browser_page.locator(".main-nav li")
    first_item = items.first.bounding_box()
    width = browser_page.viewport_size["width"]
    # The main navigation starts at the right edge and runs leftwards.
    assert first_item["x"] + first_item["width"] > width - 100
    if items.count() > 1:
        assert items.nth(1).bounding_box()["x"] < first_item["x"]
    site_name = browser_page.locator(".site-name").bounding_box()
    assert site_name["x"] > width / 2

    browser_page.locator('.language-switcher a[hreflang="en"]').click()
    browser_page.wait_for_load_state()
    assert browser_page.url == f"{live_server.url}{english.url}"
    assert browser_page.locator("html").get_attribute("dir") == "ltr"
    assert browser_page.locator("h1").inner_text() == english.title
