"""Search in a real browser: the header's search box suggests as the reader types (plain
JavaScript filling a <datalist>), submitting it lists pages and clauses, and the clause
database narrows by a filter through its form; the Arabic search page reads right to left."""

from urllib.parse import parse_qs, urlparse

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_the_search_box_suggests_and_finds(browser_page, live_server, demo_content):
    browser_page.goto(f"{live_server.url}/en/")
    box = browser_page.locator("#site-search-q")
    box.press_sequentially("Fran", delay=50)
    options = browser_page.locator("#site-search-q-suggestions option")
    options.first.wait_for(state="attached", timeout=5000)
    assert "France" in [options.nth(i).get_attribute("value") for i in range(options.count())]

    box.fill("surveillance")
    box.press("Enter")
    browser_page.wait_for_load_state()
    assert urlparse(browser_page.url).path == "/en/search/"
    results = browser_page.locator(".site-results > li.search-hit")
    assert results.count() > 0
    badges = browser_page.locator(".site-results .badge").all_inner_texts()
    assert "Clause" in badges and any(badge != "Clause" for badge in badges)
    assert browser_page.locator(".site-results mark").count() > 0


def test_the_clause_database_filters_in_french(browser_page, live_server, demo_content):
    browser_page.goto(f"{live_server.url}/fr/hub/database/?language=all")

    def types_shown():
        metas = browser_page.locator("article.search-hit .meta").all_inner_texts()
        return {meta.split(" · ")[1] for meta in metas}

    assert len(types_shown()) > 1

    with browser_page.expect_navigation():  # a chosen filter applies at once (database.js)
        browser_page.select_option("#id_type", "model_clause")
    assert parse_qs(urlparse(browser_page.url).query)["type"] == ["model_clause"]
    assert len(types_shown()) == 1  # every result is a model clause
    # The form keeps the choice, and the filter is listed as removable.
    assert browser_page.locator("#id_type").input_value() == "model_clause"
    assert browser_page.locator(".active-filters a").count() >= 1


def test_the_arabic_search_page_is_right_to_left(browser_page, live_server, demo_content):
    browser_page.set_viewport_size({"width": 1200, "height": 800})
    browser_page.goto(f"{live_server.url}/ar/")
    box = browser_page.locator("#site-search-q")
    box.fill("بيانات")
    box.press("Enter")
    browser_page.wait_for_load_state()
    assert urlparse(browser_page.url).path == "/ar/search/"
    assert browser_page.locator("html").get_attribute("dir") == "rtl"
    # The header's search box runs right to left: its button sits to the left of the field.
    field = browser_page.locator("#site-search-q").bounding_box()
    button = browser_page.locator(".search-box button").bounding_box()
    assert button["x"] < field["x"]
    assert browser_page.locator("#id_q").input_value() == "بيانات"
